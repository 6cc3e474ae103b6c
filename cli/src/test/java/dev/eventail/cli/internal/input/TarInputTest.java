package dev.eventail.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarInputTest {

    @TempDir Path tmp;

    private Path tar(String... namesAndContents) throws IOException {
        Path tar = tmp.resolve("a.tar.gz");
        try (OutputStream f = Files.newOutputStream(tar);
                TarArchiveOutputStream t =
                        new TarArchiveOutputStream(new GzipCompressorOutputStream(f))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] b = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry(namesAndContents[i]);
                e.setSize(b.length);
                t.putArchiveEntry(e);
                t.write(b);
                t.closeArchiveEntry();
            }
        }
        return tar;
    }

    private static List<String> read(PostInput input) throws IOException {
        List<String> out = new ArrayList<>();
        for (Iterator<SourceFile> it = input.files(); it.hasNext(); ) {
            SourceFile f = it.next();
            out.add(f.name() + "=" + new String(f.read(1000), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void postsComeInNameOrderWhateverTheArchiveOrderEvenInManySmallChunks() throws IOException {
        Path tar =
                tar(
                        "site/_evenements/c.md", "ccc",
                        "site/_config.yml", "timezone: Europe/Paris\n",
                        "site/_evenements/a.md", "aaa",
                        "site/eventail.yml", "title: T\n",
                        "site/_evenements/b.md", "bbb",
                        "site/_layouts/x.html", "layout");
        for (long chunk : new long[] {1, 4, 1 << 20}) {
            try (TarInput input =
                    new TarInput("a.tar.gz", tar, CandidateFilter.all(), 1000, chunk)) {
                assertThat(input.count()).isEqualTo(3);
                assertThat(read(input))
                        .as("chunk of %d bytes", chunk)
                        .containsExactly(
                                "_evenements/a.md=aaa",
                                "_evenements/b.md=bbb",
                                "_evenements/c.md=ccc");
                assertThat(input.site().timezone()).hasValue(java.time.ZoneId.of("Europe/Paris"));
                assertThat(input.datasetFile()).isEqualTo("title: T\n");
            }
        }
    }

    @Test
    void aFileAboveTheLimitIsRefusedWhenRead() throws IOException {
        Path tar = tar("a.md", "x".repeat(50), "b.md", "small");
        try (TarInput input = new TarInput("a.tar.gz", tar, CandidateFilter.all(), 20, 1 << 20)) {
            Iterator<SourceFile> files = input.files();
            SourceFile big = files.next();
            assertThat(big.name()).isEqualTo("a.md");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> big.read(20))
                    .isInstanceOf(SourceFile.TooLargeException.class);
            assertThat(new String(files.next().read(20), StandardCharsets.UTF_8))
                    .isEqualTo("small");
        }
    }

    @Test
    void aTruncatedArchiveKeepsWhatCameBeforeTheDamage() throws IOException {
        java.util.Random random = new java.util.Random(7);
        String noise =
                random.ints(6000, 'a', 'z' + 1)
                        .collect(
                                StringBuilder::new,
                                StringBuilder::appendCodePoint,
                                StringBuilder::append)
                        .toString();
        Path whole = tar("a.md", noise, "b.md", noise.toUpperCase(java.util.Locale.ROOT));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut =
                Files.write(
                        tmp.resolve("cut.tar.gz"),
                        java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        try (PostInput input =
                Inputs.open("cut.tar.gz", cut, CandidateFilter.all(), Set.of(), 1 << 20, 1 << 20)) {
            assertThat(input.diagnostics()).extracting(d -> d.code()).contains("archive.truncated");
            assertThat(input.count()).isGreaterThanOrEqualTo(1);
        }
    }
}
