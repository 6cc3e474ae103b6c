package dev.eventail.parser.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static Labels.Row row(String level, String title, String start) {
        return new Labels.Row("f.md", level, title, start, "", "online", "", "", 1);
    }

    private static Evaluation.Found found(String level, String title, String start) {
        return new Evaluation.Found(level, title, start, "", "online", "", "");
    }

    @Test
    void startsAreComparedToTheMinuteWithTheirOffset() {
        assertThat(Evaluation.sameInstant("2021-11-03T14:00:00+01:00", "2021-11-03T14:00:59+01:00"))
                .isTrue();
        assertThat(Evaluation.sameInstant("2021-11-03T14:00:00+01:00", "2021-11-03T14:00:00+02:00"))
                .isFalse();
        assertThat(Evaluation.sameInstant("2021-11-03", "2021-11-03T00:00:00+01:00")).isFalse();
        assertThat(Evaluation.sameInstant("2021-11-03", "2021-11-03")).isTrue();
    }

    @Test
    void matchesByStartThenByTitleAndCountsTheRest() {
        Evaluation.Score score = new Evaluation.Score();
        Evaluation.compareFile(
                "f.md",
                List.of(
                        row("session", "Atelier A", "2021-11-03T14:00:00+01:00"),
                        row("session", "Webinaire sur les API", "2021-11-05T09:00:00+01:00"),
                        row("session", "Oublié", "2021-11-09T09:00:00+01:00")),
                List.of(
                        found("session", "Un autre titre", "2021-11-03T14:00:00+01:00"),
                        found("session", "Webinaire : les API", "2021-11-06T09:00:00+01:00"),
                        found("session", "En trop", "2021-12-01")),
                score);
        Evaluation.LevelScore s = score.level("session");
        assertThat(s.labelled).isEqualTo(3);
        assertThat(s.predicted).isEqualTo(3);
        assertThat(s.matched).isEqualTo(2);
        assertThat(score.accuracy("start", "session")).isEqualTo(0.5);
        assertThat(score.misses()).hasSize(2);
    }

    @Test
    void aFileLabelledNoneMakesEveryPredictionAFalsePositive() {
        Evaluation.Score score = new Evaluation.Score();
        Evaluation.compareFile(
                "f.md",
                List.of(new Labels.Row("f.md", "none", "", "", "", "", "", "", 1)),
                List.of(found("post", "Article", "2022-01-01")),
                score);
        assertThat(score.level("post").precision()).isZero();
        assertThat(score.level("post").recall()).isEqualTo(1.0);
    }
}
