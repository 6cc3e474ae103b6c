package dev.eventail.export.internal.rdf;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.internal.io.EncodedTerms;
import dev.eventail.export.internal.io.Escapes;
import dev.eventail.export.internal.io.Utf8Output;
import dev.eventail.export.internal.schemaorg.RdfValue;
import dev.eventail.export.internal.schemaorg.SchemaNode;
import dev.eventail.export.internal.schemaorg.SchemaOrgMapping;
import dev.eventail.export.internal.schemaorg.Statement;
import dev.eventail.export.internal.schemaorg.Vocab;
import dev.eventail.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes RDF/XML one node element per subject, in the mapping's order. Jena's RDF/XML writers need
 * the whole model and order subjects by hash; the tests parse this output back with Jena and
 * compare it with the JSON-LD's graph.
 */
final class RdfXmlSink implements EventSink {

    /** XML escapes; a CR as a reference, since XML parsers turn a literal CR into LF. */
    private static final Escapes TEXT =
            Escapes.none()
                    .with('&', "&amp;")
                    .with('<', "&lt;")
                    .with('>', "&gt;")
                    .with('\r', "&#13;");

    private static final Escapes ATTRIBUTE = TEXT.with('"', "&quot;");

    private static final byte[] ABOUT = Utf8Output.encode(" rdf:about=\"");
    private static final byte[] RESOURCE = Utf8Output.encode(" rdf:resource=\"");
    private static final byte[] DATATYPE = Utf8Output.encode(" rdf:datatype=\"");
    private static final byte[] EMPTY_END = Utf8Output.encode("\"/>\n");
    private static final byte[] START_END = Utf8Output.encode("\">\n");

    private final Utf8Output xml;
    private final SchemaOrgMapping mapping;

    // the tags of the few types and properties, encoded once each
    private final EncodedTerms nodeOpenings = new EncodedTerms(type -> "  <" + qname(type));
    private final EncodedTerms nodeEnds = new EncodedTerms(type -> "  </" + qname(type) + ">\n");
    private final EncodedTerms propertyOpenings = new EncodedTerms(p -> "    <" + qname(p));
    private final EncodedTerms propertyEnds = new EncodedTerms(p -> "</" + qname(p) + ">\n");

    RdfXmlSink(OutputStream out, ExportContext context) throws IOException {
        this.mapping = new SchemaOrgMapping(context);
        this.xml = new Utf8Output(out);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write("<rdf:RDF\n");
        xml.write("    xmlns:rdf=\"" + Vocab.RDF + "\"\n");
        xml.write("    xmlns:schema=\"" + Vocab.SCHEMA + "\">\n");
    }

    @Override
    public void accept(Event event) throws IOException {
        SchemaNode node = mapping.map(event);
        if (node == null) return;
        for (List<Statement> subject : Statement.bySubject(node)) writeSubject(subject);
    }

    /** One subject's statements, its {@code rdf:type} first (the mapping always puts it there). */
    private void writeSubject(List<Statement> statements) throws IOException {
        Statement type = statements.get(0);
        String element = ((RdfValue.Iri) type.object()).iri();
        xml.write(nodeOpenings.get(element));
        xml.write(ABOUT);
        xml.write(type.subject(), ATTRIBUTE);
        xml.write(START_END);
        for (Statement s : statements.subList(1, statements.size())) {
            xml.write(propertyOpenings.get(s.predicate()));
            if (s.object() instanceof RdfValue.Iri iri) {
                xml.write(RESOURCE);
                xml.write(iri.iri(), ATTRIBUTE);
                xml.write(EMPTY_END);
            } else if (s.object() instanceof RdfValue.Literal lit) {
                if (!lit.datatype().equals(Vocab.XSD_STRING)) {
                    xml.write(DATATYPE);
                    xml.write(lit.datatype(), ATTRIBUTE);
                    xml.writeAscii('"');
                }
                xml.writeAscii('>');
                xml.write(lit.lexical(), TEXT);
                xml.write(propertyEnds.get(s.predicate()));
            }
        }
        xml.write(nodeEnds.get(element));
    }

    private static String qname(String iri) {
        if (iri.startsWith(Vocab.SCHEMA)) return "schema:" + iri.substring(Vocab.SCHEMA.length());
        if (iri.startsWith(Vocab.RDF)) return "rdf:" + iri.substring(Vocab.RDF.length());
        throw new IllegalArgumentException("no XML name for " + iri);
    }

    @Override
    public void close() throws IOException {
        xml.write("</rdf:RDF>\n");
        xml.flush();
    }
}
