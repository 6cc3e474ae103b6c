package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputValidatorTest {

    private static List<ValidationFinding> errors(List<ValidationFinding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /**
     * Every fixture converted into one folder, {@code exporters/target/fixtures-out}, kept for the
     * independent validator ({@code node validate.mjs exporters/target/fixtures-out}).
     */
    @Test
    void theFixturesConvertedIntoOneFolderPassEveryCheck() throws IOException {
        Path dir = Path.of("target", "fixtures-out");
        List<Diagnostic> diagnostics =
                ExportRun.writeFolder(dir, FixtureEvents.flat(), ExportContext.defaults());
        List<ValidationFinding> findings = OutputValidator.create().validate(dir);
        assertThat(errors(findings)).isEmpty();
        assertThat(findings)
                .filteredOn(f -> f.check().equals("checked"))
                .extracting(ValidationFinding::file)
                .containsExactlyInAnyOrder(
                        "events.csv", "events.jsonld", "events.nt", "events.rdf", "events.ttl");
        assertThat(findings)
                .filteredOn(f -> f.file().equals("events.ttl") && f.check().equals("checked"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message()).startsWith("the same graph as events.jsonld"));
        // Google requires a location; the events whose post gave none were reported on export
        // (once per schema.org format) and are the shapes' only warnings.
        Set<String> noLocation = new TreeSet<>();
        for (Diagnostic d : diagnostics) {
            if (d.code().equals("export.no-location")) {
                String id = d.message().split(" ")[1];
                noLocation.add(ExportContext.DEFAULT_BASE_URI + id);
            }
        }
        assertThat(noLocation).isNotEmpty();
        assertThat(findings)
                .filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(ValidationFinding::subject)
                .containsExactlyInAnyOrderElementsOf(noLocation);
    }

    @Test
    void brokenFilesAreReportedByFileAndCheck(@TempDir Path dir) throws IOException {
        ExportRun.writeFolder(dir, List.of(SampleEvents.workshop()), ExportContext.defaults());
        Path jsonld = dir.resolve("events.jsonld");
        Files.writeString(
                jsonld,
                Files.readString(jsonld)
                        .replace(
                                "\"endDate\": \"2023-05-25T17:30:00+02:00\"",
                                "\"endDate\": \"2023-05-24\"")
                        .replace(
                                "\"inLanguage\": \"fr\",",
                                "\"inLanguage\": \"fr\", \"superEvent\": {\"@id\": \"https://example.org/nowhere\"},"));
        Path turtle = dir.resolve("events.ttl");
        Files.writeString(
                turtle,
                Files.readString(turtle).replace("    schema:postalCode \"75007\" ;\n", ""));
        Path csv = dir.resolve("events.csv");
        Files.writeString(csv, Files.readString(csv).replace(",offline,", ",sur place,"));
        Files.writeString(dir.resolve("events.nt"), "<a> <b> .\n");

        List<ValidationFinding> errors = errors(OutputValidator.create().validate(dir));
        assertThat(errors)
                .extracting(f -> f.file() + " " + f.check())
                .contains(
                        "events.csv csv.enum",
                        "events.jsonld shacl",
                        "events.ttl rdf.isomorphic",
                        "events.nt rdf.syntax");
        assertThat(errors)
                .filteredOn(f -> f.check().equals("shacl"))
                .extracting(ValidationFinding::message)
                .anySatisfy(m -> assertThat(m).contains("before startDate"))
                .anySatisfy(m -> assertThat(m).contains("superEvent"));
    }

    @Test
    void anEmptyFolderIsAnError(@TempDir Path dir) throws IOException {
        assertThat(errors(OutputValidator.create().validate(dir)))
                .singleElement()
                .satisfies(f -> assertThat(f.check()).isEqualTo("files"));
    }
}
