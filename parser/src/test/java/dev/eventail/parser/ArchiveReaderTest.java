package dev.eventail.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Event;
import dev.eventail.model.Post;
import java.io.IOException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveReaderTest {

    @Test
    void listsCandidatePostsSortedSkippingGeneratedAndToolFolders() throws IOException {
        ArchiveReader archive = ArchiveReader.open(Fixtures.path("sites/jekyll-site"));
        assertThat(archive.files())
                .containsExactly(
                        "_evenements/atelier-<<-algorithmes->>.markdown",
                        "_evenements/meetup-design.markdown",
                        "_posts/2021-03-04-bienvenue.md");
        assertThat(archive.withDrafts().files()).contains("_drafts/brouillon.md").hasSize(4);
    }

    @Test
    void postsGetIdsUrlsAndAbsoluteImagesFromTheSite() throws IOException {
        ArchiveReader archive = ArchiveReader.open(Fixtures.path("sites/jekyll-site"));
        List<Post> posts = archive.posts().toList();
        assertThat(posts)
                .extracting(p -> p.source().file())
                .containsExactlyElementsOf(archive.files());

        Post meetup = posts.get(1);
        Event e = meetup.events().get(0);
        assertThat(e.id()).isEqualTo("evenements/meetup-design");
        assertThat(e.url()).isEqualTo("https://www.example.gouv.fr/site/agenda/meetup-design/");
        assertThat(e.images())
                .containsExactly("https://www.example.gouv.fr/site/uploads/meetup.jpg");
        assertThat(e.start().iso()).isEqualTo("2020-03-11T18:30:00+01:00");

        assertThat(posts.get(0).events().get(0).id()).isEqualTo("evenements/atelier-algorithmes");
        Post blog = posts.get(2);
        assertThat(blog.events()).isEmpty();
        assertThat(blog.date().iso()).isEqualTo("2021-03-04");
        assertThat(blog.url())
                .isEqualTo("https://www.example.gouv.fr/site/blog/2021/03/04/bienvenue/");
    }

    @Test
    void folderWithoutConfigKeepsTwoSameNamedPostsApart() throws IOException {
        ArchiveReader archive = ArchiveReader.open(Fixtures.path("sites/plain-folder"));
        assertThat(archive.site().url()).isEmpty();
        assertThat(archive.files())
                .containsExactly(
                        "content/articles/2024-07-29-ateliers.md",
                        "content/articles/2025-01-23-ateliers.md");
        assertThat(archive.posts().map(Post::slug).toList())
                .containsExactly("2024-07-29-ateliers", "2025-01-23-ateliers");
    }

    @Test
    void aMissingFileIsAnErrorDiagnostic() throws IOException {
        ArchiveReader archive = ArchiveReader.open(Fixtures.path("sites/plain-folder"));
        Post post = archive.read("content/articles/absent.md");
        assertThat(post.events()).isEmpty();
        assertThat(post.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo("file.unreadable");
                            assertThat(d.source().file()).isEqualTo("content/articles/absent.md");
                        });
        assertThat(archive.read("../../jekyll-site/_config.yml").diagnostics().get(0).code())
                .isEqualTo("file.unreadable");
    }

    @Test
    void openingAFileIsRefused() {
        assertThatThrownBy(() -> ArchiveReader.open(Fixtures.path("sites/jekyll-site/_config.yml")))
                .isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void parsePathUsesThePathUnderTheSiteRoot() throws IOException {
        SiteConfig site = SiteConfig.read(Fixtures.path("sites/jekyll-site"));
        PostParser parser = PostParser.builder().site(site).build();
        Post post =
                parser.parse(Fixtures.path("sites/jekyll-site/_evenements/meetup-design.markdown"));
        assertThat(post.source().file()).isEqualTo("_evenements/meetup-design.markdown");
        Post alone =
                PostParser.create()
                        .parse(
                                Fixtures.path(
                                        "sites/jekyll-site/_evenements/meetup-design.markdown"));
        assertThat(alone.source().file()).isEqualTo("meetup-design.markdown");
        assertThat(alone.events().get(0).id()).isEqualTo("post/meetup-design");
    }
}
