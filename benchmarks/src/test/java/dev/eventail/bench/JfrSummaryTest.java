package dev.eventail.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrSummaryTest {

    @Test
    void groupsTypesByLibrary() {
        assertThat(JfrSummary.packageGroup("com.vladsch.flexmark.parser.core.DocumentParser"))
                .isEqualTo("com.vladsch.flexmark");
        assertThat(JfrSummary.packageGroup("java.util.regex.Pattern$Branch"))
                .isEqualTo("java.util");
        assertThat(JfrSummary.packageGroup("dev.eventail.parser.internal.text.TextHeuristics"))
                .isEqualTo("dev.eventail.parser");
        assertThat(JfrSummary.packageGroup("Top")).isEqualTo("Top");
    }

    @Test
    void summarisesARecordingAsThreeTables(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("r.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
            recording.start();
            // something to sample for 0.3 s
            long work = 0;
            long end = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < end) work += Long.toString(work).hashCode();
            recording.stop();
            recording.dump(file);
        }

        String md = JfrSummary.summarize(file, 5);

        assertThat(md)
                .contains("execution samples in `r.jfr`")
                .contains("| method on top of the stack (self) | samples | share |")
                .contains("| nearest eventail method on the stack | samples | share |")
                .contains("| package group on top of the stack | samples | share |");
    }
}
