package dev.eventail.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveLayoutTest {

    @Test
    void rootIsTheShallowestConfigFolder() {
        assertThat(
                        ArchiveLayout.root(
                                List.of(
                                        "repo/site/_config.yml",
                                        "repo/site/_evenements/a.md",
                                        "repo/site/vendor/theme/_config.yml")))
                .isEqualTo("repo/site/");
        assertThat(ArchiveLayout.root(List.of("_config.yml", "_evenements/a.md"))).isEmpty();
    }

    @Test
    void withoutConfigASingleTopFolderIsStripped() {
        assertThat(ArchiveLayout.root(List.of("posts-main/a.md", "posts-main/b/c.md")))
                .isEqualTo("posts-main/");
        assertThat(ArchiveLayout.root(List.of("a/a.md", "b/c.md"))).isEmpty();
        assertThat(ArchiveLayout.root(List.of("a.md"))).isEmpty();
    }

    @Test
    void namesThatClimbOutOrAreAbsoluteAreRefused() {
        assertThat(ArchiveLayout.safeName("./site/_evenements/a.md"))
                .isEqualTo("site/_evenements/a.md");
        assertThat(ArchiveLayout.safeName("site//a.md")).isEqualTo("site/a.md");
        assertThat(ArchiveLayout.safeName("../../etc/passwd")).isNull();
        assertThat(ArchiveLayout.safeName("site/../../x.md")).isNull();
        assertThat(ArchiveLayout.safeName("/etc/passwd")).isNull();
        assertThat(ArchiveLayout.safeName("C:\\Windows\\x.md")).isNull();
        assertThat(ArchiveLayout.safeName("..\\x.md")).isNull();
    }
}
