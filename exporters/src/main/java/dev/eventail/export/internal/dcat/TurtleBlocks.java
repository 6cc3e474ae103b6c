package dev.eventail.export.internal.dcat;

import dev.eventail.export.internal.rdf.NTriplesSyntax;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the catalogue as Jena's {@code TURTLE_BLOCKS} stream writer laid it out (the catalogues
 * published so far came from it, and a test compares both byte for byte): the prefixes, then one
 * block per subject, the subject alone on its line when longer than 20 characters, predicates
 * padded to the block's widest, {@code ;} between arcs and {@code .} after the last. Jena is not
 * loaded: a catalogue is written by every conversion to every format, and Jena's start-up cost
 * about half a second of CPU.
 */
final class TurtleBlocks {

    /** Local names that any Turtle writer, Jena's included, prints as a prefixed name. */
    private static final Pattern PLAIN_LOCAL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final int INDENT = 8;
    private static final int LONG_SUBJECT = 20;
    private static final int MIN_PREDICATE = 6;
    private static final int GAP = 2;

    private TurtleBlocks() {}

    /**
     * Whether this writer prints {@code graph} exactly as Jena would: every IRI inside one of the
     * prefixes' namespaces has a plain local name, no subject's block comes twice, at most one
     * blank node. Otherwise Jena's own rules (prefixed names, batching) decide, and it is used
     * instead.
     */
    static boolean canWrite(List<Map.Entry<String, String>> prefixes, Graph graph) {
        Set<Term> seen = new HashSet<>();
        for (Term s : graph.subjects()) {
            if (!seen.add(s)) return false;
        }
        int blanks = 0;
        for (Graph.Block block : graph.blocks()) {
            if (block.subject().kind() == Term.Kind.BLANK) blanks++;
            if (!plain(prefixes, block.subject())) return false;
            for (Graph.Arc arc : block.arcs()) {
                if (!plain(prefixes, Term.iri(arc.predicate()))) return false;
                if (!plain(prefixes, arc.object())) return false;
                if (arc.object().kind() == Term.Kind.LITERAL
                        && !plain(prefixes, Term.iri(arc.object().datatype()))) return false;
            }
        }
        return blanks <= 1;
    }

    private static boolean plain(List<Map.Entry<String, String>> prefixes, Term t) {
        if (t.kind() != Term.Kind.IRI) return true;
        for (Map.Entry<String, String> p : prefixes) {
            String ns = p.getValue();
            if (t.value().startsWith(ns)) {
                return PLAIN_LOCAL_NAME.matcher(t.value().substring(ns.length())).matches();
            }
        }
        return true;
    }

    static void write(OutputStream out, List<Map.Entry<String, String>> prefixes, Graph graph)
            throws IOException {
        StringBuilder b = new StringBuilder(8192);
        for (Map.Entry<String, String> p : prefixes) {
            b.append("PREFIX ").append(p.getKey()).append(": <").append(p.getValue()).append(">\n");
        }
        for (Graph.Block block : graph.blocks()) {
            b.append('\n');
            int lineStart = b.length();
            term(b, prefixes, block.subject());
            if (b.length() - lineStart > LONG_SUBJECT) {
                b.append('\n');
                lineStart = b.length();
            } else {
                b.append(" ".repeat(GAP));
            }
            pad(b, lineStart, INDENT);
            int width = MIN_PREDICATE;
            for (Graph.Arc arc : block.arcs())
                width = Math.max(width, predicate(prefixes, arc).length());
            boolean first = true;
            for (Graph.Arc arc : block.arcs()) {
                if (!first) {
                    b.append(";\n");
                    lineStart = b.length();
                    pad(b, lineStart, INDENT);
                }
                first = false;
                b.append(predicate(prefixes, arc));
                pad(b, lineStart, INDENT + width);
                b.append(" ".repeat(GAP));
                term(b, prefixes, arc.object());
            }
            b.append(" .\n");
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String predicate(List<Map.Entry<String, String>> prefixes, Graph.Arc arc) {
        if (arc.predicate().equals(DcatSink.RDF_TYPE)) return "a";
        StringBuilder b = new StringBuilder();
        iri(b, prefixes, arc.predicate());
        return b.toString();
    }

    /** Spaces up to {@code column} of the line that starts at {@code lineStart}. */
    private static void pad(StringBuilder b, int lineStart, int column) {
        for (int col = b.length() - lineStart; col < column; col++) b.append(' ');
    }

    private static void term(StringBuilder b, List<Map.Entry<String, String>> prefixes, Term t) {
        switch (t.kind()) {
            case BLANK -> b.append("_:b0");
            case IRI -> iri(b, prefixes, t.value());
            case LITERAL -> {
                NTriplesSyntax.string(b, t.value());
                if (!t.isPlainString()) {
                    b.append("^^");
                    iri(b, prefixes, t.datatype());
                }
            }
        }
    }

    private static void iri(StringBuilder b, List<Map.Entry<String, String>> prefixes, String iri) {
        for (Map.Entry<String, String> p : prefixes) {
            if (iri.startsWith(p.getValue())) {
                b.append(p.getKey()).append(':').append(iri, p.getValue().length(), iri.length());
                return;
            }
        }
        NTriplesSyntax.iri(b, iri);
    }
}
