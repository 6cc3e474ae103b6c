package dev.eventail.export.internal.jsonld;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * schema.org {@code Event}s as one JSON-LD document, {@code {"@context": "https://schema.org",
 * "@graph": [...]}}, written event by event.
 */
public final class JsonLdExporter implements Exporter {

    @Override
    public String formatId() {
        return "jsonld";
    }

    @Override
    public String defaultFileName() {
        return "events.jsonld";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public String description() {
        return "schema.org Events as JSON-LD (Google's Event rich result)";
    }

    @Override
    public EventSink open(OutputStream out, ExportContext context) throws IOException {
        return new JsonLdSink(out, context);
    }
}
