package dev.eventail.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor and the conversions start with the launcher's JVM options, then the benchmark's. */
class JvmOptionsTest {

    @Test
    void optionsAreReadWithoutCommentsOrBlankLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jvm.options");
        Files.writeString(
                file,
                "# why\n\n-XX:+UseSerialGC   # the collector\n  -Xss2m\n",
                StandardCharsets.UTF_8);
        assertThat(WholeRun.launcherJvmOptions(file)).containsExactly("-XX:+UseSerialGC", "-Xss2m");
        assertThat(WholeRun.launcherJvmOptions(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void theRepositorysFileNamesTheSerialCollector() throws IOException {
        // the tests run in benchmarks/: the file ./eventail reads is one folder up
        assertThat(WholeRun.launcherJvmOptions(Path.of("..", "cli", "jvm.options")))
                .contains("-XX:+UseSerialGC");
    }

    @Test
    void givenOptionsComeLastAndAGivenCollectorReplacesTheFilesOne() {
        List<String> file = List.of("-XX:+UseSerialGC", "-Xss2m");
        assertThat(WholeRun.effectiveJvmOptions(file, List.of("-Xmx256m")))
                .containsExactly("-XX:+UseSerialGC", "-Xss2m", "-Xmx256m");
        assertThat(WholeRun.effectiveJvmOptions(file, List.of("-XX:+UseG1GC", "-Xmx256m")))
                .containsExactly("-Xss2m", "-XX:+UseG1GC", "-Xmx256m");
    }
}
