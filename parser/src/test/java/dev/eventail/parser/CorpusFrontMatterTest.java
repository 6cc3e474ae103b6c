package dev.eventail.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses every file of the shared real corpus ({@code ../shared/corpus}, skipped when absent) and
 * checks what a careful reader of those files sees: which files announce an event, the start and
 * end of the events checked by hand, and a diagnostic for each date problem of REPORT.md §8 that
 * the present files show.
 */
class CorpusFrontMatterTest {

    /** The files, as {@code site/relative-path}, that announce an event: each gets a post event. */
    private static final String ANNOUNCING_AN_EVENT =
            """
            numerique.gouv.fr/_communiques/assises-de-lidentite-numerique-25-et-26-avril-2018-paris-coconstruire-lidentite-numerique-de-demain.markdown
            numerique.gouv.fr/_evenements/1-an-du-programme-10-percent.markdown
            numerique.gouv.fr/_evenements/5eme-anniversaire-de-demarches-simplifiees.markdown
            numerique.gouv.fr/_evenements/accessibilite-numerique-comment-ameliorer-les-interfaces-pour-tous-les-usagers.markdown
            numerique.gouv.fr/_evenements/annotathon-piaf-pour-des-ia-francophones-speciale-number-sip.markdown
            numerique.gouv.fr/_evenements/api-particulier-webinaire-de-presentation-de-lapi-quotient-familial.markdown
            numerique.gouv.fr/_evenements/appel-a-candidatures-du-programme-eig-webinaire-dinformation-design-et-droit-du-numerique.markdown
            numerique.gouv.fr/_evenements/appel-a-projets-<<-cas-dusages-de-lenvironnement-de-travail-numerique-de-lagent->>-comment-constituer-votre-dossier-de-candidature-a-lappel-a-projets.markdown
            numerique.gouv.fr/_evenements/appel-a-projets-data-webinaire-dinformation.markdown
            numerique.gouv.fr/_evenements/appel-a-projets-du-programme-eig-1er-webinaire-dinformation.markdown
            numerique.gouv.fr/_evenements/appel-a-projets-du-programme-eig-2eme-webinaire-dinformation.markdown
            numerique.gouv.fr/_evenements/appel-a-projets-du-programme-eig-3eme-webinaire-dinformation.markdown
            numerique.gouv.fr/_evenements/appel-a-projets-eig-promotion-4-reunion-dinformation.markdown
            numerique.gouv.fr/_evenements/atelier-<<-histoire-s-dalgorithmes->>-dans-le-cadre-de-la-semaine-de-linnovation-publique.markdown
            numerique.gouv.fr/_evenements/cafe-de-la-transfo-number-1-<<-comment-insuffler-une-culture-numerique-dans-ladministration->>.markdown
            numerique.gouv.fr/_evenements/cafe-de-la-transfo-number-2-<<-le-numerique-au-service-des-politiques-publiques-de-jeunesse->>.markdown
            numerique.gouv.fr/_evenements/cafe-transfo-3-pour-une-dematerialisation-choisie.markdown
            numerique.gouv.fr/_evenements/design-public-meetup-2.md
            numerique.gouv.fr/_evenements/design-public-meetup-4.markdown
            numerique.gouv.fr/_evenements/designgouv-formation-a-la-conception-de-services-numeriques-accessibles.markdown
            numerique.gouv.fr/_evenements/designgouv-formation-ecoconception-2022.markdown
            numerique.gouv.fr/_evenements/ethics-by-design-2022.markdown
            numerique.gouv.fr/_evenements/ethique-et-intelligence-artificielle-presentation-des-lignes-directrices-du-high-level-expert-group-et-des-actions-de-la-commission-europeenne.markdown
            numerique.gouv.fr/_evenements/expert-ux-tout-savoir-avant-de-candidater-pour-devenir-designer-dinteret-general.markdown
            numerique.gouv.fr/_evenements/forum-emploi-numerique-etat-2022.markdown
            numerique.gouv.fr/_evenements/forum-emploi-tech-etat-2021.markdown
            numerique.gouv.fr/_evenements/forum-sur-la-gouvernance-de-linternet-pour-un-internet-de-la-confiance.markdown
            numerique.gouv.fr/_evenements/hackathon-demande-de-valeurs-foncieres-dvf.markdown
            numerique.gouv.fr/_evenements/hackathon-donnees-ouvertes-meteo-france-venez-valoriser-les-donnees-publiques-meteorologiques.markdown
            numerique.gouv.fr/_evenements/hackathon-forum-paris-paix.markdown
            numerique.gouv.fr/_evenements/mois-de-linnovation-publique-edition-2020.markdown
            numerique.gouv.fr/_evenements/mois-de-linnovation-publique-edition-2022.markdown
            numerique.gouv.fr/_evenements/tour-de-france-demarches-simplifiees-dot-fr-etape-auvergne-rhone-alpes.md
            design.numerique.gouv.fr/content/articles/2021-03-21-evenement.md
            design.numerique.gouv.fr/content/articles/2021-10-29-formations-design-accessibilite-recherche-ecoconception.md
            design.numerique.gouv.fr/content/articles/2021-11-04-framadate-contribution-au-logiciel-libre.md
            design.numerique.gouv.fr/content/articles/2022-01-20-formation-simplification-information.md
            design.numerique.gouv.fr/content/articles/2024-07-29-ateliers-de-formation.md
            design.numerique.gouv.fr/content/articles/2025-01-23-ateliers-de-formation.md
            design.numerique.gouv.fr/content/articles/2026-03-24-ateliers-de-formation.md
            seed/000_4c64aef3ee1b2a6e.txt
            """;

