package dev.eventail.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.Post;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The time limit per file, with a clock the test moves (one second per reading) instead of a slow
 * input: every run stops at the same block.
 */
class TimeLimitTest {

    static final String HEAD =
            "---\ntitle: Journée\nevent_start_date: 2025-03-01 09:00:00 +01:00\n---\n\n";

    /** A programme of twelve slots, lines 8 to 19. */
    static final String PROGRAMME;

    static {
        StringBuilder b = new StringBuilder(HEAD + "## Programme\n\n");
        for (int i = 0; i < 12; i++)
            b.append("- ").append(9 + i % 9).append("h00 : Séquence ").append(i).append('\n');
        PROGRAMME = b.toString();
    }

    /** A clock moving one second each time it is read. */
    static LongSupplier steppingClock() {
        long[] now = {0};
        return () -> now[0] += 1_000_000_000L;
    }

    static PostParser parser(Duration budget) {
        return PostParser.builder().maxTimePerFile(budget).nanoClock(steppingClock()).build();
    }

    static List<Diagnostic> timeLimits(Post post) {
        return post.diagnostics().stream()
                .filter(d -> d.code().equals(DiagnosticCodes.LIMIT_TIME))
                .toList();
    }

    @Test
    void theBodyIsReadUpToTheLineReachedAndWhatWasFoundBeforeIsKept() {
        Post post = parser(Duration.ofSeconds(20)).parse(PROGRAMME, "_evenements/journee.md");

        assertThat(timeLimits(post)).hasSize(1);
        Diagnostic limit = timeLimits(post).get(0);
        int reached = limit.source().line();
        assertThat(limit.severity()).isEqualTo(dev.eventail.model.Severity.WARNING);
        assertThat(limit.source().file()).isEqualTo("_evenements/journee.md");
        assertThat(limit.message())
                .contains("limit of 20 s")
                .contains("stopped at line " + reached);
        assertThat(reached).isBetween(9, 19); // after the first slot, inside the programme

        assertThat(post.events()).hasSize(1);
        List<Event> slots = post.events().get(0).subEvents();
        assertThat(slots).isNotEmpty().hasSizeLessThan(12);
        assertThat(slots).allSatisfy(s -> assertThat(s.source().line()).isLessThan(reached));
        assertThat(slots.get(slots.size() - 1).source().line()).isEqualTo(reached - 1);
    }

    @Test
    void aBudgetSpentBeforeTheBodyKeepsThePostEventOnly() {
        Post post = parser(Duration.ofSeconds(1)).parse(PROGRAMME, "_evenements/journee.md");

        assertThat(timeLimits(post))
                .singleElement()
                .satisfies(d -> assertThat(d.source().line()).isEqualTo(6));
        assertThat(post.events())
                .singleElement()
                .satisfies(e -> assertThat(e.subEvents()).isEmpty());
        assertThat(post.events().get(0).start().iso()).startsWith("2025-03-01T09:00");
    }

    @Test
    void sessionsOfOneBlockStopWhenTheBudgetIsSpentBuildingThem() {
        String post =
                HEAD
                        + "**[Le 3 mars 2025 de 9h à 10h, de 11h à 12h, de 14h à 15h, de 16h à 17h"
                        + " ou de 18h à 19h] [Atelier]** *Cartographie*\n";
        Post all = PostParser.create().parse(post, "_evenements/ateliers.md");
        assertThat(all.events().get(0).subEvents()).hasSize(5);

        // read within the 3 s; building the five sessions passes 2 x 3 s
        Post cut = parser(Duration.ofSeconds(3)).parse(post, "_evenements/ateliers.md");

        assertThat(timeLimits(cut))
                .singleElement()
                .satisfies(d -> assertThat(d.source().line()).isEqualTo(6));
        assertThat(cut.events().get(0).subEvents())
                .isNotEmpty()
                .hasSizeLessThan(5)
                .allSatisfy(s -> assertThat(s.title()).isEqualTo("Cartographie"));
    }

    @Test
    void aLongBlockIsLeftWhileItsDatesAreRead() {
        // 1,200 words in one paragraph: the date scan asks the clock every 64 words
        String post = HEAD + "Le 3 mars à 14h, puis ".repeat(200) + "\n";
        Post cut = parser(Duration.ofSeconds(5)).parse(post, "_evenements/dates.md");

        assertThat(timeLimits(cut))
                .singleElement()
                .satisfies(d -> assertThat(d.source().line()).isEqualTo(6));
        assertThat(cut.events())
                .singleElement()
                .satisfies(e -> assertThat(e.subEvents()).isEmpty());
    }

    @Test
    void eachFileHasItsOwnBudget() {
        PostParser parser = parser(Duration.ofSeconds(20));
        Post slow = parser.parse(PROGRAMME, "_evenements/journee.md");
        Post next =
                parser.parse(
                        HEAD + "## Programme\n\n- 9h00 : Accueil\n- 10h00 : Atelier\n",
                        "_evenements/court.md");

        assertThat(timeLimits(slow)).hasSize(1);
        assertThat(timeLimits(next)).isEmpty();
        assertThat(next.events().get(0).subEvents()).hasSize(2);
    }

    @Test
    void theBytesOverloadCountsFromTheStartToo() {
        Post post =
                parser(Duration.ofSeconds(1))
                        .parse(
                                PROGRAMME.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                "_evenements/journee.md");
        assertThat(timeLimits(post)).hasSize(1);
    }

    @Test
    void theLimitIsWrittenAsGiven() {
        String post = HEAD + "## Programme\n";
        for (var given :
                java.util.Map.of(
                                Duration.ofSeconds(1), "1 s",
                                Duration.ofMillis(250), "250 ms",
                                Duration.ofNanos(1), "1 ns")
                        .entrySet()) {
            Post cut = parser(given.getKey()).parse(post, "_evenements/p.md");
            assertThat(timeLimits(cut))
                    .singleElement()
                    .satisfies(
                            d ->
                                    assertThat(d.message())
                                            .contains("limit of " + given.getValue() + ";"));
        }
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> PostParser.builder().maxTimePerFile(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxTimePerFile");
        assertThatThrownBy(() -> PostParser.builder().maxTimePerFile(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PostParser.DEFAULT_MAX_TIME_PER_FILE).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aCenturyIsNoLimitAndNeverOverflows() {
        Post post =
                PostParser.builder()
                        .maxTimePerFile(Duration.ofDays(365L * 1_000_000_000))
                        .build()
                        .parse(PROGRAMME, "_evenements/journee.md");
        assertThat(timeLimits(post)).isEmpty();
        assertThat(post.events().get(0).subEvents()).hasSize(12);
    }
}
