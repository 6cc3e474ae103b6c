package dev.eventail.export;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs exporters in memory or into a folder, for the tests. */
public final class ExportRun {
    private ExportRun() {}

    /** The formats this module's helper owns (iCalendar and DCAT are tested with their code). */
    public static final List<String> FORMATS =
            List.of("csv", "ics", "jsonld", "ntriples", "rdfxml", "turtle");

    public static final ExporterRegistry REGISTRY = ExporterRegistry.load();

    /** The main file's bytes. */
    public static byte[] main(String format, List<Event> events, ExportContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EventSink sink = REGISTRY.require(format).open(out, context)) {
            for (Event e : events) sink.accept(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every file of a format, main first: file name → bytes. */
    public static Map<String, byte[]> files(
            String format, List<Event> events, ExportContext context) {
        Exporter exporter = REGISTRY.require(format);
        Map<String, byte[]> files = new TreeMap<>();
        files.put(exporter.defaultFileName(), main(format, events, context));
        try {
            exporter.writeCompanions(
                    name -> {
                        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                        return new OutputStream() {
                            @Override
                            public void write(int b) {
                                buffer.write(b);
                            }

                            @Override
                            public void write(byte[] b, int off, int len) {
                                buffer.write(b, off, len);
                            }

                            @Override
                            public void close() {
                                files.put(name, buffer.toByteArray());
                            }
                        };
                    },
                    context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Writes every format of {@link #FORMATS} into {@code dir}; returns the diagnostics sent. */
    public static List<Diagnostic> writeFolder(Path dir, List<Event> events, ExportContext context)
            throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ExportContext c = context.withDiagnostics(diagnostics::add);
        Files.createDirectories(dir);
        for (String format : FORMATS) {
            for (Map.Entry<String, byte[]> f : files(format, events, c).entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
        }
        return diagnostics;
    }
}
