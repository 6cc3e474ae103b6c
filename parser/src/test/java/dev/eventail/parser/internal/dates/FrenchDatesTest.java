package dev.eventail.parser.internal.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.EventTime;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchDatesTest {

    /**
     * Each mention is written {@code start..end} (ISO, end omitted when none),
     * {@code @HH:mm..HH:mm} for a time without a day, followed by {@code !deadline} and problem
     * codes; mentions are separated by {@code ;}. The reference date gives missing years.
     */
    @ParameterizedTest(name = "{0} (ref {1})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Le mercredi 10/11 de 10h à 11h30          | 2021-10-29 | 2021-11-10T10:00:00+01:00..2021-11-10T11:30:00+01:00
            Le 05/11 à 9h                             | 2020-11-02 | 2020-11-05T09:00:00+01:00
            le 1er décembre 2021 à 10h                | 2020-01-01 | 2021-12-01T10:00:00+01:00
            Du 16/11 au 20/11 de 17h à 17h30          | 2020-11-02 | 2020-11-16T17:00:00+01:00..2020-11-20T17:30:00+01:00
            du 1er au 14 décembre                     | 2021-11-20 | 2021-12-01..2021-12-14
            Du 16 au 18 novembre                      | 2021-10-01 | 2021-11-16..2021-11-18
            du 15 janvier au 28 février               | 2021-12-10 | 2022-01-15..2022-02-28
            du 28 décembre au 3 janvier               | 2021-12-10 | 2021-12-28..2022-01-03
            Du 02/11 au 30/11                         | 2021-10-29 | 2021-11-02..2021-11-30
            les 13 & 14 juin                          | 2019-05-01 | 2019-06-13..2019-06-14
            les 8 et 9 avril 2024                     | 2023-12-01 | 2024-04-08..2024-04-09
            les 6, 7 et 8 avril 2021                  | 2021-03-21 | 2021-04-06..2021-04-08
            14h30 – 16h45                             | 2021-01-01 | @14:30..16:45
            [9h30-10h] Introduction                   | 2021-01-01 | @09:30..10:00
            [10h15 - 12h] Plénière                    | 2021-01-01 | @10:15..12:00
            * **9h30 :** Intervention                 | 2021-01-01 | @09:30
            ### 18h00                                 | 2021-01-01 | @18:00
            Lundi 29 novembre 2021, 17h-17h30         | 2021-11-29 | 2021-11-29T17:00:00+01:00..2021-11-29T17:30:00+01:00
            Mardi 30 novembre, 17h-17h30              | 2021-11-29 | 2021-11-30T17:00:00+01:00..2021-11-30T17:30:00+01:00
            vendredi 3 décembre, 17h00-17h30          | 2021-11-29 | 2021-12-03T17:00:00+01:00..2021-12-03T17:30:00+01:00
            **25/11/2020**                            | 2020-11-02 | 2020-11-25
            25/11/20                                  | 2020-11-02 | 2020-11-25
            1er avril - visioconférence               | 2021-03-01 | 2021-04-01
            - 4 mars - présentiel                     | 2025-01-23 | 2025-03-04
            13 février                                | 2025-01-23 | 2025-02-13
            le 3 Fevrier                              | 2022-01-10 | 2022-02-03
            le 15 aout                                | 2022-01-10 | 2022-08-15
            le 14 juill. à 10h                        | 2022-01-10 | 2022-07-14T10:00:00+02:00
            le 2 sept 2022                            | 2022-01-10 | 2022-09-02
            MARDI 15 NOVEMBRE 2022                    | 2022-01-10 | 2022-11-15
            le 1 mars 2018                            | 2018-02-01 | 2018-03-01
            Jeudi 18 novembre de 10h à 12h            | 2021-10-29 | 2021-11-18T10:00:00+01:00..2021-11-18T12:00:00+01:00
            le 10 janvier                             | 2021-12-15 | 2022-01-10
            le 8 novembre                             | 2021-11-29 | 2021-11-08
            le 18 décembre                            | 2025-01-23 | 2025-12-18
            le 25 avril                               | 2018-10-26 | 2018-04-25
            le 15 février                             | 2021-11-02 | 2022-02-15
            le 2 octobre à 14 heures                  | 2021-09-01 | 2021-10-02T14:00:00+02:00
            le 27 mars 2022 à 10h                     | 2022-01-01 | 2022-03-27T10:00:00+02:00
            le 26 mars 2022 à 10h                     | 2022-01-01 | 2022-03-26T10:00:00+01:00
            le 30 octobre 2022 à 10h                  | 2022-01-01 | 2022-10-30T10:00:00+01:00
            le 29 octobre 2022 à 10h                  | 2022-01-01 | 2022-10-29T10:00:00+02:00
            le 27 mars 2022 de 2h30 à 4h              | 2022-01-01 | 2022-03-27T03:30:00+02:00..2022-03-27T04:00:00+02:00
            le 30 octobre 2022 de 1h à 2h30           | 2022-01-01 | 2022-10-30T01:00:00+02:00..2022-10-30T02:30:00+02:00
            de 10h à 11h, de 14h à 15h ou de 16h à 17h | 2021-01-01 | @10:00..11:00 ; @14:00..15:00 ; @16:00..17:00
            le 16 décembre de 10h à 11h ou de 14h à 15h | 2021-11-29 | 2021-12-16T10:00:00+01:00..2021-12-16T11:00:00+01:00 ; 2021-12-16T14:00:00+01:00..2021-12-16T15:00:00+01:00
            jusqu'au 2 décembre à 14h                 | 2021-11-29 | 2021-12-02T14:00:00+01:00 !deadline
            Jusqu’au 27 novembre 2020, 14h            | 2020-11-02 | 2020-11-27T14:00:00+01:00 !deadline
            candidatures avant le 6 septembre         | 2021-07-01 | 2021-09-06 !deadline
            Inscription jusqu'au 02 décembre          | 2021-11-29 | 2021-12-02 !deadline
            mardi 18 novembre 2021                    | 2021-11-01 | 2021-11-18 date.weekday-mismatch
            mercredi 14 mai                           | 2020-03-01 | 2020-05-14 date.weekday-mismatch
            de 17h à 9h                               | 2021-01-01 | @17:00 date.end-before-start
            le 31/02                                  | 2021-01-01 | none
            2 heures, gratuit                         | 2021-01-01 | none
            des conférences de 30 à 60 minutes        | 2021-01-01 | none
            voir https://x.fr/2021/11/03/page         | 2021-01-01 | none
            Événement en ligne les 6, 7 et 8 avril 2021 | 2021-03-21 | 2021-04-06..2021-04-08
            le 2e jour                                | 2021-01-01 | none
            """)
    void readsEveryForm(String text, String reference, String expected) {
        List<DateMention> found =
                FrenchDates.find(
                        text, new DateContext(LocalDate.parse(reference), EventTime.PARIS));
        assertThat(render(found)).isEqualTo(expected);
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Rendez-vous Le mercredi 10/11 de 10h à 11h30 au Lieu.";
        DateMention m =
                FrenchDates.find(text, new DateContext(LocalDate.of(2021, 10, 1), EventTime.PARIS))
                        .get(0);
        assertThat(text.substring(m.from(), m.to())).isEqualTo("Le mercredi 10/11 de 10h à 11h30");
    }

    @Test
    void aMissingYearWithoutReferenceIsNotGuessed() {
        assertThat(FrenchDates.find("le 3 mars", new DateContext(null, EventTime.PARIS))).isEmpty();
        assertThat(
                        render(
                                FrenchDates.find(
                                        "le 3 mars 2021", new DateContext(null, EventTime.PARIS))))
                .isEqualTo("2021-03-03");
    }

    @Test
    void weekdayProblemNamesTheText() {
        DateMention m =
                FrenchDates.find("mardi 18 novembre 2021", new DateContext(null, EventTime.PARIS))
                        .get(0);
        assertThat(m.problems())
                .singleElement()
                .asString()
                .contains("\"mardi 18 novembre 2021\"", "Thursday");
    }

    private static String render(List<DateMention> found) {
        if (found.isEmpty()) return "none";
        return found.stream().map(FrenchDatesTest::render).collect(Collectors.joining(" ; "));
    }

    private static String render(DateMention m) {
        StringBuilder b = new StringBuilder();
        if (m.start() != null) {
            b.append(m.start().iso());
            if (m.end() != null) b.append("..").append(m.end().iso());
        } else {
            b.append('@').append(m.startTime());
            if (m.endTime() != null) b.append("..").append(m.endTime());
        }
        if (m.deadline()) b.append(" !deadline");
        for (String p : m.problems()) b.append(' ').append(p, 0, p.indexOf(':'));
        return b.toString();
    }
}
