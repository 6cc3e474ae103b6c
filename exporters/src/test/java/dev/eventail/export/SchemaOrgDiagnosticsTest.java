package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the schema.org exporters cannot say, they report rather than invent. */
class SchemaOrgDiagnosticsTest {

    private static List<Diagnostic> diagnostics(
            String format, dev.eventail.model.Event event, StringBuilder output) {
        List<Diagnostic> found = new ArrayList<>();
        byte[] bytes =
                ExportRun.main(
                        format,
                        List.of(event),
                        ExportContext.defaults().withDiagnostics(found::add));
        output.append(new String(bytes, StandardCharsets.UTF_8));
        return found;
    }

    @Test
    void eventWithoutPlaceIsReportedAndGetsNoInventedLocation() {
        StringBuilder out = new StringBuilder();
        List<Diagnostic> found = diagnostics("jsonld", SampleEvents.awkward(), out);
        assertThat(found)
                .filteredOn(d -> d.code().equals("export.no-location"))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.source().file()).isEqualTo("_evenements/formules.md");
                            assertThat(d.source().line()).isEqualTo(2);
                            assertThat(d.message()).contains("evenements/formules");
                        });
        assertThat(out.toString()).doesNotContain("\"location\"");
    }

    @Test
    void eventWithoutStartIsLeftOutOfSchemaOrgOutputsWithADiagnostic() {
        StringBuilder out = new StringBuilder();
        List<Diagnostic> found = diagnostics("turtle", SampleEvents.undated(), out);
        assertThat(found).extracting(Diagnostic::code).containsExactly("export.no-start-date");
        assertThat(out.toString()).doesNotContain("brouillon");
        // The CSV keeps it: a table of every event read.
        String csv =
                new String(
                        ExportRun.main(
                                "csv", List.of(SampleEvents.undated()), ExportContext.defaults()),
                        StandardCharsets.UTF_8);
        assertThat(csv).contains("evenements/brouillon,,post,Brouillon,");
    }

    @Test
    void urlThatIsNotAbsoluteIsReportedAndOneWithASpaceIsEncoded() {
        StringBuilder out = new StringBuilder();
        List<Diagnostic> found = diagnostics("jsonld", SampleEvents.awkward(), out);
        assertThat(found)
                .filteredOn(d -> d.code().equals("export.bad-iri"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("\"not a url\""));
        assertThat(out.toString()).contains("\"image\": \"https://example.org/image%20é.png\"");
    }

    @Test
    void offersOnlyWhenAdmissionIsStated() {
        StringBuilder free = new StringBuilder();
        diagnostics("jsonld", SampleEvents.webinars(), free);
        assertThat(free.toString())
                .contains("\"isAccessibleForFree\": true")
                .contains("\"price\": 0");
        StringBuilder unknown = new StringBuilder();
        diagnostics("jsonld", SampleEvents.awkward(), unknown);
        assertThat(unknown.toString())
                .doesNotContain("offers")
                .doesNotContain("isAccessibleForFree");
    }

    @Test
    void csvReportsTheUrlsItLeavesOutWithTheSameDiagnosticAsTheOtherFormats() {
        List<Diagnostic> csv = diagnostics("csv", SampleEvents.awkward(), new StringBuilder());
        List<Diagnostic> jsonld =
                diagnostics("jsonld", SampleEvents.awkward(), new StringBuilder());
        assertThat(csv)
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("export.bad-iri"));
        assertThat(jsonld).contains(csv.get(0));
    }
}
