package dev.eventail.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {

    @Test
    void postExtensionsAnywhereExceptSkippedFolders() {
        CandidateFilter all = CandidateFilter.all();

        assertThat(all.accepts("_evenements/mip-2021.markdown")).isTrue();
        assertThat(all.accepts("content/articles/2021-03-21-evenement.md")).isTrue();
        assertThat(all.accepts("seed/000_4c64aef3ee1b2a6e.txt")).isTrue();
        assertThat(all.accepts("_evenements/Page.HTML")).isTrue();
        assertThat(all.accepts("_config.yml")).isFalse();
        assertThat(all.accepts("_site/agenda/index.html")).isFalse();
        assertThat(all.accepts("_layouts/evenement.html")).isFalse();
        assertThat(all.accepts(".git/description.md")).isFalse();
        assertThat(all.accepts("node_modules/x/README.md")).isFalse();
        assertThat(all.accepts("_drafts/idee.md")).isFalse();
        assertThat(all.accepts(".md")).isFalse();
    }

    @Test
    void draftsFolderIsReadWithDrafts() {
        assertThat(new CandidateFilter(List.of(), List.of(), true).accepts("_drafts/idee.md"))
                .isTrue();
    }

    @Test
    void globWithoutSlashMatchesFileNamesWithSlashMatchesPaths() {
        CandidateFilter f =
                new CandidateFilter(List.of("_evenements/**"), List.of("*-2020*"), false);

        assertThat(f.accepts("_evenements/mip-2021.markdown")).isTrue();
        assertThat(f.accepts("_evenements/sub/mip-2021.markdown")).isTrue();
        assertThat(f.accepts("_evenements/mip-2020.markdown")).isFalse();
        assertThat(f.accepts("_posts/mip-2021.markdown")).isFalse();
    }
}
