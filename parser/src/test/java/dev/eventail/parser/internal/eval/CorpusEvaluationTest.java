package dev.eventail.parser.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventail.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The parser against the labels people wrote by reading the real archives ({@code
 * fixtures/labels/}, format in its README): prints the table and fails below 0.95 precision and
 * recall on post events and sessions, and below 0.95 exact start and end. Skipped when the shared
 * corpus or the labels are absent.
 */
class CorpusEvaluationTest {

    private static final double BAR = 0.95;

    @Test
    void parserAgreesWithTheLabelledCorpus() throws IOException {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "shared corpus absent");
        Path labels = Fixtures.path("labels");
        assumeTrue(Files.isDirectory(labels), "labels absent");
        List<Path[]> pairs = Evaluation.pairsIn(corpus, labels);
        assumeTrue(!pairs.isEmpty(), "no labelled site in the corpus");

        Evaluation.Score total = new Evaluation.Score();
        for (Path[] p : pairs) {
            Evaluation.Score s = Evaluation.evaluate(p[0], p[1]);
            Evaluation.print(System.out, p[0].getFileName().toString(), s);
            total.add(s);
        }
        Evaluation.print(System.out, "ALL", total);
        Evaluation.printDetails(System.out, total);

        String[] all = Evaluation.LEVELS.toArray(String[]::new);
        SoftAssertions soft = new SoftAssertions();
        for (String level : List.of("post", "session")) {
            soft.assertThat(total.level(level).precision())
                    .as(level + " precision")
                    .isGreaterThanOrEqualTo(BAR);
            soft.assertThat(total.level(level).recall())
                    .as(level + " recall")
                    .isGreaterThanOrEqualTo(BAR);
        }
        soft.assertThat(total.accuracy("start", all)).as("exact start").isGreaterThanOrEqualTo(BAR);
        soft.assertThat(total.accuracy("end", all)).as("exact end").isGreaterThanOrEqualTo(BAR);
        soft.assertAll();
        assertThat(total.files).isPositive();
    }
}
