package dev.eventail.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Event;
import dev.eventail.model.Post;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the library snippet of the README (notes/a.md) compiling and doing what it says. */
class ReadmeSnippetTest {

    /** The README snippet, verbatim between the markers. */
    static void readmeSnippet(Path siteRoot) throws IOException {
        // --- README snippet start
        ArchiveReader archive = ArchiveReader.open(siteRoot); // reads _config.yml if present
        try (Stream<Post> posts = archive.posts()) {
            posts.forEach(
                    post -> {
                        for (Event e : post.events()) {
                            System.out.println(e.id() + " " + e.start() + " " + e.title());
                            for (Event s : e.subEvents()) System.out.println("  " + s.title());
                        }
                        post.diagnostics().forEach(System.err::println);
                    });
        }
        // --- README snippet end
    }

    @Test
    void snippetPrintsTheEventsOfASite() throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            readmeSnippet(Fixtures.path("sites/jekyll-site"));
        } finally {
            System.setOut(out);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"))
                .isEqualTo(
                        "evenements/atelier-algorithmes 2019-11-29T16:00:00+01:00 Atelier"
                                + " « algorithmes »\n"
                                + "evenements/meetup-design 2020-03-11T18:30:00+01:00 Meetup"
                                + " design\n");
    }
}
