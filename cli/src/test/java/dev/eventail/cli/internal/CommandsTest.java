package dev.eventail.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.cli.internal.convert.ConvertCommandTest;
import dev.eventail.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir Path tmp;

    @Test
    void formatsListsIdsFilesMediaTypesAndCompanions() {
        Run run = Run.of("formats");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .first()
                .asString()
                .matches("ID\\s+FILE\\s+MEDIA TYPE\\s+DESCRIPTION");
        assertThat(run.out())
                .containsPattern(
                        "lines\\s+events\\.txt \\(\\+ events\\.schema\\.json\\)\\s+text/plain\\s+One line per event")
                .containsPattern(
                        "catalog\\s+catalog\\.txt\\s+text/plain\\s+catalog \\[written last");
    }

    @Test
    void inspectShowsThePostItsEventsAndDiagnostics() {
        Path file = Fixtures.path("sample-site/_evenements/cafe-de-la-fabrique-8.markdown");
        Run run = Run.of("inspect", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("Post _evenements/cafe-de-la-fabrique-8.markdown\n")
                .contains("  title       Café de la Fabrique #8")
                .contains("Events (")
                .contains("  evenements/cafe-de-la-fabrique-8  (post")
                .contains("when        2025-03-20T12:30:00+01:00")
                .contains("Diagnostics (");
    }

    @Test
    void inspectOfABrokenFileShowsTheErrorWithItsLineAndExitsOne() {
        Path file = Fixtures.path("broken/rencontre-design-public-3.markdown");
        Run run = Run.of("inspect", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("rencontre-design-public-3\\.markdown:\\d+(:\\d+)?: error: ");
        assertThat(Run.of("inspect", file.toString(), "--fail-on", "never").exitCode()).isZero();
    }

    @Test
    void inspectOfAFolderIsAUsageError() {
        Run run = Run.of("inspect", Fixtures.path("sample-site").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("convert reads folders");
    }

    @Test
    void versionComesFromTheManifestAndHelpListsExitCodes() {
        Run version = Run.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("eventail ");

        Run help = Run.of("convert", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("--fail-on=LEVEL")
                .contains("Exit codes:")
                .containsPattern("\\s+2\\s+Usage error")
                .containsPattern("\\s+4\\s+An output could not be written");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Run.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: eventail").contains("a command is needed");
    }

    @Test
    void completionScriptIsGenerated() {
        Run run = Run.of("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F").contains("convert").contains("--fail-on");
    }

    @Test
    void sampleSiteToEveryInstalledFormatValidatesAndTamperingIsFound() throws IOException {
        Environment real = Environment.of(false);
        Path out = tmp.resolve("out");
        Run convert =
                Run.of(
                        real,
                        "convert",
                        Fixtures.path("sample-site").toString(),
                        "--out",
                        out.toString());
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out())
                .contains("events.csv", "events.jsonld", "events.ttl", "events.ics", "catalog.ttl");

        Run ok = Run.of(real, "validate", out.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).containsPattern("\\d+ checks passed, 0 errors");

        Files.writeString(
                out.resolve("events.csv"), "tampered\n", java.nio.file.StandardOpenOption.APPEND);
        Run tampered = Run.of(real, "validate", out.toString());
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.out()).contains("events.csv: error:").contains("[report.files]");
    }

    @Test
    void generatedAtDatesTheCalendarAndTheCatalogue() throws IOException {
        Environment real = Environment.of(false);
        Path out = tmp.resolve("dated");
        Run run =
                Run.of(
                        real,
                        "convert",
                        Fixtures.path("sample-site").toString(),
                        "--out",
                        out.toString(),
                        "--to",
                        "ics,dcat",
                        "--generated-at",
                        "2026-11-29T10:00:00+01:00");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("events.ics")))
                .contains("DTSTAMP:20261129T090000Z")
                .doesNotContain("DTSTAMP:19700101");
        assertThat(Files.readString(out.resolve("catalog.ttl")))
                .contains("\"2026-11-29T10:00:00+01:00\"^^xsd:dateTime");

        Run bad =
                Run.of(
                        real,
                        "convert",
                        Fixtures.path("sample-site").toString(),
                        "--out",
                        tmp.resolve("bad").toString(),
                        "--generated-at",
                        "yesterday");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--generated-at yesterday");
    }

    @Test
    void everyInstalledFormatIsByteIdenticalWithOneAndTwoThreads() throws IOException {
        Environment real = Environment.of(false);
        String site = Fixtures.path("sample-site").toString();
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Run.of(real, "convert", site, "--out", one.toString(), "-j", "1");
        Run.of(real, "convert", site, "--out", two.toString(), "-j", "2");

        Map<String, String> first = ConvertCommandTest.contents(one);
        assertThat(first).containsKeys("events.csv", "events.jsonld", "events.ics", "catalog.ttl");
        assertThat(ConvertCommandTest.contents(two)).isEqualTo(first);
    }

    @Test
    void usageErrorIsOneMessageWithSuggestionAndPointerToHelp() {
        Run run = Run.of("convrt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("eventail: Unmatched argument at index 0: 'convrt'")
                .contains("Did you mean: eventail convert")
                .endsWith("Try 'eventail --help' for more information.\n");
    }
}
