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
 * the whole model and order subjects by hash; the triples here are the ones the Jena-written Turtle
 * carries (the tests parse both back with Jena and compare the graphs).
 */
final class RdfXmlSink implements EventSink {

    private final Writer xml;
    private final SchemaOrgMapping mapping;

    RdfXmlSink(OutputStream out, ExportContext context) throws IOException {
        this.mapping = new SchemaOrgMapping(context);
        this.xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write("<rdf:RDF\n");
        xml.write("    xmlns:rdf=\"" + Vocab.RDF + "\"\n");
        xml.write("    xmlns:schema=\"" + Vocab.SCHEMA + "\">\n");
    }

    @Override
    public void accept(Event event) throws IOException {
        SchemaNode node = mapping.map(event);
        if (node == null) return;
        List<Statement> statements = Statement.of(node);
        int i = 0;
        while (i < statements.size()) {
            String subject = statements.get(i).subject();
            int end = i;
            while (end < statements.size() && statements.get(end).subject().equals(subject)) end++;
            writeSubject(statements.subList(i, end));
            i = end;
        }
    }

    /** One subject's statements, its {@code rdf:type} first (the mapping always puts it there). */
    private void writeSubject(List<Statement> statements) throws IOException {
        Statement type = statements.get(0);
        String element = qname(((RdfValue.Iri) type.object()).iri());
        xml.write("  <" + element + " rdf:about=\"" + attribute(type.subject()) + "\">\n");
        for (Statement s : statements.subList(1, statements.size())) {
            String property = qname(s.predicate());
            if (s.object() instanceof RdfValue.Iri iri) {
                xml.write(
                        "    <" + property + " rdf:resource=\"" + attribute(iri.iri()) + "\"/>\n");
            } else if (s.object() instanceof RdfValue.Literal lit) {
                xml.write("    <" + property);
                if (!lit.datatype().equals(Vocab.XSD_STRING)) {
                    xml.write(" rdf:datatype=\"" + attribute(lit.datatype()) + "\"");
                }
                xml.write(">" + text(lit.lexical()) + "</" + property + ">\n");
            }
        }
        xml.write("  </" + element + ">\n");
    }

    private static String qname(String iri) {
        if (iri.startsWith(Vocab.SCHEMA)) return "schema:" + iri.substring(Vocab.SCHEMA.length());
        if (iri.startsWith(Vocab.RDF)) return "rdf:" + iri.substring(Vocab.RDF.length());
        throw new IllegalArgumentException("no XML name for " + iri);
    }

    private static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String attribute(String s) {
        return text(s).replace("\"", "&quot;");
    }

    @Override
    public void close() throws IOException {
        xml.write("</rdf:RDF>\n");
        xml.flush();
    }
}