    /**
     * Files that announce an event the parser does not find yet, each with the reason; kept here so
     * that a fix shows up as a failure asking to move the file to the list above.
     */
    private static final Map<String, String> KNOWN_MISSES =
            Map.of(
                    "numerique.gouv.fr/_evenements/creer-un-pdf-accessible.markdown",
                    "a draft announcing a workshop with no date anywhere: no date, no post event",
                    "numerique.gouv.fr/_actualites/appel-a-participation-a-la-journee-bluehats-lors-du-salon-open-source-experience-2021.markdown",
                    "a draft inviting to a #BlueHats day with no date in the text");

    /** Start and end of post events, checked by hand against the text ("" = none). */
    private static final String CHECKED_BY_HAND =
            """
            numerique.gouv.fr/_evenements/1-an-du-programme-10-percent.markdown | 2023-05-25T14:00:00+02:00 | 2023-05-25T18:00:00+02:00
            numerique.gouv.fr/_evenements/5eme-anniversaire-de-demarches-simplifiees.markdown | 2023-03-13T09:30:00+01:00 | 2023-03-13T17:00:00+01:00
            numerique.gouv.fr/_evenements/annotathon-piaf-pour-des-ia-francophones-speciale-number-sip.markdown | 2019-11-29T12:00:00+01:00 | 2019-11-29T13:30:00+01:00
            numerique.gouv.fr/_evenements/design-public-meetup-2.md | 2019-12-18T18:30:00+01:00 | 2019-12-18T21:30:00+01:00
            numerique.gouv.fr/_evenements/ethics-by-design-2022.markdown | 2022-11-16T13:00:00+01:00 | 2022-11-18T20:00:00+01:00
            numerique.gouv.fr/_evenements/forum-emploi-numerique-etat-2022.markdown | 2022-12-01 | 2022-12-15T18:00:00+01:00
            numerique.gouv.fr/_evenements/forum-emploi-tech-etat-2021.markdown | 2021-11-29T09:00:00+01:00 | 2021-12-16T18:00:00+01:00
            numerique.gouv.fr/_evenements/hackathon-demande-de-valeurs-foncieres-dvf.markdown | 2019-04-24 |
            numerique.gouv.fr/_evenements/mois-de-linnovation-publique-edition-2020.markdown | 2020-11-02 | 2020-11-30
            numerique.gouv.fr/_evenements/tour-de-france-demarches-simplifiees-dot-fr-etape-auvergne-rhone-alpes.md | 2018-12-07T08:00:00+01:00 | 2018-12-07T16:30:00+01:00
            numerique.gouv.fr/_evenements/designgouv-formation-a-la-conception-de-services-numeriques-accessibles.markdown | 2022-11-18T10:00:00+01:00 | 2022-11-18T12:00:00+01:00
            numerique.gouv.fr/_evenements/appel-a-projets-eig-promotion-4-reunion-dinformation.markdown | 2020-02-05T14:30:00+01:00 | 2020-02-05T16:45:00+01:00
            design.numerique.gouv.fr/content/articles/2024-07-29-ateliers-de-formation.md | 2024-09-17 | 2024-12-13
            seed/000_4c64aef3ee1b2a6e.txt | 2021-11-02 | 2021-11-30
            """;

    /** The date problems of REPORT.md §8 that the present files show, with the code expected. */
    private static final String DATE_PROBLEMS =
            """
            numerique.gouv.fr/_evenements/annotathon-piaf-pour-des-ia-francophones-speciale-number-sip.markdown | date.end-without-start | 15
            numerique.gouv.fr/_evenements/design-public-meetup-2.md | date.time-mismatch | 18
            numerique.gouv.fr/_evenements/5eme-anniversaire-de-demarches-simplifiees.markdown | date.time-mismatch | 18
            """;

