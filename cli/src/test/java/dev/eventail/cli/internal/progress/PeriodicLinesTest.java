package dev.eventail.cli.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PeriodicLinesTest {

    @Test
    void aLineOnlyOnceTheIntervalHasPassedNeverAfterTheLastFile() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        PeriodicLines lines = new PeriodicLines(new PrintWriter(text), 4, 5_000_000_000L, now::get);

        now.set(1_000_000_000L);
        lines.fileDone(3);
        assertThat(text.toString()).isEmpty();

        now.set(5_000_000_000L);
        lines.fileDone(2);
        assertThat(text.toString())
                .isEqualTo("eventail: 2/4 files (50%), 5 events, 0.4 files/s, about 5 s left\n");

        now.set(30_000_000_000L);
        lines.fileDone(0);
        lines.fileDone(1);
        assertThat(text.toString().lines()).hasSize(2);
        assertThat(text.toString().lines().skip(1).findFirst())
                .hasValue("eventail: 3/4 files (75%), 5 events, 0.1 files/s, about 10 s left");
    }
}
