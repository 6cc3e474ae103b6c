package dev.eventail.export.internal.rdf;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.internal.schemaorg.RdfValue;
import dev.eventail.export.internal.schemaorg.SchemaNode;
import dev.eventail.export.internal.schemaorg.SchemaOrgMapping;
import dev.eventail.export.internal.schemaorg.Statement;
import dev.eventail.export.internal.schemaorg.Vocab;
import dev.eventail.model.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RDF/XML one node element per subject, in the mapping's order. Jena's RDF/XML writers need
 * the whole model and order subjects by hash; the tests parse this output back with Jena and
 * compare it with the JSON-LD's graph.
 */
final class RdfXmlSink implements EventSink {

    private final Writer xml;
    private final SchemaOrgMapping mapping;
    private final StringBuilder block = new StringBuilder(1024);

    RdfXmlSink(OutputStream out, ExportContext context) throws IOException {
        this.mapping = new SchemaOrgMapping(context);
        this.xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
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
        StringBuilder b = block;
        b.setLength(0);
        Statement type = statements.get(0);
        String element = qname(((RdfValue.Iri) type.object()).iri());
        b.append("  <").append(element).append(" rdf:about=\"");
        escape(b, type.subject(), true);
        b.append("\">\n");
        for (Statement s : statements.subList(1, statements.size())) {
            String property = qname(s.predicate());
            b.append("    <").append(property);
            if (s.object() instanceof RdfValue.Iri iri) {
                b.append(" rdf:resource=\"");
                escape(b, iri.iri(), true);
                b.append("\"/>\n");
            } else if (s.object() instanceof RdfValue.Literal lit) {
                if (!lit.datatype().equals(Vocab.XSD_STRING)) {
                    b.append(" rdf:datatype=\"");
                    escape(b, lit.datatype(), true);
                    b.append('"');
                }
                b.append('>');
                escape(b, lit.lexical(), false);
                b.append("</").append(property).append(">\n");
            }
        }
        b.append("  </").append(element).append(">\n");
        xml.append(b);
    }

    private static String qname(String iri) {
        if (iri.startsWith(Vocab.SCHEMA)) return "schema:" + iri.substring(Vocab.SCHEMA.length());
        if (iri.startsWith(Vocab.RDF)) return "rdf:" + iri.substring(Vocab.RDF.length());
        throw new IllegalArgumentException("no XML name for " + iri);
    }

    /** XML escapes; a CR as a reference, since XML parsers turn a literal CR into LF. */
    private static void escape(StringBuilder b, String s, boolean attribute) {
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped =
                    switch (s.charAt(i)) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '\r' -> "&#13;";
                        case '"' -> attribute ? "&quot;" : null;
                        default -> null;
                    };
            if (escaped == null) continue;
            b.append(s, copied, i).append(escaped);
            copied = i + 1;
        }
        b.append(s, copied, s.length());
    }

    @Override
    public void close() throws IOException {
        xml.write("</rdf:RDF>\n");
        xml.flush();
    }
}
