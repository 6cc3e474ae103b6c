package dev.eventail.export.internal.schemaorg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One RDF triple of the schema.org graph; the object is an {@link RdfValue.Iri} or an {@link
 * RdfValue.Literal}.
 */
public record Statement(String subject, String predicate, RdfValue object) {

    /**
     * The triples of a node tree in a fixed order: a node's type, then its properties in mapping
     * order, then each nested node the same way, depth first. The same events give the same triples
     * in the same order, so streamed outputs are byte-identical.
     */
    public static List<Statement> of(SchemaNode root) {
        // the graph writers ask in turn for the same node's triples on one thread
        Object[] last = LAST.get();
        if (last[0] == root) {
            @SuppressWarnings("unchecked")
            List<Statement> cached = (List<Statement>) last[1];
            return cached;
        }
        List<Statement> out = new ArrayList<>();
        add(root, out);
        List<Statement> triples = Collections.unmodifiableList(out);
        last[0] = root;
        last[1] = triples;
        return triples;
    }

    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * The statements of {@link #of(SchemaNode)} cut into runs that share a subject, in the same
     * order: one run per block a Turtle or RDF/XML writer prints.
     */
    public static List<List<Statement>> bySubject(SchemaNode root) {
        List<Statement> all = of(root);
        List<List<Statement>> runs = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            String subject = all.get(i).subject();
            int end = i;
            while (end < all.size() && all.get(end).subject().equals(subject)) end++;
            runs.add(all.subList(i, end));
            i = end;
        }
        return runs;
    }

    /**
     * One string per property and type, its hash computed once: the writers look each statement's
     * predicate and type up in their tables of encoded terms. The names are the mapping's literals.
     */
    private static final Map<String, String> SCHEMA_IRIS = new ConcurrentHashMap<>();

    private static String schemaIri(String name) {
        return SCHEMA_IRIS.computeIfAbsent(name, n -> Vocab.SCHEMA + n);
    }

    private static void add(SchemaNode node, List<Statement> out) {
        out.add(
                new Statement(
                        node.iri(), Vocab.RDF_TYPE, new RdfValue.Iri(schemaIri(node.type()))));
        List<SchemaNode> nested = new ArrayList<>();
        for (SchemaNode.Property p : node.properties()) {
            String predicate = schemaIri(p.name());
            for (RdfValue v : p.values()) {
                if (v instanceof SchemaNode n) {
                    out.add(new Statement(node.iri(), predicate, new RdfValue.Iri(n.iri())));
                    nested.add(n);
                } else {
                    out.add(new Statement(node.iri(), predicate, v));
                }
            }
        }
        for (SchemaNode n : nested) add(n, out);
    }
}
