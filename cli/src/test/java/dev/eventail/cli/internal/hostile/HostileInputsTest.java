package dev.eventail.cli.internal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.cli.internal.Environment;
import dev.eventail.cli.internal.Run;
import dev.eventail.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One run per entry of the catalogue {@code fixtures/hostile/README.md}: a site of two good posts
 * plus the bad file. The run gives the exit code, the diagnostic (code and line) in {@code
 * report.json}, and the good posts convert exactly as in a run without the bad file.
 */
class HostileInputsTest {

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

    /** A catalogue entry: the bad file's name and bytes, what the run must report. */
    record Entry(
            String name, byte[] bytes, int exitCode, String code, int line, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Entry fixture(String file, int exitCode, String code, int line, String... args) {
        try {
            return new Entry(
                    file,
                    Files.readAllBytes(Fixtures.path("hostile/" + file)),
                    exitCode,
                    code,
                    line,
                    List.of(args));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Entry generated(
            String file, String content, int exitCode, String code, int line, String... args) {
        return new Entry(
                file,
                content.getBytes(StandardCharsets.UTF_8),
                exitCode,
                code,
                line,
                List.of(args));
    }

    static final String HEAD =
            "---\ntitle: Généré\nevent_start_date: 2025-03-01 14:00:00 +01:00\n---\n\n";

    static Stream<Arguments> catalogue() {
        List<Entry> entries = new ArrayList<>();
        entries.add(fixture("empty.md", 0, "frontmatter.missing", 1, "-v"));
        entries.add(fixture("unclosed.md", 1, "frontmatter.unclosed", 1));
        entries.add(fixture("yaml-syntax.md", 1, "yaml.syntax", LINE_YAML_SYNTAX));
        entries.add(fixture("tabs.md", 1, "yaml.syntax", LINE_TABS));
        entries.add(fixture("duplicate-key.md", 0, "yaml.duplicate-key", 4));
        entries.add(fixture("java-tag.md", 0, "yaml.tag-ignored", 4));
        entries.add(fixture("alias-bomb.md", 1, "yaml.limit", LINE_ALIAS));
        entries.add(fixture("impossible-dates.md", 1, "date.unparseable", 3));
        entries.add(fixture("javascript-url.md", 0, "url.refused", LINE_JS));
        entries.add(fixture("invalid-utf8.md", 0, "encoding.invalid", 6));
        entries.add(fixture("windows-1252.md", 0, "encoding.windows-1252", 2));
        entries.add(fixture("utf16-bom.md", 0, "encoding.utf-16", 1, "-v"));
        entries.add(fixture("binary.md", 1, "file.binary", 3));
        entries.add(
                generated(
                        "deep-nesting.md",
                        "---\ntitle: Profond\nx: "
                                + "[".repeat(5000)
                                + "]".repeat(5000)
                                + "\n---\n",
                        1,
                        "yaml.limit",
                        2));
        entries.add(
                generated(
                        "big-scalar.md",
                        "---\ntitle: " + "a".repeat(30_000_000) + "\n---\n\nCorps.\n",
                        0,
                        "limit.line-length",
                        2,
                        "--max-file-size",
                        "100000000"));
        entries.add(
                generated(
                        "too-large.md",
                        HEAD + "x".repeat(2000) + "\n",
                        1,
                        "input.too-large",
                        0,
                        "--max-file-size",
                        "1000"));
        entries.add(
                generated(
                        "million-char-line.md",
                        HEAD + "mot ".repeat(250_000) + "\n",
                        0,
                        "limit.line-length",
                        6));
        StringBuilder slots = new StringBuilder(HEAD + "## Programme\n\n");
        for (int i = 0; i < 10_000; i++) {
            slots.append("- ").append(8 + i % 10).append("h00 : Séquence ").append(i).append('\n');
        }
        // the default (20,000 lines) is the parser's; 5,000 keeps this run short
        entries.add(
                generated(
                        "ten-thousand-slots.md",
                        slots.toString(),
                        0,
                        "limit.lines",
                        5000,
                        "--max-lines",
                        "5000"));
        entries.add(
                generated(
                        "many-slots.md",
                        HEAD
                                + "## Programme\n\n- 9h00 : Accueil\n- 10h00 : Atelier\n"
                                + "- 11h00 : Table ronde\n- 12h00 : Déjeuner\n",
                        0,
                        "limit.sub-events",
                        LINE_THIRD_SLOT,
                        "--max-sub-events",
                        "2"));
        return entries.stream().map(Arguments::of);
    }

    static final int LINE_YAML_SYNTAX = 4; // where the quote opens
    static final int LINE_TABS = 4;
    static final int LINE_ALIAS = 2;
    static final int LINE_JS = 5;
    static final int LINE_THIRD_SLOT = 10;

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badFileIsReportedAndCostsNothingElse(Entry entry) throws IOException {
        Path clean = site(null);
        Path mixed = site(entry);
        Path cleanOut = tmp.resolve("clean-out");
        Path mixedOut = tmp.resolve("mixed-out");

        Run cleanRun = convert(clean, cleanOut, entry.args());
        Run mixedRun = convert(mixed, mixedOut, entry.args());

        assertThat(cleanRun.exitCode()).as(cleanRun.err()).isZero();
        assertThat(mixedRun.exitCode()).as(mixedRun.err()).isEqualTo(entry.exitCode());
        String report = Files.readString(mixedOut.resolve("report.json"));
        assertThat(diagnostics(report))
                .as(report)
                .contains("_evenements/" + entry.name() + ":" + entry.line() + ":" + entry.code());

        // The good posts' rows are converted byte for byte as without the bad file.
        Set<String> mixedRows = rows(mixedOut.resolve("events.csv"));
        for (String row : rows(cleanOut.resolve("events.csv"))) {
            assertThat(mixedRows).as(entry.name()).contains(row);
        }
        // No markup from any input reaches any output.
        for (String file : List.of("events.csv", "events.jsonld", "events.ics", "events.ttl")) {
            String text = Files.readString(mixedOut.resolve(file));
            assertThat(text)
                    .as(file)
                    .doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("<style")
                    .doesNotContainIgnoringCase("<iframe")
                    .doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("\\u003cscript")
                    .doesNotContain("javascript:")
                    .doesNotContain("data:text/html");
        }
    }

    @Test
    void zipBombEntriesAreRefusedByTheirRatioAndNestedArchivesAreNotOpened() throws IOException {
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("_evenements/atelier-a.markdown"));
            z.write(GOOD.formatted("A", "02-03").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("_evenements/bombe.md"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) z.write(zeros); // 64 MiB, about 64 kB compressed
            z.closeEntry();
            z.putNextEntry(new ZipEntry("_evenements/inner.zip"));
            z.write(new byte[] {0x50, 0x4B, 0x03, 0x04});
            z.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1 << 20);
        Path out = tmp.resolve("out");
        Run run = convert(zip, out, List.of());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(diagnostics(Files.readString(out.resolve("report.json"))))
                .containsExactly("bombe.md:0:archive.bomb"); // one top folder: stripped
        assertThat(Files.readString(out.resolve("events.csv"))).contains("Atelier A");
        assertThat(run.out()).contains("Read 1 file ");
    }

    @Test
    void anArchiveUnpackingToMoreThan64TimesTheFileLimitStopsThere() throws IOException {
        Path zip = tmp.resolve("big.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 70; i++) {
                z.putNextEntry(new ZipEntry(String.format("_evenements/atelier-%02d.markdown", i)));
                z.write(GOOD.formatted(i, "02-03").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        int oneFile = GOOD.formatted(10, "02-03").getBytes(StandardCharsets.UTF_8).length;
        Path out = tmp.resolve("out");
        Run run = convert(zip, out, List.of("--max-file-size", "" + oneFile));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(diagnostics(Files.readString(out.resolve("report.json"))))
                .containsExactly("atelier-64.markdown:0:archive.too-large");
        assertThat(run.out()).contains("Read 64 files");
    }

    @Test
    void zipSymbolicLinkEntriesAreRefusedAsTarLinksAre() throws IOException {
        Path zip = tmp.resolve("links.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("site/_evenements/atelier-a.markdown"));
            z.write(GOOD.formatted("A", "02-03").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            // a link's data is its target: read as a file, it would be a post "../../etc/passwd"
            z.putNextEntry(new ZipEntry("site/_evenements/lien.md"));
            z.write("../../../etc/passwd".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        markAsUnixSymbolicLink(bytes, "site/_evenements/lien.md");
        Files.write(zip, bytes);

        Path out = tmp.resolve("out");
        Run run = convert(zip, out, List.of());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(diagnostics(Files.readString(out.resolve("report.json"))))
                .containsExactly("site/_evenements/lien.md:0:archive.link-entry");
        assertThat(run.err()).contains("is a link or a special file; skipped");
        assertThat(Files.readString(out.resolve("events.csv")))
                .contains("Atelier A")
                .doesNotContain("passwd");
        assertThat(run.out()).contains("Read 1 file ");
    }

    /**
     * Sets, in the central directory entry named {@code name}, "made on Unix" and the mode {@code
     * S_IFLNK | 0777} in the high 16 bits of the external attributes: what {@code zip --symlinks}
     * writes, and what {@link ZipOutputStream} cannot.
     */
    static void markAsUnixSymbolicLink(byte[] zip, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (zip[i] != 0x50 || zip[i + 1] != 0x4B || zip[i + 2] != 0x01 || zip[i + 3] != 0x02) {
                continue; // not a central directory header
            }
            int nameLength = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
            if (nameLength != wanted.length
                    || !Arrays.equals(zip, i + 46, i + 46 + nameLength, wanted, 0, nameLength)) {
                continue;
            }
            zip[i + 5] = 3; // version made by: high byte 3 = Unix
            int attributes = 0120777 << 16;
            for (int k = 0; k < 4; k++) zip[i + 38 + k] = (byte) (attributes >>> (8 * k));
            return;
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }

    private Run convert(Path site, Path out, List<String> extra) {
        List<String> args = new ArrayList<>();
        args.addAll(
                List.of(
                        "convert",
                        site.toString(),
                        "--out",
                        out.toString(),
                        "--to",
                        "csv,jsonld,ics,turtle",
                        "-j",
                        "1"));
        args.addAll(extra);
        return Run.of(Environment.of(false), args.toArray(String[]::new));
    }

    private Path site(Entry bad) throws IOException {
        Path root = Files.createTempDirectory(tmp, bad == null ? "clean" : "mixed");
        Path events = Files.createDirectories(root.resolve("_evenements"));
        Files.writeString(events.resolve("atelier-a.markdown"), GOOD.formatted("A", "02-03"));
        Files.writeString(events.resolve("atelier-z.markdown"), GOOD.formatted("Z", "03-04"));
        if (bad != null) Files.write(events.resolve(bad.name()), bad.bytes());
        return root;
    }

    private static final Pattern DIAGNOSTIC =
            Pattern.compile(
                    "\"file\" : \"([^\"]*)\",\\s*(?:\"line\" : (\\d+),\\s*)?(?:\"column\" :"
                            + " \\d+,\\s*)?\"severity\" : \"\\w+\",\\s*\"code\" : \"([^\"]+)\"");

    /** {@code file:line:code} of each diagnostic of a report ({@code file::code} without line). */
    static List<String> diagnostics(String report) {
        List<String> found = new ArrayList<>();
        Matcher m = DIAGNOSTIC.matcher(report);
        while (m.find()) {
            found.add(m.group(1) + ":" + (m.group(2) == null ? "" : m.group(2)) + ":" + m.group(3));
        }
        return found;
    }

    private static Set<String> rows(Path csv) throws IOException {
        List<String> lines = Arrays.asList(Files.readString(csv).split("\r\n"));
        return new LinkedHashSet<>(lines.subList(1, lines.size()));
    }
}
