package dev.eventail.parser.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.EventTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private BodyFindings read(String body, LocalDate reference) {
        return new BodyReader()
                .read(
                        new BodyInput(
                                body,
                                20,
                                "_evenements/x.md",
                                "evenements/x",
                                reference,
                                EventTime.PARIS,
                                "fr",
                                null,
                                null,
                                diagnostics::add));
    }

    @Test
    void aProgrammeTimeWithNoDayAnywhereIsReportedWithItsFileLine() {
        BodyFindings f = read("Intro.\n\n* **[14h-14h30]** Présentation du programme\n", null);
        assertThat(f.subEvents())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.kind()).isEqualTo(EventKind.SLOT);
                            assertThat(e.title()).isEqualTo("Présentation du programme");
                            assertThat(e.start()).isNull();
                        });
        assertThat(diagnostics)
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo("body.time-without-date");
                            assertThat(d.source().line()).isEqualTo(22);
                            assertThat(d.message()).contains("14h-14h30");
                        });
    }

    @Test
    void threeTimeRangesUnderOneTitleAreThreeSessionsOfTheDayInForce() {
        BodyFindings f =
                read(
                        "***Le 16 décembre à Paris***\n\n"
                                + "* **Atelier pitch**\n<br>de 10h à 11h, de 14h à 15h ou de 16h à 17h\n",
                        LocalDate.of(2021, 11, 29));
        assertThat(f.subEvents())
                .extracting(Event::id, Event::title, e -> e.start().iso(), e -> e.end().iso())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "evenements/x/s1",
                                "Atelier pitch",
                                "2021-12-16T10:00:00+01:00",
                                "2021-12-16T11:00:00+01:00"),
                        org.assertj.core.groups.Tuple.tuple(
                                "evenements/x/s2",
                                "Atelier pitch",
                                "2021-12-16T14:00:00+01:00",
                                "2021-12-16T15:00:00+01:00"),
                        org.assertj.core.groups.Tuple.tuple(
                                "evenements/x/s3",
                                "Atelier pitch",
                                "2021-12-16T16:00:00+01:00",
                                "2021-12-16T17:00:00+01:00"));
    }

    @Test
    void twoHeadersTypedOnConsecutiveLinesAreTwoSessions() {
        BodyFindings f =
                read(
                        "**[Le 03/11 à 14h] [Atelier]** *Premier*\n"
                                + "**[Le 04/11 à 10h] [Webinaire]** *Second*\n",
                        LocalDate.of(2021, 10, 20));
        assertThat(f.subEvents())
                .extracting(Event::title, e -> e.start().iso(), e -> e.source().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Premier", "2021-11-03T14:00:00+01:00", 20),
                        org.assertj.core.groups.Tuple.tuple(
                                "Second", "2021-11-04T10:00:00+01:00", 21));
    }

    @Test
    void aTimelineOfPastDatesInAnArticleIsHistoryNotAProgramme() {
        BodyFindings f =
                read(
                        "## Historique\n\n"
                                + "- 12 mars 2019 : publication du RGAA 4\n"
                                + "- 16 septembre 2021 : RGAA 4.1\n\n"
                                + "**[Le 3 mars 2020] [Atelier]** *Un atelier passé, mais annoncé*\n",
                        LocalDate.of(2023, 6, 1));
        assertThat(f.subEvents())
                .extracting(Event::title)
                .containsExactly("Un atelier passé, mais annoncé");
    }

    @Test
    void aDeadlineIsNeverAnEvent() {
        BodyFindings f =
                read(
                        "**Jusqu'au 2 décembre à 14h** : inscrivez-vous.\n\n"
                                + "Candidatures avant le 6 septembre.\n",
                        LocalDate.of(2021, 11, 1));
        assertThat(f.subEvents()).isEmpty();
        assertThat(f.start()).isNull();
    }

    @Test
    void offsetsFollowTheZoneOnEachSideOfTheAutumnChange() {
        BodyFindings f =
                read(
                        "**[Le samedi 29/10 à 10h] [Atelier]** *Avant*\n\n"
                                + "**[Le lundi 31/10 à 10h] [Atelier]** *Après*\n",
                        LocalDate.of(2022, 10, 1));
        assertThat(f.subEvents())
                .extracting(e -> e.start().iso())
                .containsExactly("2022-10-29T10:00:00+02:00", "2022-10-31T10:00:00+01:00");
    }

    @Test
    void garbageNeverThrowsAndGivesNoEvent() {
        BodyFindings f =
                read(
                        "<div><p>**[Le 99/99 de 25h à 26h]** <<<>>> ]]][[[ {: .x} \\\n*_*_",
                        LocalDate.of(2022, 1, 1));
        assertThat(f.subEvents()).isEmpty();
        assertThat(f.plainText()).contains("Le 99/99");
    }
}
