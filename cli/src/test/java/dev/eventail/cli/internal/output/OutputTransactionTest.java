package dev.eventail.cli.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventail.export.WrittenFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTransactionTest {

    @TempDir Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void nothingAppearsBeforeCommitAndEverythingAfter() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "old");
        try (OutputTransaction tx = OutputTransaction.begin(dir)) {
            try (OutputStream out = tx.open("a.csv", "csv", "text/csv")) {
                out.write("new".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("old");
            WrittenFile f = tx.written().get(0);
            assertThat(f.size()).isEqualTo(3);
            assertThat(f.sha256())
                    .isEqualTo("11507a0e2f5e69d5dfa40a62a1bd7b6ee57e6bcd85c67c9b8431b36fff21c437");
            tx.commit();
        }
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("new");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void closingWithoutCommitRollsBack() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "old");
        try (OutputTransaction tx = OutputTransaction.begin(dir)) {
            OutputStream out = tx.open("a.csv", "csv", "text/csv");
            out.write("half".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertThat(filesIn(dir)).isEqualTo(2);
        }
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void twoOutputsWithOneNameOrANameWithAFolderAreRefused() throws IOException {
        try (OutputTransaction tx = OutputTransaction.begin(dir)) {
            tx.open("a.csv", "csv", "text/csv").close();
            assertThatThrownBy(() -> tx.open("a.csv", "other", "text/csv"))
                    .hasMessageContaining(
                            "two outputs of this run are named a.csv (csv and other)");
            assertThatThrownBy(() -> tx.open("../x.csv", "csv", "text/csv"))
                    .hasMessageContaining("not a plain file name");
        }
    }
}
