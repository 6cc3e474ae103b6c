package dev.eventail.export.internal.rdf;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/** The schema.org graph of the events (the same as the JSON-LD's) in Turtle, streamed. */
public final class TurtleExporter implements Exporter {

    @Override
    public String formatId() {
        return "turtle";
    }

    @Override
    public String defaultFileName() {
        return "events.ttl";
    }

    @Override
    public String mediaType() {
        return "text/turtle";
    }

    @Override
    public String description() {
        return "schema.org Events as RDF Turtle (streamed, one block per subject)";
    }

    @Override
    public EventSink open(OutputStream out, ExportContext context) throws IOException {
        return new TurtleSink(out, context);
    }
}
