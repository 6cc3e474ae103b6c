package dev.eventail.parser.internal.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeYamlTest {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private SafeYaml.Result load(String yaml) {
        return SafeYaml.load(yaml, 2, "post.md", diagnostics::add);
    }

    @Test
    void timestampsStayTextWithTheirOffset() {
        var r = load("event_start_date: 2021-11-02 00:00:00 +01:00\nd: 2025-12-11\n");
        assertThat(r.values().get("event_start_date")).isEqualTo("2021-11-02 00:00:00 +01:00");
        assertThat(r.values().get("d")).isEqualTo("2025-12-11");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void yaml11ScalarsBecomePlainJavaTypes() {
        var r =
                load(
                        "a: yes\nb: off\nc: 42\nd: 1.5\ne:\nf: 'null'\ng: 0x1F\nh: 123456789012345678901234\n");
        Map<String, Object> v = r.values();
        assertThat(v.get("a")).isEqualTo(true);
        assertThat(v.get("b")).isEqualTo(false);
        assertThat(v.get("c")).isEqualTo(42L);
        assertThat(v.get("d")).isEqualTo(1.5);
        assertThat(v).containsKey("e");
        assertThat(v.get("e")).isNull();
        assertThat(v.get("f")).isEqualTo("null");
        assertThat(v.get("g")).isEqualTo(31L);
        assertThat(v.get("h")).isEqualTo("123456789012345678901234");
    }

    @Test
    void keysKeepFileOrderAndTheirWrittenForm() {
        var r = load("z: 1\nIntitulé: 2\nField name:\nyes: 3\n");
        assertThat(r.values().keySet()).containsExactly("z", "Intitulé", "Field name", "yes");
        assertThat(r.lineOfKey("Field name", 0)).isEqualTo(4);
    }

    @Test
    void duplicateKeysAreReportedWithTheirLineAndTheLastWins() {
        var r = load("title: A\nlieu: B\ntitle: C\n");
        assertThat(r.values().get("title")).isEqualTo("C");
        assertThat(diagnostics)
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo("yaml.duplicate-key");
                            assertThat(d.source().line()).isEqualTo(4);
                            assertThat(d.message()).contains("first at line 2");
                        });
    }

    @Test
    void syntaxErrorsGiveTheFileLine() {
        var r = load("a: 1\nb:\n  - x\n c: 2\n");
        assertThat(r.readable()).isFalse();
        assertThat(diagnostics)
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo("yaml.syntax");
                            assertThat(d.source().line()).isEqualTo(5);
                        });
    }

    @Test
    void tagsNeverBuildClasses() {
        var r = load("x: !!java.net.URL [\"http://attacker.example/\"]\ny: !foo bar\n");
        assertThat(r.values().get("x")).isEqualTo(List.of("http://attacker.example/"));
        assertThat(r.values().get("y")).isEqualTo("bar");
        assertThat(diagnostics).extracting(Diagnostic::code).containsOnly("yaml.tag-ignored");
    }

    @Test
    void aliasesAreBounded() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (String n : List.of("b", "c", "d", "e", "f", "g", "h", "i", "j")) {
            y.append(n).append(": &").append(n).append(" [");
            for (int i = 0; i < 9; i++) y.append(i == 0 ? "" : ", ").append('*').append(prev);
            y.append("]\n");
            prev = n;
        }
        var r = load(y.toString());
        assertThat(r.readable()).isFalse();
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("yaml.limit");
    }

    @Test
    void mergeKeysAndSharedAliases() {
        var r = load("base: &b {lieu: En ligne, x: 1}\npost:\n  <<: *b\n  x: 2\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> post = (Map<String, Object>) r.values().get("post");
        assertThat(post).containsEntry("lieu", "En ligne").containsEntry("x", 2L);
    }

    @Test
    void theRootMustBeAMapping() {
        var r = load("- a\n- b\n");
        assertThat(r.readable()).isFalse();
        assertThat(diagnostics)
                .extracting(Diagnostic::code)
                .containsExactly("frontmatter.not-a-mapping");
    }

    @Test
    void nestedValuesKnowTheirLine() {
        var r =
                load(
                        "champs_informations:\n- intitule: Horaires\n  contenu: 14h\n- intitule: Lieu\n");
        List<?> entries = (List<?>) r.values().get("champs_informations");
        assertThat(r.lineOf(entries.get(0), 0)).isEqualTo(3);
        assertThat(r.lineOf(entries.get(1), 0)).isEqualTo(5);
    }
}
