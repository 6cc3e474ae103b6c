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

/**
 * Writes the triples of each event as N-Triples, in the mapping's order, byte for byte what Jena's
 * streaming {@code NTRIPLES_UTF8} writer wrote before (the goldens were made with it, and a test
 * compares both on hostile strings). Jena's start-up (its subsystems, about a thousand classes)
 * cost a one-post conversion about half a second of CPU; this writer needs none of it.
 */
final class NTriplesSink implements EventSink {

    private final Writer out;
    private final SchemaOrgMapping mapping;
    private final StringBuilder line = new StringBuilder(256);

    NTriplesSink(OutputStream stream, ExportContext context) {
        this.mapping = new SchemaOrgMapping(context);
        this.out =
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void accept(Event event) throws IOException {
        SchemaNode node = mapping.map(event);
        if (node == null) return;
        for (Statement s : Statement.of(node)) {
            StringBuilder b = line;
            b.setLength(0);
            NTriplesSyntax.iri(b, s.subject());
            b.append(' ');
            NTriplesSyntax.iri(b, s.predicate());
            b.append(' ');
            if (s.object() instanceof RdfValue.Iri iri) {
                NTriplesSyntax.iri(b, iri.iri());
            } else if (s.object() instanceof RdfValue.Literal lit) {
                literal(b, lit);
            } else {
                throw new IllegalArgumentException("nested node in a statement: " + s.object());
            }
            b.append(" .\n");
            out.append(b);
        }
    }

    /** RDF 1.1: an {@code xsd:string} literal is written without its datatype. */
    static void literal(StringBuilder b, RdfValue.Literal lit) {
        NTriplesSyntax.string(b, lit.lexical());
        if (!lit.datatype().equals(Vocab.XSD_STRING)) {
            b.append("^^");
            NTriplesSyntax.iri(b, lit.datatype());
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
