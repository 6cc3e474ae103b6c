package dev.eventail.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.parser.PostParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class LimitOptionsTest {

    @TempDir Path tmp;

    static final String POST =
            """
            ---
            title: Journée
            event_start_date: 2025-03-01 09:00:00 +01:00
            ---

            ## Programme

            - 9h00 : Accueil
            - 10h00 : Atelier
            - 11h00 : Table ronde
            """;

    @Command(name = "probe")
    static final class Probe {
        @Mixin LimitOptions limits;
    }

    static LimitOptions.Limits parse(String... args) {
        Probe probe = new Probe();
        CommandLine cl = new CommandLine(probe);
        cl.parseArgs(args);
        return probe.limits.checked(cl);
    }

    @Test
    void withoutOptionsTheLimitsAreTheLibrarys() {
        assertThat(parse()).isEqualTo(LimitOptions.Limits.defaults());
        assertThat(parse().maxTimePerFile()).isEqualTo(PostParser.DEFAULT_MAX_TIME_PER_FILE);
    }

    @Test
    void timesAreReadWithTheirUnit() {
        assertThat(LimitOptions.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(LimitOptions.duration("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(LimitOptions.duration("15")).isEqualTo(Duration.ofSeconds(15));
        assertThat(LimitOptions.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(LimitOptions.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(LimitOptions.duration("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
        assertThat(LimitOptions.duration("vite")).isNull();
        assertThat(parse("--max-time-per-file", "250ms", "--max-lines", "12"))
                .extracting(LimitOptions.Limits::maxTimePerFile, LimitOptions.Limits::maxLines)
                .containsExactly(Duration.ofMillis(250), 12);
    }

    @Test
    void aTimeThatIsNotPositiveIsAUsageError() throws IOException {
        Path post = Files.writeString(tmp.resolve("journee.md"), POST);
        for (String bad : new String[] {"0", "0s", "-1s", "vite"}) {
            Run inspect = Run.of("inspect", post.toString(), "--max-time-per-file", bad);
            assertThat(inspect.exitCode()).as(bad).isEqualTo(2);
            assertThat(inspect.err()).contains("--max-time-per-file " + bad + ": expected");
            Run convert =
                    Run.of(
                            "convert",
                            post.toString(),
                            "--out",
                            tmp.resolve("out").toString(),
                            "--max-time-per-file",
                            bad);
            assertThat(convert.exitCode()).as(bad).isEqualTo(2);
        }
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void inspectTakesTheSameLimitsAsConvert() throws IOException {
        Path post = Files.writeString(tmp.resolve("journee.md"), POST);

        Run lines = Run.of("inspect", post.toString(), "--max-lines", "9");
        assertThat(lines.exitCode()).as(lines.err()).isZero();
        assertThat(lines.out()).contains("journee.md:9: warning:").contains("[limit.lines]");
        assertThat(lines.out()).contains("Accueil").doesNotContain("Table ronde");

        Run subEvents = Run.of("inspect", post.toString(), "--max-sub-events", "1");
        assertThat(subEvents.out()).contains("[limit.sub-events]");

        Run size = Run.of("inspect", post.toString(), "--max-file-size", "10");
        assertThat(size.exitCode()).isEqualTo(3);
        assertThat(size.err()).contains("larger than the limit of 10 bytes");

        // one nanosecond is spent before the body walk starts, whatever the machine
        Run time = Run.of("inspect", post.toString(), "--max-time-per-file", "1ns");
        assertThat(time.exitCode()).as(time.err()).isZero();
        assertThat(time.out())
                .contains("journee.md:6: warning: reading the file took longer than the limit")
                .contains("[limit.time]");

        String inspectHelp = Run.of("inspect", "--help").out();
        String convertHelp = Run.of("convert", "--help").out();
        for (String option :
                new String[] {
                    "--max-file-size",
                    "--max-chars",
                    "--max-lines",
                    "--max-line-length",
                    "--max-sub-events",
                    "--max-time-per-file"
                }) {
            assertThat(inspectHelp).contains(option);
            assertThat(convertHelp).contains(option);
        }
    }
}
