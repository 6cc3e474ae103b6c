package dev.eventail.export.internal.jsonld;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.internal.json.PrettyJson;
import dev.eventail.export.internal.schemaorg.RdfValue;
import dev.eventail.export.internal.schemaorg.SchemaNode;
import dev.eventail.export.internal.schemaorg.SchemaOrgMapping;
import dev.eventail.export.internal.schemaorg.Vocab;
import dev.eventail.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes each event's node as it comes inside one {@code "@graph"} array. Values are written the
 * way the schema.org context reads them back into the mapping's RDF terms: a property the context
 * coerces to {@code schema:Date} or to an IRI gets a bare string, any other IRI an {@code {"@id"}}
 * object, booleans and integers JSON literals.
 */
final class JsonLdSink implements EventSink {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

    /** Properties that the schema.org context (release 29.3) types {@code "@type": "Date"}. */
    static final Set<String> DATE_TERMS = Set.of("startDate", "endDate", "validFrom");

    /** Properties that the schema.org context types {@code "@type": "@id"}. */
    static final Set<String> IRI_TERMS = Set.of("url", "image", "sameAs");

    private final JsonGenerator json;
    private final SchemaOrgMapping mapping;

    JsonLdSink(OutputStream out, ExportContext context) throws IOException {
        this.mapping = new SchemaOrgMapping(context);
        this.json = PrettyJson.generator(out);
        json.writeStartObject();
        json.writeStringField("@context", "https://schema.org");
        json.writeArrayFieldStart("@graph");
    }

    @Override
    public void accept(Event event) throws IOException {
        SchemaNode node = mapping.map(event);
        if (node != null) writeNode(node);
    }

    private void writeNode(SchemaNode node) throws IOException {
        json.writeStartObject();
        json.writeStringField("@id", node.iri());
        json.writeStringField("@type", node.type());
        for (SchemaNode.Property p : node.properties()) {
            json.writeFieldName(p.name());
            if (p.values().size() == 1) {
                writeValue(p.name(), p.values().get(0));
            } else {
                json.writeStartArray();
                for (RdfValue v : p.values()) writeValue(p.name(), v);
                json.writeEndArray();
            }
        }
        json.writeEndObject();
    }

    private void writeValue(String property, RdfValue value) throws IOException {
        if (value instanceof SchemaNode n) {
            writeNode(n);
        } else if (value instanceof RdfValue.Iri iri) {
            if (IRI_TERMS.contains(property)) {
                json.writeString(iri.iri());
            } else {
                json.writeStartObject();
                json.writeStringField("@id", iri.iri());
                json.writeEndObject();
            }
        } else if (value instanceof RdfValue.Literal lit) {
            writeLiteral(property, lit);
        }
    }

    private void writeLiteral(String property, RdfValue.Literal lit) throws IOException {
        String type = lit.datatype();
        boolean coercedElsewhere = DATE_TERMS.contains(property) || IRI_TERMS.contains(property);
        if (type.equals(Vocab.SCHEMA_DATE) && DATE_TERMS.contains(property)) {
            json.writeString(lit.lexical());
        } else if (type.equals(Vocab.XSD_STRING) && !coercedElsewhere) {
            json.writeString(lit.lexical());
        } else if (type.equals(Vocab.XSD_BOOLEAN) && !coercedElsewhere) {
            json.writeBoolean(Boolean.parseBoolean(lit.lexical()));
        } else if (type.equals(Vocab.XSD_INTEGER)
                && !coercedElsewhere
                && INTEGER.matcher(lit.lexical()).matches()) {
            json.writeNumber(Long.parseLong(lit.lexical()));
        } else {
            json.writeStartObject();
            json.writeStringField("@value", lit.lexical());
            if (!type.equals(Vocab.XSD_STRING)) json.writeStringField("@type", type);
            json.writeEndObject();
        }
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }
}
