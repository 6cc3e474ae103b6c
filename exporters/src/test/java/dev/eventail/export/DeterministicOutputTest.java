package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterministicOutputTest {

    @Test
    void twoRunsOverTheSameEventsGiveTheSameBytesInEveryFormat() {
        for (String format : ExportRun.FORMATS) {
            Map<String, byte[]> first =
                    ExportRun.files(format, FixtureEvents.flat(), ExportContext.defaults());
            Map<String, byte[]> second =
                    ExportRun.files(format, FixtureEvents.flat(), ExportContext.defaults());
            assertThat(second.keySet()).isEqualTo(first.keySet());
            for (String file : first.keySet()) {
                assertThat(second.get(file))
                        .as("%s of %s", file, format)
                        .isEqualTo(first.get(file));
                assertThat(first.get(file).length).isPositive();
            }
        }
    }

    @Test
    void anEmptyRunStillGivesWellFormedFiles() {
        String csv =
                new String(
                        ExportRun.main("csv", java.util.List.of(), ExportContext.defaults()),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,parent_id,kind,").endsWith("source_line\r\n");
        String jsonld =
                new String(
                        ExportRun.main("jsonld", java.util.List.of(), ExportContext.defaults()),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jsonld)
                .isEqualTo("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": [ ]\n}\n");
        String rdfxml =
                new String(
                        ExportRun.main("rdfxml", java.util.List.of(), ExportContext.defaults()),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(rdfxml).endsWith("</rdf:RDF>\n");
    }

    @Test
    void eventIrisFollowTheConfiguredBase() {
        ExportContext c = ExportContext.defaults().withBaseUri("https://data.example.fr/agenda/");
        String nt =
                new String(
                        ExportRun.main("ntriples", java.util.List.of(SampleEvents.workshop()), c),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(nt)
                .startsWith("<https://data.example.fr/agenda/evenements/atelier-design> ")
                .contains("<https://data.example.fr/agenda/evenements/atelier-design#place>")
                .doesNotContain("_:");
    }
}
