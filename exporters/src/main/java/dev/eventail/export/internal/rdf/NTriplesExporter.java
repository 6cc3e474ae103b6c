package dev.eventail.export.internal.rdf;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The schema.org graph of the events (the same as the JSON-LD's) in N-Triples, streamed by
 * eventail's own writer: converting to N-Triples does not load Jena.
 */
public final class NTriplesExporter implements Exporter {

    @Override
    public String formatId() {
        return "ntriples";
    }

    @Override
    public String defaultFileName() {
        return "events.nt";
    }

    @Override
    public String mediaType() {
        return "application/n-triples";
    }

    @Override
    public String description() {
        return "schema.org Events as RDF N-Triples (streamed)";
    }

    @Override
    public EventSink open(OutputStream out, ExportContext context) throws IOException {
        return new NTriplesSink(out, context);
    }
}
