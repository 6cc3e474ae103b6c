package dev.eventail.export;

import dev.eventail.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A third-party exporter as a user would write one: one line per event, its id and title.
 * Registered in this module's test {@code META-INF/services}, found by {@link ExporterRegistry}.
 */
public final class TitleListExporter implements Exporter {

    @Override
    public String formatId() {
        return "titles";
    }

    @Override
    public String defaultFileName() {
        return "titles.txt";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public EventSink open(OutputStream out, ExportContext context) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new EventSink() {
            @Override
            public void accept(Event event) throws IOException {
                for (Event e : event.flatten()) w.write(e.id() + "\t" + e.title() + "\n");
            }

            @Override
            public void close() throws IOException {
                w.flush();
            }
        };
    }
}
