package dev.eventail.cli.internal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.cli.internal.Environment;
import dev.eventail.cli.internal.FileIo;
import dev.eventail.cli.internal.Run;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue's two failures of the machine rather than of the files, simulated through the
 * {@link FileIo} seam (tests run as root, where permissions do not hold, and no test may fill a
 * real disk): a disk that fills up during the run, a post that cannot be read.
 */
class FailingIoTest {

    @TempDir Path tmp;

    /** Output streams that fail, as a full disk does, once {@code budget} bytes are written. */
    static FileIo diskFullAfter(long budget) {
        AtomicLong written = new AtomicLong();
        return new FileIo() {
            @Override
            public InputStream newInputStream(Path file) throws IOException {
                return FileIo.REAL.newInputStream(file);
            }

            @Override
            public OutputStream newOutputStream(Path file) throws IOException {
                return new FilterOutputStream(FileIo.REAL.newOutputStream(file)) {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (written.addAndGet(len) > budget) {
                            throw new IOException("No space left on device");
                        }
                        out.write(b, off, len);
                    }
                };
            }
        };
    }

    /** Reading {@code name} is refused, as for a file without read permission. */
    static FileIo deniedOn(String name) {
        return new FileIo() {
            @Override
            public InputStream newInputStream(Path file) throws IOException {
                if (file.getFileName().toString().equals(name)) {
                    throw new AccessDeniedException(file.toString());
                }
                return FileIo.REAL.newInputStream(file);
            }

            @Override
            public OutputStream newOutputStream(Path file) throws IOException {
                return FileIo.REAL.newOutputStream(file);
            }
        };
    }

    @Test
    void aDiskFillingUpFailsTheRunAndLeavesThePreviousOutputsAsTheyWere() throws IOException {
        Path site = site(false);
        Path out = tmp.resolve("out");
        Run first = convert(Environment.of(false), site, out);
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, byte[]> before = contents(out);
        assertThat(before).containsKeys("events.csv", "events.jsonld", "report.json");

        Files.writeString(
                site.resolve("_evenements/atelier-n.markdown"),
                HostileInputsTest.GOOD.formatted("N", "05-06"));
        Run full = convert(Environment.of(false).withIo(diskFullAfter(4096)), site, out);

        assertThat(full.exitCode()).as(full.err()).isEqualTo(4);
        assertThat(full.err())
                .contains("cannot write to " + out)
                .contains("No space left on device")
                .contains("previous outputs left as they were");
        Map<String, byte[]> after = contents(out);
        assertThat(after.keySet()).isEqualTo(before.keySet()); // no temporary file left
        for (String name : before.keySet()) {
            assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "jsonld", "ics", "turtle", "ntriples", "rdfxml"})
    void aDiskFillingUpInTheMiddleOfAnOutputIsAnOutputFailureWhateverTheFormat(String format)
            throws IOException {
        Path root = Files.createTempDirectory(tmp, "big");
        Path events = Files.createDirectories(root.resolve("_evenements"));
        for (int i = 0; i < 600; i++) {
            Files.writeString(
                    events.resolve(String.format("atelier-%03d.markdown", i)),
                    HostileInputsTest.GOOD.formatted(i, "02-03"));
        }
        Path out = tmp.resolve("out-" + format);
        // past the first 64 kB buffer: the failure comes while an event is being written
        Run run =
                Run.of(
                        Environment.of(false).withIo(diskFullAfter(1000)),
                        "convert",
                        root.toString(),
                        "--out",
                        out.toString(),
                        "--to",
                        format,
                        "-j",
                        "1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.err()).contains("No space left on device");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnreadablePostIsReportedAndTheOthersConvertAsWithoutIt() throws IOException {
        Path clean = site(false);
        Path mixed = site(true);
        Path cleanOut = tmp.resolve("clean-out");
        Path mixedOut = tmp.resolve("mixed-out");

        Run cleanRun = convert(Environment.of(false), clean, cleanOut);
        Run mixedRun =
                convert(Environment.of(false).withIo(deniedOn("secret.md")), mixed, mixedOut);

        assertThat(cleanRun.exitCode()).as(cleanRun.err()).isZero();
        assertThat(mixedRun.exitCode()).as(mixedRun.err()).isEqualTo(1);
        String report = Files.readString(mixedOut.resolve("report.json"));
        assertThat(HostileInputsTest.diagnostics(report))
                .containsExactly("_evenements/secret.md:0:input.unreadable");
        assertThat(report).contains("cannot read the file: permission denied on ");
        assertThat(mixedRun.err()).contains("secret.md").contains("[input.unreadable]");
        assertThat(Files.readString(mixedOut.resolve("events.csv")))
                .isEqualTo(Files.readString(cleanOut.resolve("events.csv")));
        assertThat(Files.readString(mixedOut.resolve("events.jsonld")))
                .isEqualTo(Files.readString(cleanOut.resolve("events.jsonld")));
    }

    private Run convert(Environment environment, Path site, Path out) {
        return Run.of(
                environment,
                "convert",
                site.toString(),
                "--out",
                out.toString(),
                "--to",
                "csv,jsonld,ics,turtle",
                "-j",
                "1");
    }

    private Path site(boolean withSecret) throws IOException {
        Path root = Files.createTempDirectory(tmp, "site");
        Path events = Files.createDirectories(root.resolve("_evenements"));
        Files.writeString(
                events.resolve("atelier-a.markdown"),
                HostileInputsTest.GOOD.formatted("A", "02-03"));
        Files.writeString(
                events.resolve("atelier-z.markdown"),
                HostileInputsTest.GOOD.formatted("Z", "03-04"));
        if (withSecret) {
            Files.writeString(
                    events.resolve("secret.md"), HostileInputsTest.GOOD.formatted("S", "04-05"));
        }
        return root;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path p : all.toList())
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
