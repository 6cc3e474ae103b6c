package dev.eventail.cli.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.cli.internal.Run;
import dev.eventail.cli.internal.TestExporters;
import dev.eventail.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class ConvertCommandTest {

    @TempDir Path tmp;

    static final String GOOD =
            """
            ---
            title: Atelier %s
            date: 2025-01-10 10:00:00 +01:00
            event_start_date: 2025-%s 14:00:00 +01:00
            lieu: Maison de la Fabrique
            ---

            Un atelier.
            """;

    static final String BROKEN =
            """
            ---
            title: Cassé
            tags: [design
            event_start_date: 2025-03-01 14:00:00 +01:00
            ---

            Le front matter ne se referme pas.
            """;

    private Path site(Map<String, String> files) throws IOException {
        Path root = Files.createTempDirectory(tmp, "site");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }

    private Path goodSite() throws IOException {
        return site(
                Map.of(
                        "_evenements/atelier-a.markdown", GOOD.formatted("A", "02-03"),
                        "_evenements/atelier-b.markdown", GOOD.formatted("B", "03-04")));
    }

    private Path siteWithBrokenFile() throws IOException {
        return site(
                Map.of(
                        "_evenements/atelier-a.markdown", GOOD.formatted("A", "02-03"),
                        "_evenements/casse.markdown", BROKEN,
                        "_evenements/atelier-b.markdown", GOOD.formatted("B", "03-04")));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void cleanSiteConvertsAndExitsZero() throws IOException {
        Path out = tmp.resolve("out");
        Run run = Run.of("convert", goodSite().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read(out.resolve("events.txt")))
                .contains("evenements/atelier-a\tPOST\t2025-02-03T14:00:00+01:00\tAtelier A")
                .contains("evenements/atelier-b\tPOST");
        assertThat(out.resolve("events.schema.json")).exists();
        assertThat(run.out())
                .contains("Read 2 files")
                .contains("Events:      2 (2 posts, 0 sessions, 0 slots)")
                .contains("events.txt");
    }

    @ParameterizedTest(name = "--fail-on {0} with a broken file exits {1}")
    @CsvSource({"error,1", "warning,1", "never,0"})
    void brokenFileExitCodeFollowsFailOn(String failOn, int expected) throws IOException {
        Path out = tmp.resolve("out-" + failOn);
        Run run =
                Run.of(
                        "convert",
                        siteWithBrokenFile().toString(),
                        "--out",
                        out.toString(),
                        "--fail-on",
                        failOn);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(expected);
        assertThat(run.err()).contains("_evenements/casse.markdown:").contains("error");
    }

    @ParameterizedTest(name = "--fail-on {0} with only warnings exits {1}")
    @CsvSource({"error,0", "warning,1", "never,0"})
    void warningsFailOnlyUnderFailOnWarning(String failOn, int expected) throws IOException {
        Path out = tmp.resolve("out-" + failOn);
        Run run =
                Run.of(
                        TestExporters.environment(new TestExporters.Warning()),
                        "convert",
                        goodSite().toString(),
                        "--out",
                        out.toString(),
                        "--fail-on",
                        failOn);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(expected);
        assertThat(read(out.resolve("report.json"))).contains("\"code\" : \"test.warning\"");
    }

    @Test
    void oneBrokenFileStillConvertsTheOthersAndIsReportedWithItsLine() throws IOException {
        Path out = tmp.resolve("out");
        Run run = Run.of("convert", siteWithBrokenFile().toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(read(out.resolve("events.txt")))
                .contains("evenements/atelier-a\t")
                .contains("evenements/atelier-b\t");
        String report = read(out.resolve("report.json"));
        assertThat(report)
                .contains("\"file\" : \"_evenements/casse.markdown\"")
                .contains("\"severity\" : \"error\"")
                .containsPattern("\"line\" : [1-9]");
        assertThat(report).contains("\"files\" : 3", "\"posts\" : 3");
    }

    @Test
    void sampleSiteConvertsEveryPublishedPostAndSkipsTheDraft() throws IOException {
        Path out = tmp.resolve("out");
        Run run =
                Run.of("convert", Fixtures.path("sample-site").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as("the sample site reads cleanly").isZero();
        assertThat(run.out()).contains("Read 9 files").contains("1 draft skipped");
        assertThat(read(out.resolve("events.txt")))
                .contains(
                        "https://data.fabrique.example.org/agenda/evenements/mois-de-la-fabrique-2025\t")
                .doesNotContain("hackathon");
        assertThat(read(out.resolve("catalog.txt")))
                .contains("title=Agenda de la Fabrique numérique")
                .contains("publisher=Fabrique numérique (exemple)");
        assertThat(read(out.resolve("report.json"))).contains("\"error\" : 0");
    }

    @Test
    void aBrokenPostAddedToTheSampleSiteIsReportedAndTheOthersStillConvert() throws IOException {
        Path site = tmp.resolve("site");
        copyTree(Fixtures.path("sample-site"), site);
        Files.copy(
                Fixtures.path("broken/rencontre-design-public-3.markdown"),
                site.resolve("_evenements/rencontre-design-public-3.markdown"));
        Path out = tmp.resolve("out");
        Run run = Run.of("convert", site.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as("one broken file").isEqualTo(1);
        assertThat(run.out()).contains("Read 10 files");
        assertThat(read(out.resolve("events.txt")))
                .contains(
                        "https://data.fabrique.example.org/agenda/evenements/mois-de-la-fabrique-2025\t");
        assertThat(read(out.resolve("report.json")))
                .contains("_evenements/rencontre-design-public-3.markdown")
                .contains("\"code\" : \"yaml.syntax\"");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void commandLineDatasetOptionsWinOverEventailYml() throws IOException {
        Path out = tmp.resolve("out");
        Run run =
                Run.of(
                        "convert",
                        Fixtures.path("sample-site").toString(),
                        "--out",
                        out.toString(),
                        "--title",
                        "Mon titre",
                        "--base-uri",
                        "https://example.net/e/",
                        "--fail-on",
                        "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String catalog = read(out.resolve("catalog.txt"));
        assertThat(catalog)
                .contains("title=Mon titre")
                .contains("publisher=Fabrique numérique (exemple)")
                .contains("base=https://example.net/e/");
    }

    @Test
    void describingExporterRunsLastWithSizesAndDigestsOfTheOthers() throws IOException {
        Path out = tmp.resolve("out");
        Run.of("convert", goodSite().toString(), "--out", out.toString());

        String catalog = read(out.resolve("catalog.txt"));
        long size = Files.size(out.resolve("events.txt"));
        assertThat(catalog)
                .containsPattern("events\\.txt lines text/plain " + size + " [0-9a-f]{64}")
                .contains("events.schema.json lines application/json")
                .doesNotContain("report.json");
    }

    @Test
    void oneAndTwoThreadsGiveByteIdenticalFiles() throws IOException {
        Map<String, String> many = new TreeMap<>();
        for (int i = 0; i < 60; i++) {
            many.put(
                    "_evenements/atelier-" + i + ".markdown",
                    i % 17 == 5 ? BROKEN : GOOD.formatted(i, "0" + (1 + i % 9) + "-1" + (i % 9)));
        }
        Path site = site(many);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Run a = Run.of("convert", site.toString(), "--out", one.toString(), "--threads", "1");
        Run b = Run.of("convert", site.toString(), "--out", two.toString(), "--threads", "2");

        assertThat(a.exitCode()).isEqualTo(1);
        assertThat(b.exitCode()).isEqualTo(1);
        assertThat(contents(two)).isEqualTo(contents(one));
        assertThat(contents(one)).containsKeys("events.txt", "report.json", "catalog.txt");
    }

    @Test
    void sampleSiteWithOneAndTwoThreadsGivesByteIdenticalFiles() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        String site = Fixtures.path("sample-site").toString();
        Run.of("convert", site, "--out", one.toString(), "-j", "1");
        Run.of("convert", site, "--out", two.toString(), "-j", "2");

        assertThat(contents(two)).isEqualTo(contents(one));
    }

    public static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) files.put(p.getFileName().toString(), read(p));
        }
        return files;
    }

    @Test
    void failingExporterLeavesPreviousOutputsIntactAndNoTemporaryFile() throws IOException {
        Path site = goodSite();
        Path out = tmp.resolve("out");
        Run first = Run.of("convert", site.toString(), "--out", out.toString());
        assertThat(first.exitCode()).isZero();
        Map<String, String> before = contents(out);

        Files.writeString(
                site.resolve("_evenements/atelier-c.markdown"), GOOD.formatted("C", "04-05"));
        Run failing =
                Run.of(
                        TestExporters.environment(
                                new TestExporters.Lines(),
                                new TestExporters.Failing(2),
                                new TestExporters.Catalog()),
                        "convert",
                        site.toString(),
                        "--out",
                        out.toString());

        assertThat(failing.exitCode()).isEqualTo(4);
        assertThat(failing.err())
                .contains("disk full (simulated)")
                .contains("previous outputs left as they were")
                .doesNotContain("\tat ");
        assertThat(contents(out)).isEqualTo(before);
    }

    @Test
    void exporterBugIsAnInternalErrorAndAlsoLeavesNothingBehind() throws IOException {
        Path out = tmp.resolve("out");
        Run run =
                Run.of(
                        TestExporters.environment(
                                new TestExporters.Lines() {
                                    @Override
                                    public dev.eventail.export.EventSink open(
                                            java.io.OutputStream o,
                                            dev.eventail.export.ExportContext c) {
                                        throw new IllegalStateException("bug in exporter");
                                    }
                                }),
                        "convert",
                        goodSite().toString(),
                        "--out",
                        out.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).contains("the lines exporter failed").contains("bug in exporter");
        assertThat(contents(out)).isEmpty();
    }

    @Test
    void staleTemporaryFilesOfAKilledRunAreRemoved() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(".events.txt.eventail-tmp-99-1"), "half");
        Run run = Run.of("convert", goodSite().toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(contents(out).keySet())
                .containsExactly("catalog.txt", "events.schema.json", "events.txt", "report.json");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        String site = goodSite().toString();
        String out = tmp.resolve("out").toString();

        assertThat(Run.of("convert", site).exitCode()).as("--out missing").isEqualTo(2);
        assertThat(Run.of("convert", site, "--out", out, "--frobnicate").exitCode()).isEqualTo(2);
        assertThat(Run.of("convert", site, "--out", out, "--threads", "0").exitCode()).isEqualTo(2);
        assertThat(Run.of("convert", site, "--out", out, "--since", "hier").exitCode())
                .isEqualTo(2);
        assertThat(Run.of("convert", site, "--out", out, "--fail-on", "panic").exitCode())
                .isEqualTo(2);
        assertThat(Run.of("convert", site, "--out", out, "--timezone", "Mars/Olympus").exitCode())
                .isEqualTo(2);
        Run unknown = Run.of("convert", site, "--out", out, "--to", "lines,pdf");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'pdf'").contains("[catalog, lines]");
        assertThat(Files.exists(Path.of(out))).as("no output for a usage error").isFalse();
    }

    @Test
    void missingOrUnreadableInputExitsThree() throws IOException {
        Path out = tmp.resolve("out");
        Run missing = Run.of("convert", tmp.resolve("nope").toString(), "--out", out.toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err())
                .isEqualTo("eventail: input not found: " + tmp.resolve("nope") + "\n");

        Path notZip = Files.writeString(tmp.resolve("archive.zip"), "this is not a zip");
        Run bad = Run.of("convert", notZip.toString(), "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err()).startsWith("eventail: not a readable zip archive");
    }

    @Test
    void outputThatCannotBeWrittenExitsFour() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Run run = Run.of("convert", goodSite().toString(), "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).startsWith("eventail: cannot write to " + file);
        assertThat(read(file)).isEqualTo("x");
    }

    @Test
    void toChoosesFormatsAndDescribingOnesStillComeLast() throws IOException {
        Path out = tmp.resolve("out");
        Run run =
                Run.of(
                        "convert",
                        goodSite().toString(),
                        "--out",
                        out.toString(),
                        "--to",
                        "catalog,lines");

        assertThat(run.exitCode()).isZero();
        assertThat(read(out.resolve("catalog.txt"))).contains("events.txt lines");
    }

    @Test
    void sinceAndUntilKeepEventsOverlappingTheRange() throws IOException {
        Path out = tmp.resolve("out");
        Run run =
                Run.of(
                        "convert",
                        goodSite().toString(),
                        "--out",
                        out.toString(),
                        "--since",
                        "2025-03-01",
                        "--until",
                        "2025-03-31");

        assertThat(run.exitCode()).isZero();
        assertThat(read(out.resolve("events.txt")))
                .contains("atelier-b")
                .doesNotContain("atelier-a");
        assertThat(run.out()).contains("1 outside --since/--until left out");
    }

    @Test
    void includeAndExcludeGlobsChooseFiles() throws IOException {
        Path site =
                site(
                        Map.of(
                                "_evenements/atelier-a.markdown", GOOD.formatted("A", "02-03"),
                                "_evenements/atelier-b.md", GOOD.formatted("B", "03-04"),
                                "_posts/atelier-c.md", GOOD.formatted("C", "03-05")));
        Path out = tmp.resolve("out");
        Run run =
                Run.of(
                        "convert",
                        site.toString(),
                        "--out",
                        out.toString(),
                        "--include",
                        "_evenements/**",
                        "--exclude",
                        "*.md");

        assertThat(run.exitCode()).isZero();
        assertThat(read(out.resolve("events.txt")))
                .contains("atelier-a")
                .doesNotContain("atelier-b")
                .doesNotContain("atelier-c");
    }

    @Test
    void draftsAreSkippedUnlessAskedFor() throws IOException {
        Path out = tmp.resolve("out");
        String site = Fixtures.path("sample-site").toString();
        Run without = Run.of("convert", site, "--out", out.toString(), "--fail-on", "never");
        assertThat(read(out.resolve("events.txt"))).doesNotContain("hackathon-donnees-meteo");
        Run with =
                Run.of("convert", site, "--out", out.toString(), "--drafts", "--fail-on", "never");

        assertThat(without.out()).contains("1 draft skipped");
        assertThat(with.out()).doesNotContain("draft");
        assertThat(read(out.resolve("events.txt")))
                .contains("evenements/hackathon-donnees-meteo\t");
    }

    @Test
    void quietPrintsNothingButTheExitCodeSays() throws IOException {
        Run run =
                Run.of(
                        "convert",
                        siteWithBrokenFile().toString(),
                        "--out",
                        tmp.resolve("o").toString(),
                        "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportCountsEventsAndListsFilesWithDigests() throws IOException {
        Path out = tmp.resolve("out");
        Run.of("convert", goodSite().toString(), "--out", out.toString());

        String report = read(out.resolve("report.json"));
        assertThat(report)
                .contains("\"post\" : 2", "\"total\" : 2", "\"error\" : 0")
                .containsPattern("\"name\" : \"events.txt\",\\s+\"format\" : \"lines\"")
                .containsPattern("\"sha256\" : \"[0-9a-f]{64}\"");
        assertThat(List.of(report.split("\n"))).last().isEqualTo("}");
    }

    @Test
    void diagnosticsOnStderrStopAfterTwentyUnlessVerbose() throws IOException {
        Map<String, String> broken = new TreeMap<>();
        for (int i = 10; i < 35; i++) broken.put("_evenements/casse-" + i + ".markdown", BROKEN);
        Path site = site(broken);

        Run normal = Run.of("convert", site.toString(), "--out", tmp.resolve("a").toString());
        assertThat(normal.err().lines().filter(l -> l.contains(": error: ")).count()).isEqualTo(20);
        assertThat(normal.err()).contains("... and 5 more (-v lists them all");

        Run verbose =
                Run.of("convert", site.toString(), "--out", tmp.resolve("b").toString(), "-v");
        assertThat(verbose.err().lines().filter(l -> l.contains(": error: ")).count())
                .isEqualTo(25);
        assertThat(verbose.err()).doesNotContain("more (-v");
    }

    @Test
    void theSameDiagnosticFromSeveralExportersIsRecordedOnce() throws IOException {
        TestExporters.Warning second =
                new TestExporters.Warning() {
                    @Override
                    public String formatId() {
                        return "warning2";
                    }

                    @Override
                    public String defaultFileName() {
                        return "warnings2.txt";
                    }
                };
        Path out = tmp.resolve("out");
        Run run =
                Run.of(
                        TestExporters.environment(new TestExporters.Warning(), second),
                        "convert",
                        goodSite().toString(),
                        "--out",
                        out.toString());

        assertThat(run.err().lines().filter(l -> l.contains("[test.warning]")).count())
                .isEqualTo(2);
        assertThat(read(out.resolve("report.json")).split("test.warning", -1)).hasSize(3);
    }

    @Test
    void anOutputFolderInsideTheInputIsNeverReadAsInput() throws IOException {
        Path site = goodSite();
        Path out = Files.createDirectories(site.resolve("export"));
        Files.writeString(out.resolve("notes.md"), GOOD.formatted("Z", "09-09"));

        Run first = Run.of("convert", site.toString(), "--out", out.toString());
        Run second = Run.of("convert", site.toString(), "--out", out.toString());

        assertThat(first.out()).contains("Read 2 files");
        assertThat(second.out()).contains("Read 2 files");
        assertThat(read(out.resolve("events.txt"))).doesNotContain("Atelier Z");
    }

    @Test
    void symbolicLinkLoopsAndFoldersNamedLikePostsCostNothing() throws IOException {
        Path site = goodSite();
        Files.createDirectories(site.resolve("_evenements/dossier.md"));
        try {
            Files.createSymbolicLink(site.resolve("_evenements/boucle"), site);
            Files.createSymbolicLink(
                    site.resolve("_evenements/lien.md"), site.resolve("_evenements"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        Path out = tmp.resolve("out");
        Run run = Run.of("convert", site.toString(), "--out", out.toString(), "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read(out.resolve("events.txt"))).contains("atelier-a", "atelier-b");
        assertThat(read(out.resolve("report.json")))
                .contains("\"file\" : \"_evenements/lien.md\"")
                .contains("input.unreadable");
    }
}
