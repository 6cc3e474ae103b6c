package dev.eventail.export.internal.dcat;

import dev.eventail.export.DatasetMetadata;
import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import dev.eventail.export.WrittenFile;
import dev.eventail.export.internal.ical.IcsExporter;
import dev.eventail.export.internal.ical.SampleEvents;
import dev.eventail.model.Event;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the samples' calendar and its catalogue to a folder, for the README's samples and the
 * independent validator ({@code node validate.mjs DIR}): {@code java ... SampleRunWriter DIR}.
 */
public final class SampleRunWriter {

    private SampleRunWriter() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        ExportContext context =
                ExportContext.defaults()
                        .withBaseUri("https://agenda.numerique.gouv.fr/donnees/")
                        .withGeneratedAt("2026-11-29T08:00:00+01:00")
                        .withDataset(
                                DatasetMetadata.defaults()
                                        .withTitle("Agenda du numérique public")
                                        .withPublisher("Direction interministérielle du numérique")
                                        .withKeywords(List.of("agenda", "numérique")))
                        .withDiagnostics(d -> System.err.println(d));
        Exporter ics = new IcsExporter();
        write(dir, ics, context);
        byte[] bytes = Files.readAllBytes(dir.resolve(ics.defaultFileName()));
        WrittenFile file =
                new WrittenFile(
                        ics.defaultFileName(),
                        ics.formatId(),
                        ics.mediaType(),
                        bytes.length,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        write(dir, new DcatExporter(), context.withWrittenFiles(List.of(file)));
        writeStartDates(dir.resolve("starts.jsonld"), context);
    }

    /**
     * A bare schema.org list of the samples' start dates: the validator compares every DTSTART of
     * the calendar with them (same instant, or same date for a whole day), which catches a wrong
     * offset or VTIMEZONE. Not a JSON-LD exporter: only what that comparison needs.
     */
    private static void writeStartDates(Path file, ExportContext context) throws Exception {
        StringBuilder b = new StringBuilder("{\"@context\": \"https://schema.org\", \"@graph\": [");
        String sep = "\n";
        for (Event post : SampleEvents.all()) {
            for (Event e : post.flatten()) {
                if (e.start() == null) continue;
                b.append(sep)
                        .append("  {\"@id\": \"")
                        .append(context.iri(e.id()))
                        .append("\", \"@type\": \"Event\", \"name\": \"")
                        .append(e.title().replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\", \"startDate\": \"")
                        .append(e.start().iso())
                        .append("\"}");
                sep = ",\n";
            }
        }
        b.append("\n]}\n");
        Files.writeString(file, b);
    }

    private static void write(Path dir, Exporter exporter, ExportContext context) throws Exception {
        try (OutputStream out = Files.newOutputStream(dir.resolve(exporter.defaultFileName()));
                EventSink sink = exporter.open(out, context)) {
            for (Event e : SampleEvents.all()) sink.accept(e);
        }
    }
}
