package dev.eventail.export.internal.dcat;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The catalogue through Jena's {@code TURTLE_BLOCKS} stream writer, for the rare graphs {@link
 * TurtleBlocks} does not lay out itself. Only this class names Jena, so that Jena is loaded only
 * then.
 */
final class JenaTurtleBlocks {

    private JenaTurtleBlocks() {}

    static void write(OutputStream out, List<Map.Entry<String, String>> prefixes, Graph graph) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        for (Map.Entry<String, String> p : prefixes) stream.prefix(p.getKey(), p.getValue());
        Map<Term, Node> blanks = new HashMap<>();
        for (Graph.Block block : graph.blocks()) {
            Node s = node(block.subject(), blanks);
            for (Graph.Arc arc : block.arcs()) {
                stream.triple(
                        Triple.create(
                                s,
                                NodeFactory.createURI(arc.predicate()),
                                node(arc.object(), blanks)));
            }
        }
        stream.finish();
    }

    private static Node node(Term t, Map<Term, Node> blanks) {
        return switch (t.kind()) {
            case IRI -> NodeFactory.createURI(t.value());
            case BLANK -> blanks.computeIfAbsent(t, k -> NodeFactory.createBlankNode());
            case LITERAL ->
                    NodeFactory.createLiteralDT(
                            t.value(), TypeMapper.getInstance().getSafeTypeByName(t.datatype()));
        };
    }
}
