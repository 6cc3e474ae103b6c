package dev.eventail.export.internal.rdf;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.internal.io.EncodedTerms;
import dev.eventail.export.internal.io.Utf8Output;
import dev.eventail.export.internal.schemaorg.RdfValue;
import dev.eventail.export.internal.schemaorg.SchemaNode;
import dev.eventail.export.internal.schemaorg.SchemaOrgMapping;
import dev.eventail.export.internal.schemaorg.Statement;
import dev.eventail.export.internal.schemaorg.Vocab;
import dev.eventail.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes the triples of each event as N-Triples, in the mapping's order, byte for byte what Jena's
 * streaming {@code NTRIPLES_UTF8} writer wrote before (the goldens were made with it, and a test
 * compares both on hostile strings). Jena's start-up (its subsystems, about a thousand classes)
 * cost a one-post conversion about half a second of CPU; this writer needs none of it.
 *
 * <p>Most of the bytes are repeats: the subject of every line of a node, a predicate out of a few
 * dozen, the vocabulary's types and datatypes. Those are encoded once and copied.
 */
final class NTriplesSink implements EventSink {

    private static final byte[] END = Utf8Output.encode(" .\n");

    private final Utf8Output out;
    private final SchemaOrgMapping mapping;
    private final EncodedTerms iris = new EncodedTerms(NTriplesSyntax::iriText);
    private final EncodedTerms datatypes =
            new EncodedTerms(type -> "^^" + NTriplesSyntax.iriText(type));

    private @Nullable String subject;
    private byte[] subjectBytes = new byte[0];

    NTriplesSink(OutputStream stream, ExportContext context) {
        this.mapping = new SchemaOrgMapping(context);
        this.out = new Utf8Output(stream);
    }

    @Override
    public void accept(Event event) throws IOException {
        SchemaNode node = mapping.map(event);
        if (node == null) return;
        for (Statement s : Statement.of(node)) write(s);
    }

    /** One line. */
    void write(Statement s) throws IOException {
        writeSubject(s.subject());
        out.write(iris.get(s.predicate()));
        out.writeAscii(' ');
        if (s.object() instanceof RdfValue.Iri iri) {
            if (iri.iri().startsWith(Vocab.SCHEMA)) out.write(iris.get(iri.iri()));
            else NTriplesSyntax.iri(out, iri.iri());
        } else if (s.object() instanceof RdfValue.Literal lit) {
            NTriplesSyntax.string(out, lit.lexical());
            if (!lit.datatype().equals(Vocab.XSD_STRING)) {
                out.write(datatypes.get(lit.datatype()));
            }
        } else {
            throw new IllegalArgumentException("nested node in a statement: " + s.object());
        }
        out.write(END);
    }

    /** {@code <subject> }, encoded once for all the lines of a node. */
    private void writeSubject(String iri) throws IOException {
        if (!iri.equals(subject)) {
            subject = iri;
            subjectBytes = Utf8Output.encode(NTriplesSyntax.iriText(iri) + " ");
        }
        out.write(subjectBytes);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
