package dev.eventail.export.internal.dcat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's triples, held as a set per subject (adding a triple twice keeps one, as an RDF
 * graph does), with the subjects in the order their blocks are written.
 */
final class Graph {

    /** One predicate and object of a subject. */
    record Arc(String predicate, Term object) {
        // written out for the reason given in Term
        @Override
        public boolean equals(Object o) {
            return o instanceof Arc a && predicate.equals(a.predicate) && object.equals(a.object);
        }

        @Override
        public int hashCode() {
            return predicate.hashCode() * 31 + object.hashCode();
        }
    }

    /** A subject and its arcs in writing order. */
    record Block(Term subject, List<Arc> arcs) {}

    private static final Comparator<Arc> ORDER =
            Comparator.comparing((Arc a) -> !a.predicate().equals(DcatSink.RDF_TYPE))
                    .thenComparing(Arc::predicate)
                    .thenComparing(a -> a.object().sortKey());

    private final List<Term> subjects = new ArrayList<>();
    private final Map<Term, Set<Arc>> arcs = new HashMap<>();

    /** Writes {@code s}'s block at this point of the file. */
    void subject(Term s) {
        subjects.add(s);
    }

    void add(Term s, String predicate, Term object) {
        arcs.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(new Arc(predicate, object));
    }

    /** The subjects in writing order, as registered (a subject registered twice comes twice). */
    List<Term> subjects() {
        return List.copyOf(subjects);
    }

    /** Each subject's block, its type first, then by predicate, then by object. */
    List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (Term s : subjects) {
            List<Arc> sorted = new ArrayList<>(arcs.getOrDefault(s, Set.of()));
            sorted.sort(ORDER);
            if (!sorted.isEmpty()) out.add(new Block(s, sorted));
        }
        return out;
    }
}
