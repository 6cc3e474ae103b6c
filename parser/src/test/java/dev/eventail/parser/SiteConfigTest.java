package dev.eventail.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Diagnostic;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SiteConfigTest {

    @Test
    void readsTimezoneUrlBaseurlAndPermalinks() {
        SiteConfig site = SiteConfig.read(Fixtures.path("sites/jekyll-site"));
        assertThat(site.timezone()).contains(ZoneId.of("Europe/Paris"));
        assertThat(site.url()).contains("https://www.example.gouv.fr/site");
        assertThat(site.language()).contains("fr");
        assertThat(site.diagnostics()).isEmpty();
        assertThat(site.publicUrl("_evenements", "meetup-design", null))
                .contains("https://www.example.gouv.fr/site/agenda/meetup-design/");
        assertThat(site.publicUrl("evenements", "atelier-<<-algorithmes->>", null))
                .contains("https://www.example.gouv.fr/site/agenda/atelier-algorithmes/");
        assertThat(site.publicUrl("_posts", "bienvenue", LocalDate.of(2021, 3, 4)))
                .contains("https://www.example.gouv.fr/site/blog/2021/03/04/bienvenue/");
        assertThat(site.publicUrl("_actualites", "une-nouvelle", null))
                .contains("https://www.example.gouv.fr/site/actualites/une-nouvelle.html");
        assertThat(site.publicUrl("_inconnue", "x", null)).isEmpty();
    }

    @Test
    void nonAsciiSlugsArePercentEncoded() {
        SiteConfig site =
                SiteConfig.parse(
                        "url: https://a.fr/\ncollections:\n  evenements:\n    permalink: /agenda/:title/\n",
                        "_config.yml");
        assertThat(site.url()).contains("https://a.fr");
        assertThat(site.publicUrl("_evenements", "café-transfo", null))
                .contains("https://a.fr/agenda/caf%C3%A9-transfo/");
    }

    @Test
    void noneGivesNothing() {
        SiteConfig none = SiteConfig.none();
        assertThat(none.timezone()).isEmpty();
        assertThat(none.url()).isEmpty();
        assertThat(none.publicUrl("_evenements", "x", null)).isEmpty();
        assertThat(SiteConfig.read(Fixtures.path("sites/plain-folder")).url()).isEmpty();
    }

    @Test
    void badYamlIsADiagnosticNotAnException() {
        SiteConfig site = SiteConfig.read(Fixtures.path("sites/bad-config"));
        assertThat(site.diagnostics())
                .extracting(Diagnostic::code, d -> d.source().file(), d -> d.source().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("yaml.syntax", "_config.yml", 7));
        assertThat(site.url()).isEmpty();
    }

    @Test
    void unknownTimezoneIsReportedAndTheParserFallsBackToParis() {
        SiteConfig site = SiteConfig.read(Fixtures.path("sites/bad-timezone"));
        assertThat(site.diagnostics())
                .extracting(Diagnostic::code, d -> d.source().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("config.timezone", 2));
        assertThat(site.url()).contains("https://tz.example");
        assertThat(PostParser.builder().site(site).build().zone())
                .isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
