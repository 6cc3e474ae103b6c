package dev.eventail.cli.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.cli.internal.Run;
import dev.eventail.fixtures.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveInputTest {

    @TempDir Path tmp;

    /** The sample site's files, shuffled the way a real tar lists them (not sorted). */
    static List<Path> siteFiles(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            List<Path> files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
            Collections.sort(files);
            Collections.reverse(files);
            return files;
        }
    }

    static Path zip(Path site, Path zip, String prefix) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path f : siteFiles(site)) {
                z.putNextEntry(
                        new ZipEntry(prefix + site.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return zip;
    }

    static Path tarGz(Path site, Path tar, String prefix) throws IOException {
        try (OutputStream file = Files.newOutputStream(tar);
                TarArchiveOutputStream t =
                        new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path f : siteFiles(site)) {
                TarArchiveEntry e =
                        new TarArchiveEntry(
                                prefix + site.relativize(f).toString().replace('\\', '/'));
                byte[] bytes = Files.readAllBytes(f);
                e.setSize(bytes.length);
                t.putArchiveEntry(e);
                t.write(bytes);
                t.closeArchiveEntry();
            }
        }
        return tar;
    }

    private Map<String, String> convert(Path input, String name) throws IOException {
        Path out = tmp.resolve(name);
        Run run = Run.of("convert", input.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> files = ConvertCommandTest.contents(out);
        // report.json names the input as given; everything else must be identical
        files.put("report.json", files.get("report.json").replace(input.toString(), "INPUT"));
        return files;
    }

    @Test
    void zipAndTarGzGiveTheFilesTheFolderGives() throws IOException {
        Path site = Fixtures.path("sample-site");
        Map<String, String> folder = convert(site, "folder");
        Map<String, String> zipped =
                convert(zip(site, tmp.resolve("site.zip"), "sample-site-main/"), "zip");
        Map<String, String> tarred = convert(tarGz(site, tmp.resolve("site.tar.gz"), "./"), "tar");

        assertThat(zipped).isEqualTo(folder);
        assertThat(tarred).isEqualTo(folder);
        assertThat(folder.get("events.txt")).contains("evenements/mois-de-la-fabrique-2025");
    }

    @Test
    void unsafeEntriesAreReportedAndNeverRead() throws IOException {
        Path zip = tmp.resolve("evil.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("../../escape.md"));
            z.write("---\ntitle: x\n---\n".getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("ok.md"));
            z.write(
                    "---\ntitle: ok\nevent_start_date: 2025-01-01 10:00:00 +01:00\n---\n"
                            .getBytes());
            z.closeEntry();
        }
        Path out = tmp.resolve("out");
        Run run = Run.of("convert", zip.toString(), "--out", out.toString(), "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("report.json")))
                .contains("archive.unsafe-entry")
                .contains("../../escape.md");
        assertThat(run.out()).contains("Read 1 file ");
        assertThat(tmp.getParent().resolve("escape.md")).doesNotExist();
    }
}
