package dev.eventail.export.internal.rdf;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.internal.schemaorg.RdfValue;
import dev.eventail.export.internal.schemaorg.SchemaNode;
import dev.eventail.export.internal.schemaorg.SchemaOrgMapping;
import dev.eventail.export.internal.schemaorg.Statement;
import dev.eventail.export.internal.schemaorg.Vocab;
import dev.eventail.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Sends the triples of each event, in the mapping's order, to Jena's streaming N-Triples writer:
 * the output grows event by event and nothing but the current event is held.
 */
final class JenaStreamSink implements EventSink {

    private final StreamRDF stream;
    private final SchemaOrgMapping mapping;

    private JenaStreamSink(OutputStream out, ExportContext context, RDFFormat format) {
        this.mapping = new SchemaOrgMapping(context);
        this.stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        stream.prefix("rdf", Vocab.RDF);
        stream.prefix("schema", Vocab.SCHEMA);
        stream.prefix("xsd", Vocab.XSD);
    }

    static EventSink openNTriples(OutputStream out, ExportContext context) {
        return new JenaStreamSink(out, context, RDFFormat.NTRIPLES_UTF8);
    }

    @Override
    public void accept(Event event) throws IOException {
        SchemaNode node = mapping.map(event);
        if (node == null) return;
        for (Statement s : Statement.of(node)) {
            stream.triple(
                    Triple.create(
                            NodeFactory.createURI(s.subject()),
                            NodeFactory.createURI(s.predicate()),
                            node(s.object())));
        }
    }

    static Node node(RdfValue value) {
        if (value instanceof RdfValue.Iri iri) return NodeFactory.createURI(iri.iri());
        if (value instanceof RdfValue.Literal lit) {
            return NodeFactory.createLiteralDT(
                    lit.lexical(), TypeMapper.getInstance().getSafeTypeByName(lit.datatype()));
        }
        throw new IllegalArgumentException("nested node in a statement: " + value);
    }

    @Override
    public void close() throws IOException {
        stream.finish();
    }
}
