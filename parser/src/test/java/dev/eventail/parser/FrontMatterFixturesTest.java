package dev.eventail.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.EventStatus;
import dev.eventail.model.Link;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Post;
import dev.eventail.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each fixture of {@code fixtures/posts/frontmatter/}: one shape or one problem. */
class FrontMatterFixturesTest {

    private static final PostParser PARSER = PostParser.create();
    private static final PostParser SITE_PARSER =
            PostParser.builder()
                    .site(SiteConfig.parse("url: https://www.numerique.gouv.fr\n", "_config.yml"))
                    .build();

    private static Post parse(String fixture) throws IOException {
        return parse(PARSER, fixture);
    }

    private static Post parse(PostParser parser, String fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path("posts/frontmatter/" + fixture));
        return parser.parse(bytes, "_evenements/" + fixture);
    }

    private static Event event(Post post) {
        assertThat(post.events()).hasSize(1);
        return post.events().get(0);
    }

    private static List<String> codes(Post post) {
        return post.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static Diagnostic diagnostic(Post post, String code) {
        return post.diagnostics().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + post.diagnostics()));
    }

    @Test
    void numeriqueGouvFrEventWithEveryKey() throws IOException {
        Post post = parse(SITE_PARSER, "numerique-event.markdown");
        assertThat(post.title())
                .isEqualTo("Atelier « Données ouvertes » : l'exemple des transports");
        assertThat(post.date().iso()).isEqualTo("2021-10-05T11:30:00+02:00");
        assertThat(post.collection()).isEqualTo("_evenements");
        assertThat(post.slug()).isEqualTo("numerique-event");
        assertThat(post.published()).isTrue();
        assertThat(post.summary())
                .isEqualTo(
                        "Un après-midi pour découvrir les données ouvertes des transports publics,"
                                + " avec celles et ceux qui les publient.");
        assertThat(post.bodyLine()).isEqualTo(36);
        assertThat(post.diagnostics()).isEmpty();

        Event e = event(post);
        assertThat(e.id()).isEqualTo("evenements/numerique-event");
        assertThat(e.kind()).isEqualTo(EventKind.POST);
        assertThat(e.start().iso()).isEqualTo("2021-11-03T14:00:00+01:00");
        assertThat(e.end().iso()).isEqualTo("2021-11-03T18:00:00+01:00");
        assertThat(e.source().line()).isEqualTo(13);
        assertThat(e.attendanceMode()).isEqualTo(AttendanceMode.OFFLINE);
        assertThat(e.place().name()).isEqualTo("Lieu de la transformation publique");
        assertThat(e.place().street()).isEqualTo("77 avenue de Ségur");
        assertThat(e.place().postalCode()).isEqualTo("75015");
        assertThat(e.place().locality()).isEqualTo("Paris");
        assertThat(e.admission()).isEqualTo(Admission.FREE);
        assertThat(e.accessibility())
                .containsExactly("Accessible aux personnes à mobilité réduite");
        assertThat(e.link(LinkRole.REGISTRATION).url())
                .isEqualTo("https://www.eventbrite.fr/e/billets-atelier-donnees-ouvertes-123");
        assertThat(e.keywords()).containsExactly("données ouvertes", "transports");
        assertThat(e.categories()).containsExactly("Atelier", "Évènement");
        assertThat(e.images())
                .containsExactly("https://www.numerique.gouv.fr/uploads/atelier%20donnees.png");
        assertThat(e.language()).isEqualTo("fr");
        assertThat(e.status()).isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void rawFrontMatterKeepsEveryKeyInFileOrder() throws IOException {
        Post post = parse("numerique-event.markdown");
        assertThat(post.frontMatter().keySet())
                .containsExactly(
                        "title",
                        "date",
                        "categories",
                        "tags",
                        "categorie",
                        "chapeau-text",
                        "event_start_date",
                        "event_end_date",
                        "lieu",
                        "adresse",
                        "afficher_la_carte",
                        "acces",
                        "champs_informations",
                        "une-ou-diaporama",
                        "Field name",
                        "Osmose");
        assertThat(post.frontMatter().get("event_start_date"))
                .isEqualTo("2021-11-03 14:00:00 +01:00");
        assertThat(post.frontMatter().get("afficher_la_carte")).isEqualTo(true);
        assertThat(post.frontMatter().get("Field name")).isNull();
        assertThat(post.frontMatter().get("Osmose")).isEqualTo("null");
        assertThat(post.frontMatter().get("adresse")).isEqualTo("77 Av. de Ségur \n75015 Paris");
        assertThat((List<?>) post.frontMatter().get("acces"))
                .singleElement()
                .isEqualTo(Map.of("type", "Métro (10)", "lignes", List.of(Map.of("nom", "Ségur"))));
    }

    @Test
    void imageWithoutSiteUrlIsDroppedAndSaid() throws IOException {
        Post post = parse("numerique-event.markdown");
        assertThat(event(post).images()).isEmpty();
        assertThat(diagnostic(post, "image.relative").source().line()).isEqualTo(30);
    }

    @Test
    void hugoArticleWithoutDatesHasNoEvent() throws IOException {
        Post post = parse("hugo-article.md");
        assertThat(post.events()).isEmpty();
        assertThat(post.slug()).isEqualTo("2022-07-19-beta-site");
        assertThat(post.date().iso()).isEqualTo("2022-07-19");
        assertThat(post.summary())
                .isEqualTo("Un nouveau site pour lire le référentiel, plus simple et plus clair.");
        assertThat(post.diagnostics()).isEmpty();
    }

    @Test
    void midnightMeansTheWholeDay() throws IOException {
        Event e = event(parse("midnight-whole-day.markdown"));
        assertThat(e.start().iso()).isEqualTo("2022-12-01");
        assertThat(e.end().iso()).isEqualTo("2022-12-15");
        assertThat(e.attendanceMode()).isEqualTo(AttendanceMode.MIXED);
        assertThat(e.place().name()).isEqualTo("La grande Crypte");
        assertThat(e.place().postalCode()).isEqualTo("75016");
    }

    @Test
    void listValuedDatesGiveTheSpanAndOneSessionPerDate() throws IOException {
        Post post = parse("list-dates.markdown");
        Event e = event(post);
        assertThat(e.start().iso()).isEqualTo("2021-11-18T10:00:00+01:00");
        assertThat(e.end().iso()).isEqualTo("2021-12-09T11:00:00+01:00");
        assertThat(post.diagnostics())
                .extracting(Diagnostic::code, d -> d.source().line())
                .containsExactly(tuple("date.list", 4), tuple("date.list", 8));
        assertThat(e.subEvents())
                .extracting(Event::id, s -> s.start().iso(), s -> s.end().iso())
                .containsExactly(
                        tuple(
                                "evenements/list-dates/s1",
                                "2021-11-18T10:00:00+01:00",
                                "2021-11-18T11:00:00+01:00"),
                        tuple(
                                "evenements/list-dates/s2",
                                "2021-11-30T10:00:00+01:00",
                                "2021-11-30T11:00:00+01:00"),
                        tuple(
                                "evenements/list-dates/s3",
                                "2021-12-09T10:00:00+01:00",
                                "2021-12-09T11:00:00+01:00"));
        assertThat(e.subEvents())
                .allSatisfy(s -> assertThat(s.attendanceMode()).isEqualTo(AttendanceMode.ONLINE));
    }

    @Test
    void aStrayDateInAListIsLeftOut() throws IOException {
        Post post = parse("list-with-stray-date.markdown");
        Event e = event(post);
        assertThat(e.start().iso()).isEqualTo("2021-11-18T10:00:00+01:00");
        assertThat(e.end().iso()).isEqualTo("2021-12-09T10:00:00+01:00");
        assertThat(e.subEvents()).hasSize(3);
        assertThat(post.diagnostics())
                .extracting(Diagnostic::code, d -> d.source().line())
                .containsExactly(tuple("date.list", 4), tuple("date.implausible", 6));
    }

    @Test
    void nonsenseYearIsReportedAndTheTextGivesTheDate() throws IOException {
        Post post = parse("nonsense-year.markdown");
        Event e = event(post);
        assertThat(e.start().iso()).isEqualTo("2021-09-07");
        assertThat(e.end().iso()).isEqualTo("2021-09-09");
        assertThat(post.diagnostics())
                .extracting(Diagnostic::code, d -> d.source().line())
                .contains(tuple("date.implausible", 5), tuple("date.implausible", 6));
        assertThat(codes(post)).contains("date.from-text");
        assertThat(e.place().locality()).isEqualTo("Lyon");
    }

    @Test
    void endBeforeStartIsReportedAndRepaired() throws IOException {
        Post post = parse("end-before-start.markdown");
        Event e = event(post);
        assertThat(e.start().iso()).isEqualTo("2023-11-28T09:00:00+01:00");
        assertThat(e.end().iso()).isEqualTo("2023-11-28T12:30:00+01:00");
        Diagnostic d = diagnostic(post, "date.end-before-start");
        assertThat(d.source().line()).isEqualTo(5);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(codes(post)).containsOnlyOnce("date.end-before-start");
    }

    @Test
    void endWithoutStartTakesTheDayAndTheWrittenHours() throws IOException {
        Post post = parse("end-without-start.markdown");
        Event e = event(post);
        assertThat(e.start().iso()).isEqualTo("2019-11-29T12:00:00+01:00");
        assertThat(e.end().iso()).isEqualTo("2019-11-29T13:30:00+01:00");
        assertThat(post.diagnostics())
                .extracting(Diagnostic::code, d -> d.source().line())
                .containsExactly(
                        tuple("date.end-without-start", 4),
                        tuple("place.corrected", 6),
                        tuple("url.fixed", 10));
        assertThat(e.place().postalCode()).isEqualTo("75015");
        assertThat(e.link(LinkRole.REGISTRATION).url())
                .isEqualTo("https://edite-annotathon.eventbrite.com");
    }

    @Test
    void writtenHoursWinOverTheFrontMatterTime() throws IOException {
        Post post = parse("time-mismatch.markdown");
        Event e = event(post);
        assertThat(e.start().iso()).isEqualTo("2019-12-18T18:30:00+01:00");
        assertThat(e.end().iso()).isEqualTo("2019-12-18T21:30:00+01:00");
        assertThat(diagnostic(post, "date.time-mismatch").source().line()).isEqualTo(8);
        assertThat(e.admission()).isEqualTo(Admission.FREE);
    }

    @Test
    void yearContradictedByTheTitle() throws IOException {
        Post post = parse("year-mismatch.markdown");
        Event e = event(post);
        assertThat(e.start().iso()).isEqualTo("2024-01-09");
        assertThat(e.end().iso()).isEqualTo("2024-01-10");
        assertThat(diagnostic(post, "date.year-mismatch").source().line()).isEqualTo(4);
    }

    @Test
    void fileWithoutFrontMatterIsReportedAsInfo() throws IOException {
        Post post = parse("no-front-matter.md");
        assertThat(post.events()).isEmpty();
        assertThat(post.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo("frontmatter.missing");
                            assertThat(d.severity()).isEqualTo(Severity.INFO);
                            assertThat(d.source().line()).isEqualTo(1);
                        });
        assertThat(post.body()).startsWith("Une page sans front matter.");
    }

    @Test
    void unclosedFrontMatterIsAnErrorAndNoEvent() throws IOException {
        Post post = parse("unclosed.md");
        assertThat(post.events()).isEmpty();
        assertThat(codes(post)).containsExactly("frontmatter.unclosed");
        assertThat(post.diagnostics().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void yamlSyntaxErrorGivesTheLineInTheFile() throws IOException {
        Post post = parse("yaml-syntax-error.markdown");
        assertThat(post.events()).isEmpty();
        Diagnostic d = diagnostic(post, "yaml.syntax");
        assertThat(d.source().line()).isEqualTo(7);
        assertThat(d.source().column()).isEqualTo(2);
        assertThat(post.bodyLine()).isEqualTo(9);
    }

    @Test
    void duplicateKeyIsReportedAndTheLastWins() throws IOException {
        Post post = parse("duplicate-key.markdown");
        assertThat(post.title()).isEqualTo("Second titre");
        assertThat(diagnostic(post, "yaml.duplicate-key").source().line()).isEqualTo(5);
        assertThat(event(post).attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
    }

    @Test
    void linksAreRepairedOrRefused() throws IOException {
        Post post = parse("bad-links.markdown");
        Event e = event(post);
        assertThat(e.links())
                .extracting(Link::url, Link::role)
                .containsExactly(
                        tuple("mailto:contact@demarches-simplifiees.fr", LinkRole.CONTACT),
                        tuple("mailto:piaf@data.gouv.fr", LinkRole.CONTACT),
                        tuple("https://edite-piaf.eventbrite.com", LinkRole.REGISTRATION),
                        tuple(
                                "https://www.demarches-simplifiees.fr/commencer/tour-de-france",
                                LinkRole.REGISTRATION));
        assertThat(post.diagnostics())
                .extracting(Diagnostic::code, d -> d.source().line())
                .containsExactly(
                        tuple("url.fixed", 7),
                        tuple("url.fixed", 10),
                        tuple("url.fixed", 12),
                        tuple("url.refused", 14),
                        tuple("url.refused", 16));
    }

    @Test
    void draftAndCancelled() throws IOException {
        Post post = parse("draft-cancelled.markdown");
        assertThat(post.published()).isFalse();
        assertThat(post.title()).isEqualTo("ANNULÉ – Café de la transfo #4");
        assertThat(event(post).status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event(post).attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
    }

    @Test
    void onlineWebinarHasNoPlaceAndAnOnlineLink() throws IOException {
        Post post = parse("online-webinar.markdown");
        Event e = event(post);
        assertThat(e.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
        assertThat(e.place()).isNull();
        assertThat(e.links())
                .extracting(Link::role)
                .containsExactly(LinkRole.ONLINE, LinkRole.INFORMATION);
        assertThat(post.diagnostics()).isEmpty();
    }

    @Test
    void hybridWithParis15e() throws IOException {
        Event e = event(parse("hybrid-paris-15e.markdown"));
        assertThat(e.attendanceMode()).isEqualTo(AttendanceMode.MIXED);
        assertThat(e.place().street()).isEqualTo("77 avenue de Ségur");
        assertThat(e.place().postalCode()).isEqualTo("75015");
        assertThat(e.start().iso()).isEqualTo("2021-10-12T16:00:00+02:00");
        assertThat(e.end().iso()).isEqualTo("2021-10-12T17:30:00+02:00");
    }

    @Test
    void addressToComeKeepsTheCityOnly() throws IOException {
        Post post = parse("address-to-come.markdown");
        Event e = event(post);
        assertThat(e.place().locality()).isEqualTo("Lyon");
        assertThat(e.place().street()).isNull();
        assertThat(e.start().iso()).isEqualTo("2018-12-07T08:00:00+01:00");
    }

    @Test
    void unsafeTagsAreIgnoredNotInstantiated() throws IOException {
        Post post = parse("unsafe-tags.markdown");
        assertThat(post.diagnostics())
                .extracting(Diagnostic::code, d -> d.source().line())
                .containsExactly(
                        tuple("yaml.tag-ignored", 4),
                        tuple("yaml.tag-ignored", 4),
                        tuple("yaml.tag-ignored", 4),
                        tuple("yaml.tag-ignored", 5));
        assertThat(post.frontMatter().get("lieu"))
                .isEqualTo(List.of(List.of(List.of(List.of("http://attacker.example/")))));
        assertThat(event(post).start().iso()).isEqualTo("2021-11-03T14:00:00+01:00");
    }

    @Test
    void aliasBombIsStopped() throws IOException {
        Post post = parse("alias-bomb.markdown");
        assertThat(post.events()).isEmpty();
        assertThat(codes(post)).containsExactly("yaml.limit");
    }

    @Test
    void paidWhenADiscountIsStated() throws IOException {
        Event e = event(parse("paid.markdown"));
        assertThat(e.admission()).isEqualTo(Admission.PAID);
        assertThat(e.place().postalCode()).isEqualTo("75017");
    }

    @Test
    void scalarStyles() throws IOException {
        Post post = parse("scalar-styles.markdown");
        assertThat(post.title()).isEqualTo("Un titre sur deux lignes");
        assertThat(post.frontMatter().get("title")).isEqualTo("Un titre\nsur deux lignes");
        assertThat(post.frontMatter().get("adresse"))
                .isEqualTo("20 avenue de Ségur\n75007,  Paris\n\n");
        assertThat(post.published()).isFalse();
        assertThat(post.date().iso()).isEqualTo("2016-03-22");
        assertThat(post.summary()).isEqualTo("Première ligne Seconde ligne avec style");
        Event e = event(post);
        assertThat(e.start().iso()).isEqualTo("2016-04-05");
        assertThat(e.categories()).containsExactly("L'atelier");
        assertThat(e.place().postalCode()).isEqualTo("75007");
        assertThat(post.bodyLine()).isEqualTo(15);
    }

    @Test
    void byteOrderMarkAndCrlf() throws IOException {
        Post post = parse("crlf-bom.md");
        assertThat(post.title()).isEqualTo("Fichier Windows");
        assertThat(event(post).start().iso()).isEqualTo("2021-11-03");
        assertThat(post.body()).isEqualTo("Le corps.\nDeuxième ligne.\n");
        assertThat(post.bodyLine()).isEqualTo(5);
        assertThat(post.diagnostics()).isEmpty();
    }
}
