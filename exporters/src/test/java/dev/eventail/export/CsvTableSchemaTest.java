package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.eventail.export.internal.validate.TableSchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV of every fixture conforms to the Table Schema written beside it. */
class CsvTableSchemaTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> fixtures() {
        return FixtureEvents.all().keySet().stream();
    }

    static Map<String, byte[]> csvFiles(String fixture) {
        return ExportRun.files("csv", FixtureEvents.all().get(fixture), ExportContext.defaults());
    }

    @Test
    void schemaIsValidAgainstTheTableSchemaSpecification() throws IOException {
        JsonSchema spec;
        try (InputStream in = getClass().getResourceAsStream("/frictionless/table-schema.json")) {
            spec = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode schema = JSON.readTree(csvFiles("sample-workshop").get("schema.json"));
        Set<ValidationMessage> errors = spec.validate(schema);
        assertThat(errors).isEmpty();

        // The check can fail: a field without a name, an unknown constraint type.
        JsonNode broken =
                JSON.readTree("{\"fields\": [{\"type\": \"string\"}], \"primaryKey\": 3}");
        assertThat(spec.validate(broken)).isNotEmpty();
    }

    @Test
    void dataPackageNamesTheCsvAndItsSchema() throws IOException {
        Map<String, byte[]> files = csvFiles("sample-programme");
        JsonNode dp = JSON.readTree(files.get("datapackage.json"));
        assertThat(dp.path("profile").asText()).isEqualTo("tabular-data-package");
        JsonNode resource = dp.path("resources").get(0);
        assertThat(resource.path("path").asText()).isEqualTo("events.csv");
        assertThat(resource.path("schema").asText()).isEqualTo("schema.json");
        assertThat(files).containsKeys("events.csv", "schema.json");
        assertThat(dp.path("licenses").get(0).path("path").asText())
                .isEqualTo(DatasetMetadata.LICENCE_OUVERTE_2);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void rowsConformToTheirTableSchema(String fixture, @TempDir Path dir) throws IOException {
        Map<String, byte[]> files = csvFiles(fixture);
        Path csv = dir.resolve("events.csv");
        Files.write(csv, files.get("events.csv"));
        String schema = new String(files.get("schema.json"), StandardCharsets.UTF_8);
        assertThat(TableSchemaCheck.problems(csv, schema, ',')).isEmpty();
    }

    @Test
    void rowChecksCatchBrokenRows(@TempDir Path dir) throws IOException {
        Map<String, byte[]> files = csvFiles("sample-programme");
        String text = new String(files.get("events.csv"), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        // row 3: a duplicate id, an unknown kind, a date without offset, a parent not in the table
        lines[2] =
                lines[1].replace(",post,", ",meeting,")
                        .replaceFirst(",,", ",evenements/absent,")
                        .replace("2021-11-02", "2021-11-02T10:00");
        Path csv = dir.resolve("events.csv");
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
        var problems =
                TableSchemaCheck.problems(
                        csv, new String(files.get("schema.json"), StandardCharsets.UTF_8), ',');
        assertThat(problems)
                .extracting(TableSchemaCheck.Problem::check)
                .contains(
                        "csv.enum",
                        "csv.pattern",
                        "csv.primary-key",
                        "csv.unique",
                        "csv.foreign-key");
    }

    @Test
    void listCellsUseTheDeclaredSeparatorAndKeepItOutOfValues() throws IOException {
        String csv =
                new String(csvFiles("sample-workshop").get("events.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(",Design/UX|Accessibilité,");
        JsonNode schema = JSON.readTree(csvFiles("sample-workshop").get("schema.json"));
        for (JsonNode f : schema.get("fields")) {
            if (f.get("name").asText().equals("keywords")) {
                assertThat(f.get("description").asText()).contains("separated by \"|\"");
            }
        }
    }

    @Test
    void spreadsheetSafeOptionNeutralisesFormulaCells() {
        ExportContext safe =
                ExportContext.defaults().withOptions(Map.of("csv.spreadsheet-safe", "true"));
        String plain =
                new String(
                        ExportRun.main(
                                "csv",
                                java.util.List.of(SampleEvents.awkward()),
                                ExportContext.defaults()),
                        StandardCharsets.UTF_8);
        String neutral =
                new String(
                        ExportRun.main("csv", java.util.List.of(SampleEvents.awkward()), safe),
                        StandardCharsets.UTF_8);
        assertThat(plain).contains(",=SUM(A1:A2) + @danger,").contains(",+plus|a/b,");
        assertThat(neutral)
                .contains(",'=SUM(A1:A2) + @danger,")
                .contains(",\"'-1 ligne\n")
                .contains(",'+plus|a/b,")
                .doesNotContain(",=SUM");
    }

    @Test
    void datesAreIsoWithExplicitOffsetsOrDatesAloneForWholeDays() {
        String csv =
                new String(
                        ExportRun.main(
                                "csv",
                                java.util.List.of(SampleEvents.programme()),
                                ExportContext.defaults()),
                        StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(",2021-11-02,2021-11-30,")
                .contains(",2021-11-03T14:00:00+01:00,2021-11-03T18:00:00+01:00,");
    }

    @Test
    void dataPackageCarriesTheDatasetMetadataAndTheRunDate() throws IOException {
        ExportContext c =
                ExportContext.defaults()
                        .withDataset(
                                DatasetMetadata.defaults()
                                        .withTitle("Agenda de la DINUM")
                                        .withDescription("Les événements annoncés.")
                                        .withKeywords(java.util.List.of("agenda", "numérique")))
                        .withGeneratedAt("2026-11-29T08:00:00Z");
        JsonNode dp =
                JSON.readTree(
                        ExportRun.files("csv", java.util.List.of(), c).get("datapackage.json"));
        assertThat(dp.path("name").asText()).isEqualTo("agenda-de-la-dinum");
        assertThat(dp.path("title").asText()).isEqualTo("Agenda de la DINUM");
        assertThat(dp.path("created").asText()).isEqualTo("2026-11-29T08:00:00Z");
        assertThat(dp.path("keywords").toString()).isEqualTo("[\"agenda\",\"numérique\"]");
    }
}
