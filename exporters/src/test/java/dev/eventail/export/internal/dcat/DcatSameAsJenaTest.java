package dev.eventail.export.internal.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.export.DatasetMetadata;
import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.WrittenFile;
import dev.eventail.export.internal.ical.SampleEvents;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is now laid out by eventail ({@link TurtleBlocks}) instead of Jena: for ordinary
 * and hostile metadata alike it must be the same bytes, and say the same diagnostics, as the Jena
 * writer it replaces ({@link JenaDcatReference}, the former {@code DcatSink}).
 */
class DcatSameAsJenaTest {

    private static final String SHA = "ab".repeat(32);

    private static final List<WrittenFile> FILES =
            List.of(
                    new WrittenFile("events.csv", "csv", "text/csv; charset=utf-8", 1041, SHA),
                    new WrittenFile("schema.json", "csv", "application/schema+json", 6583, SHA),
                    new WrittenFile("events.ics", "ics", "text/calendar", 3818, SHA.toUpperCase()),
                    new WrittenFile(
                            "événements 2021.nt", "ntriples", "application/n-triples", 1, SHA),
                    new WrittenFile("odd.bin", "x", "application/x-odd", 0, SHA));

    private static final String HOSTILE =
            "« Quote \" back\\slash » \n new line \t tab \r cr \f ff \uFFFD \uD83D\uDE00 l’été";

    @Test
    void ordinaryCataloguesAreLaidOutWithoutJenaAndMatchIt() throws IOException {
        for (Function<ExportContext, ExportContext> variant :
                List.<Function<ExportContext, ExportContext>>of(
                        c -> c,
                        c -> c.withDataset(full()),
                        c -> c.withDataset(full()).withBaseUri("http://x/"),
                        c -> c.withDataset(full()).withBaseUri("http://xxx/"),
                        c -> c.withDataset(full()).withBaseUri("http://xxxx/"),
                        c -> c.withDataset(full()).withBaseUri("https://ex.org/data#"),
                        c -> c.withDataset(full()).withBaseUri("https://ex.org/a b/<c>/"),
                        c -> c.withDataset(full()).withGeneratedAt(null),
                        c -> c.withDataset(full()).withGeneratedAt("2026-11-29"),
                        c -> c.withDataset(full()).withGeneratedAt("yesterday"),
                        c -> c.withDataset(full()).withGeneratedAt("2026-11-29T08:00:00.5Z"),
                        c -> c.withDataset(full()).withWrittenFiles(List.of()),
                        c ->
                                c.withDataset(
                                        full().withTitle(HOSTILE)
                                                .withDescription(HOSTILE)
                                                .withPublisher(HOSTILE)
                                                .withKeywords(
                                                        List.of(
                                                                "b", " a ", "a", "", "A", "é",
                                                                HOSTILE, "a\"z", "a\\z"))),
                        c -> c.withDataset(full().withPublisher("  ")),
                        c -> c.withDataset(full().withLicence("CC-BY 4.0")),
                        c -> c.withDataset(full().withLicence("http://purl.org/dc/terms/abc")),
                        c -> c.withDataset(full().withLicence("https://ex.org/l?a=1&b={2}|^`")))) {
            ExportContext context = variant.apply(base());
            assertThat(ours(context, SampleEvents.all()))
                    .as("%s", context)
                    .isEqualTo(jena(context, SampleEvents.all()));
            assertThat(ours(context, List.of())).isEqualTo(jena(context, List.of()));
            assertThat(usesOwnWriter(context)).as("laid out without Jena: %s", context).isTrue();
        }
    }

    /** A licence inside one of the catalogue's namespaces but not a plain name there. */
    @Test
    void oddIrisInsideOurNamespacesAreLeftToJenaAndStillMatch() throws IOException {
        for (String licence :
                List.of(
                        "http://purl.org/dc/terms/a.b",
                        "http://purl.org/dc/terms/",
                        "http://purl.org/dc/terms/1abc",
                        "http://purl.org/dc/terms/x.",
                        "http://www.w3.org/ns/dcat#a:b",
                        "http://spdx.org/rdf/terms#é")) {
            ExportContext context = base().withDataset(full().withLicence(licence));
            assertThat(usesOwnWriter(context)).as(licence).isFalse();
            assertThat(ours(context, SampleEvents.all()))
                    .as(licence)
                    .isEqualTo(jena(context, SampleEvents.all()));
        }
    }

    private static ExportContext base() {
        return ExportContext.defaults()
                .withBaseUri("https://agenda.numerique.gouv.fr/donnees/")
                .withGeneratedAt("2026-11-29T08:00:00+01:00")
                .withWrittenFiles(FILES);
    }

    private static DatasetMetadata full() {
        return DatasetMetadata.defaults()
                .withTitle("Agenda du numérique public")
                .withDescription("Les événements annoncés par numerique.gouv.fr.")
                .withPublisher("Direction interministérielle du numérique")
                .withKeywords(List.of("numérique", "agenda"));
    }

    private static boolean usesOwnWriter(ExportContext context) {
        DcatSink sink = new DcatSink(new ByteArrayOutputStream(), context.withDiagnostics(d -> {}));
        return TurtleBlocks.canWrite(DcatSink.PREFIXES, sink.catalogue());
    }

    private static String ours(ExportContext context, List<Event> events) throws IOException {
        List<Diagnostic> said = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EventSink sink = new DcatSink(bytes, context.withDiagnostics(said::add))) {
            for (Event e : events) sink.accept(e);
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n-- diagnostics: " + said;
    }

    private static String jena(ExportContext context, List<Event> events) throws IOException {
        List<Diagnostic> said = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EventSink sink = new JenaDcatReference(bytes, context.withDiagnostics(said::add))) {
            for (Event e : events) sink.accept(e);
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n-- diagnostics: " + said;
    }
}
