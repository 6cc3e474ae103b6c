package dev.eventail.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorTest {

    @Test
    void splitsFrontMatterFromBody() {
        Floor.Split split = Floor.split("---\ntitle: A\n---\n\nBody **here**");
        assertThat(split.frontMatter()).isEqualTo("title: A\n");
        assertThat(split.body()).isEqualTo("\nBody **here**");

        assertThat(Floor.split("No front matter").frontMatter()).isEmpty();
        assertThat(Floor.split("---\ntitle: never closed\n").body())
                .isEqualTo("---\ntitle: never closed\n");
    }

    @Test
    void listsPostFilesSortedAndSkipsWhatSitesDoNotPublish(@TempDir Path root) throws IOException {
        for (String f :
                List.of(
                        "_evenements/b.markdown",
                        "_evenements/a.md",
                        "content/articles/c.md",
                        "_site/agenda/index.html",
                        ".git/HEAD.md",
                        "_config.yml",
                        "generated.tsv")) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), "---\ntitle: x\n---\nbody\n");
        }
        assertThat(Floor.postFiles(root).stream().map(p -> root.relativize(p).toString()))
                .containsExactly(
                        "_evenements/a.md", "_evenements/b.markdown", "content/articles/c.md");
    }

    @Test
    void measuresEveryFileOnceWhateverTheThreads(@TempDir Path root) throws Exception {
        ArchiveGenerator.Summary summary = ArchiveGenerator.write(root, 40, 3);
        List<Path> files = Floor.postFiles(root);

        Floor.Result one = Floor.measure(files, 1);
        Floor.Result two = Floor.measure(files, 2);

        assertThat(one.files()).isEqualTo(40);
        assertThat(one.bytes()).isEqualTo(summary.bytes());
        assertThat(two.bytes()).isEqualTo(summary.bytes());
        assertThat(two.nodes()).isEqualTo(one.nodes()).isPositive();
        assertThat(one.yamlFailures()).isZero();
        assertThat(two.line())
                .startsWith("FLOOR files=40 bytes=" + summary.bytes() + " threads=2 ");
    }
}
