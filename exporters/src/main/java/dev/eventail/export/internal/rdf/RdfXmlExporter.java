package dev.eventail.export.internal.rdf;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/** The schema.org graph of the events (the same as the JSON-LD's) in RDF/XML, streamed. */
public final class RdfXmlExporter implements Exporter {

    @Override
    public String formatId() {
        return "rdfxml";
    }

    @Override
    public String defaultFileName() {
        return "events.rdf";
    }

    @Override
    public String mediaType() {
        return "application/rdf+xml";
    }

    @Override
    public String description() {
        return "schema.org Events as RDF/XML (streamed)";
    }

    @Override
    public EventSink open(OutputStream out, ExportContext context) throws IOException {
        return new RdfXmlSink(out, context);
    }
}
