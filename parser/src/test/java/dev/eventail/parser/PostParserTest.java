package dev.eventail.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Post;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PostParserTest {

    private static final String POST =
            "---\ntitle: Atelier\nevent_start_date: 2021-11-02 00:00:00 +01:00\n"
                    + "lieu: Lieu de la transformation publique\n---\n\nCorps.\n";

    @Test
    void defaultsToParis() {
        assertThat(PostParser.create().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(PostParser.builder().zone(ZoneId.of("America/Cayenne")).build().zone())
                .isEqualTo(ZoneId.of("America/Cayenne"));
    }

    @Test
    void placeholderTextIsNoEventWhateverItsCase() {
        for (String body : List.of("Lorem ipsum dolor sit amet.", "LOREM IPSUM", "x lOrEm IpSuM")) {
            Post post = PostParser.create().parse(POST.replace("Corps.", body), "a.md");
            assertThat(post.events()).as(body).isEmpty();
            assertThat(post.diagnostics())
                    .extracting(Diagnostic::code)
                    .as(body)
                    .contains(DiagnosticCodes.POST_PLACEHOLDER);
        }
        // "lorem" alone, or the words apart, are no placeholder
        for (String body : List.of("Lorem", "lorem  ipsum", "lorem\nipsum", "Lorem İpsum")) {
            Post post = PostParser.create().parse(POST.replace("Corps.", body), "a.md");
            assertThat(post.events()).as(body).hasSize(1);
        }
    }

    @Test
    void midnightWithOffsetStaysOnItsOwnCalendarDay() {
        Post post = PostParser.create().parse(POST, "_evenements/atelier.md");
        assertThat(post.events().get(0).start().iso()).isEqualTo("2021-11-02");
    }

    @Test
    void offsetThatIsNotTheZonesIsReadAsTheSameInstant() {
        Post post =
                PostParser.create()
                        .parse("---\nevent_start_date: 2021-11-02 13:00:00 Z\n---\n", "a.md");
        assertThat(post.events().get(0).start().iso()).isEqualTo("2021-11-02T14:00:00+01:00");
        assertThat(post.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("date.offset-mismatch");
    }

    @Test
    void badBytesAreReplacedAndReportedWithTheirOffset() {
        byte[] head = "---\ntitle: Caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\nevent_start_date: 2021-11-02\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[3 + head.length + 1 + tail.length];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(head, 0, bytes, 3, head.length);
        bytes[3 + head.length] = (byte) 0xE9; // "é" in Latin-1
        System.arraycopy(tail, 0, bytes, 4 + head.length, tail.length);
        Post post = PostParser.create().parse(bytes, "a.md");
        assertThat(post.title()).isEqualTo("Caf\uFFFD");
        assertThat(post.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo("encoding.invalid");
                            assertThat(d.source().line()).isEqualTo(2);
                            assertThat(d.message()).contains("offset " + (3 + head.length));
                        });
        assertThat(post.events().get(0).start().iso()).isEqualTo("2021-11-02");
    }

    @Test
    void emptyAndOddInputsNeverThrow() {
        PostParser parser = PostParser.create();
        assertThat(parser.parse("", "a.md").diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("frontmatter.missing");
        assertThat(parser.parse("---", "a.md").diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("frontmatter.unclosed");
        assertThat(parser.parse("---\n---\n", "a.md").events()).isEmpty();
        assertThat(parser.parse("---\nevent_start_date: demain\n---\n", "a.md").diagnostics())
                .extracting(Diagnostic::code)
                .contains("date.unparseable", "event.no-date");
    }

    @Test
    void sameResultsFromManyThreads() throws Exception {
        PostParser parser = PostParser.create();
        Post expected = parser.parse(POST, "_evenements/atelier.md");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Post>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> parser.parse(POST, "_evenements/atelier.md")));
            }
            for (Future<Post> f : futures) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }
}
