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

    /** The SPI says a sink finishes the file but leaves the stream to its owner. */
    @Test
    void sinksFlushButDoNotCloseTheStream() throws java.io.IOException {
        for (String format : ExportRun.FORMATS) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            boolean[] closed = {false};
            java.io.OutputStream out =
                    new java.io.FilterOutputStream(bytes) {
                        @Override
                        public void close() {
                            closed[0] = true;
                        }
                    };
            try (EventSink sink =
                    ExportRun.REGISTRY.require(format).open(out, ExportContext.defaults())) {
                sink.accept(SampleEvents.workshop());
            }
            assertThat(closed[0]).as(format).isFalse();
            assertThat(bytes.toByteArray())
                    .as(format)
                    .isEqualTo(
                            ExportRun.main(
                                    format,
                                    java.util.List.of(SampleEvents.workshop()),
                                    ExportContext.defaults()));
        }
    }
}
