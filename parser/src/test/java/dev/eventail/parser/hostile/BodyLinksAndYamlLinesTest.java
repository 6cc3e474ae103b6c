package dev.eventail.parser.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.Link;
import dev.eventail.model.Post;
import dev.eventail.parser.DiagnosticCodes;
import dev.eventail.parser.PostParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyLinksAndYamlLinesTest {

    static Post parse(String fixture) throws IOException {
        return PostParser.create()
                .parse(
                        Files.readAllBytes(Fixtures.path("hostile/" + fixture)),
                        "_evenements/" + fixture);
    }

    static List<Diagnostic> withCode(Post post, String code) {
        return post.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void refusedSchemesInBodyLinksAreReportedAtTheirLine() throws IOException {
        // line 5: the champs_informations entry holding the "lien"; line 9: the body
        Post post = parse("javascript-url.md");

        assertThat(withCode(post, DiagnosticCodes.URL_REFUSED))
                .extracting(d -> d.source().line() + " " + d.message())
                .containsExactly(
                        "5 the link was dropped: \"javascript:alert(document.cookie)\" uses the"
                                + " javascript: scheme, not http(s)",
                        "9 the link \"Programme\" was dropped: it uses the javascript: scheme,"
                                + " not http(s) or mailto",
                        "9 the link \"données\" was dropped: it uses the data: scheme, not"
                                + " http(s) or mailto");
        for (Event e : post.events()) {
            for (Event x : e.flatten()) {
                assertThat(x.links()).extracting(Link::url).noneMatch(u -> !u.startsWith("http"));
            }
        }
    }

    @Test
    void otherBodyLinksGiveNoRefusal() {
        Post post =
                PostParser.create()
                        .parse(
                                "---\ntitle: Liens\nevent_start_date: 2025-03-01 14:00:00 +01:00\n"
                                        + "---\n\n[S'inscrire](https://exemple.fr/inscription),"
                                        + " [écrire](mailto:contact@exemple.fr),"
                                        + " [page](/agenda/), [ancre](#programme),"
                                        + " [hôte](www.exemple.fr:8080/x)\n",
                                "_evenements/liens.md");
        assertThat(withCode(post, DiagnosticCodes.URL_REFUSED)).isEmpty();
        assertThat(post.events().get(0).links())
                .extracting(Link::url)
                .contains("https://exemple.fr/inscription");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws IOException {
        Post post = parse("yaml-syntax.md");

        assertThat(withCode(post, DiagnosticCodes.YAML_SYNTAX))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.source().line()).isEqualTo(4); // tags: [design, "public
                            assertThat(d.source().column()).isEqualTo(16);
                            assertThat(d.message()).contains("never closed (noticed on line 6)");
                        });
    }

    @Test
    void otherSyntaxErrorsStayWhereSnakeYamlFindsThem() throws IOException {
        Post post = parse("tabs.md");
        assertThat(withCode(post, DiagnosticCodes.YAML_SYNTAX))
                .singleElement()
                .satisfies(d -> assertThat(d.source().line()).isEqualTo(4));
    }
}