    private static final List<String> SITES =
            List.of("numerique.gouv.fr", "design.numerique.gouv.fr", "seed");

    private static Map<String, Post> posts;

    @BeforeAll
    static void readCorpus() throws IOException {
        Path corpus = Fixtures.sharedCorpus();
        Assumptions.assumeTrue(
                corpus != null,
                "the shared corpus (../shared/corpus) is absent: the real-archive checks are skipped");
        posts = new LinkedHashMap<>();
        for (String site : SITES) {
            Path root = corpus.resolve(site);
            if (!Files.isDirectory(root)) continue;
            ArchiveReader archive = ArchiveReader.open(root);
            archive.posts().forEach(p -> posts.put(site + "/" + p.source().file(), p));
        }
    }

    private static List<String> lines(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Set<String> present(List<String> names) {
        return names.stream()
                .filter(posts::containsKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyFileIsReadWithoutAnInternalError() {
        assertThat(posts).hasSizeGreaterThan(60);
        assertThat(posts.values())
                .flatExtracting(Post::diagnostics)
                .extracting(Diagnostic::code)
                .doesNotContain("internal.error", "file.unreadable", "yaml.syntax");
    }

    @Test
    void aPostEventForEveryFileThatAnnouncesOne() {
        Set<String> expected = present(lines(ANNOUNCING_AN_EVENT));
        assertThat(expected).hasSizeGreaterThan(30);
        Set<String> withEvent =
                posts.entrySet().stream()
                        .filter(e -> !e.getValue().events().isEmpty())
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toCollection(TreeSet::new));
        assertThat(withEvent).isEqualTo(expected);
        for (String name : withEvent) {
            assertThat(posts.get(name).events())
                    .as(name)
                    .singleElement()
                    .satisfies(e -> assertThat(e.parentId()).isNull());
        }
    }

    @Test
    void knownMissesAreStillMisses() {
        for (Map.Entry<String, String> miss : KNOWN_MISSES.entrySet()) {
            Post post = posts.get(miss.getKey());
            if (post == null) continue;
            assertThat(post.events())
                    .as(
                            "now found, move it to ANNOUNCING_AN_EVENT: %s (%s)",
                            miss.getKey(), miss.getValue())
                    .isEmpty();
        }
    }

    @Test
    void startAndEndOfFilesCheckedByHand() {
        int checked = 0;
        for (String line : lines(CHECKED_BY_HAND)) {
            String[] f = line.split("\\|", -1);
            Post post = posts.get(f[0].strip());
            if (post == null) continue;
            Event e = post.events().get(0);
            assertThat(e.start() == null ? "" : e.start().iso()).as(f[0]).isEqualTo(f[1].strip());
            assertThat(e.end() == null ? "" : e.end().iso()).as(f[0]).isEqualTo(f[2].strip());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyDateProblemOfTheReportIsDiagnosed() {
        for (String line : lines(DATE_PROBLEMS)) {
            String[] f = line.split("\\|");
            Post post = posts.get(f[0].strip());
            if (post == null) continue;
            assertThat(post.diagnostics())
                    .as(f[0])
                    .anySatisfy(
                            d -> {
                                assertThat(d.code()).isEqualTo(f[1].strip());
                                assertThat(d.source().line())
                                        .isEqualTo(Integer.parseInt(f[2].strip()));
                            });
        }
    }

    @Test
    void frontMatterTimestampsKeepTheirCalendarDay() {
        // SnakeYAML's default would make this 2021-11-01T23:00Z
        Post seed = posts.get("seed/000_4c64aef3ee1b2a6e.txt");
        if (seed == null) return;
        assertThat(seed.frontMatter().get("event_start_date"))
                .isEqualTo("2021-11-02 00:00:00 +01:00");
        assertThat(seed.published()).isFalse();
        assertThat(seed.date().iso()).isEqualTo("2021-10-29T12:30:00+02:00");
    }

    @Test
    void idsAreUniqueAndUrlsComeFromTheSiteConfig() {
        List<String> ids =
                posts.values().stream()
                        .flatMap(p -> p.events().stream())
                        .flatMap(e -> e.flatten().stream())
                        .map(Event::id)
                        .toList();
        assertThat(ids).doesNotHaveDuplicates();
        Post meetup = posts.get("numerique.gouv.fr/_evenements/design-public-meetup-4.markdown");
        if (meetup != null) {
            assertThat(meetup.url())
                    .isEqualTo("https://www.numerique.gouv.fr/agenda/design-public-meetup-4/");
            assertThat(meetup.events().get(0).id()).isEqualTo("evenements/design-public-meetup-4");
        }
    }
}
