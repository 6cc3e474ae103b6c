package dev.eventail.parser.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Post;
import dev.eventail.parser.DiagnosticCodes;
import dev.eventail.parser.PostParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsAndEncodingsTest {

    static final String HEAD =
            "---\ntitle: Atelier\nevent_start_date: 2025-03-01 14:00:00 +01:00\n---\n\n";

    static List<String> codes(Post post) {
        return post.diagnostics().stream().map(d -> d.code() + "@" + d.source().line()).toList();
    }

    @Test
    void longLinesAreCutAtTheLimit() {
        Post post =
                PostParser.builder()
                        .maxLineLength(50)
                        .build()
                        .parse(HEAD + "x".repeat(80) + "\n" + "y".repeat(60) + "\nfin\n", "a.md");
        assertThat(codes(post)).contains("limit.line-length@6", "limit.line-length@0");
        assertThat(post.body()).contains("x".repeat(50) + "\n").doesNotContain("x".repeat(51));
        assertThat(post.body()).contains("y".repeat(50) + "\nfin");
    }

    @Test
    void linesBeyondTheLimitAreIgnored() {
        Post post =
                PostParser.builder()
                        .maxLines(7)
                        .build()
                        .parse(HEAD + "un\ndeux\ntrois\nquatre\n", "a.md");
        assertThat(codes(post)).contains("limit.lines@7");
        assertThat(post.body()).contains("deux").doesNotContain("trois");
    }

    @Test
    void charactersBeyondTheLimitAreIgnoredFromTheLastWholeLine() {
        Post post =
                PostParser.builder()
                        .maxChars(HEAD.length() + 10)
                        .build()
                        .parse(HEAD + "premier\nsecond\n", "a.md");
        assertThat(codes(post)).contains("limit.size@6");
        assertThat(post.body()).contains("premier").doesNotContain("second");
        assertThat(post.events()).hasSize(1);
    }

    @Test
    void subEventsBeyondTheLimitAreDropped() {
        String programme =
                HEAD
                        + "## Programme\n\n- 9h00 : Accueil\n- 10h00 : Atelier\n- 11h00 : Table ronde\n";
        Post all = PostParser.create().parse(programme, "a.md");
        Post capped = PostParser.builder().maxSubEvents(2).build().parse(programme, "a.md");
        assertThat(all.events().get(0).subEvents()).hasSize(3);
        assertThat(capped.events().get(0).subEvents())
                .containsExactlyElementsOf(all.events().get(0).subEvents().subList(0, 2));
        assertThat(codes(capped)).contains("limit.sub-events@10");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> PostParser.builder().maxLines(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windows1252IsDetectedAndReadCorrectly() {
        byte[] bytes =
                (HEAD.replace("Atelier", "Café – atelier") + "Déjà “classique”.\n")
                        .getBytes(Charset.forName("windows-1252"));
        Post post = PostParser.create().parse(bytes, "a.md");
        assertThat(post.title()).isEqualTo("Café – atelier");
        assertThat(post.body()).contains("Déjà “classique”.");
        assertThat(codes(post)).containsExactly("encoding.windows-1252@2");
    }

    @Test
    void aStrayByteInUtf8StaysUtf8AndIsReportedWithItsOffset() {
        byte[] good = (HEAD + "Café ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9;
        bytes[good.length + 1] = '\n';
        Post post = PostParser.create().parse(bytes, "a.md");
        assertThat(post.body()).contains("Café \uFFFD");
        Diagnostic d = post.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(DiagnosticCodes.ENCODING_INVALID);
        assertThat(d.message()).contains("offset " + good.length);
        assertThat(d.source().line()).isEqualTo(6);
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = ("\uFEFF" + HEAD.replace("Atelier", "Été")).getBytes(cs);
            Post post = PostParser.create().parse(bytes, "a.md");
            assertThat(post.title()).isEqualTo("Été");
            assertThat(post.events()).hasSize(1);
            assertThat(codes(post)).containsExactly("encoding.utf-16@1");
        }
    }

    @Test
    void nulBytesMakeABinaryFileThatIsNotRead() {
        byte[] bytes = (HEAD + "a\0b").getBytes(StandardCharsets.UTF_8);
        Post post = PostParser.create().parse(bytes, "a.md");
        assertThat(post.events()).isEmpty();
        assertThat(codes(post)).containsExactly("file.binary@6");
    }

    @Test
    void aHugeFrontMatterScalarIsRefusedQuickly() {
        Post post =
                PostParser.builder()
                        .maxLineLength(Integer.MAX_VALUE)
                        .maxChars(Integer.MAX_VALUE)
                        .build()
                        .parse("---\ntitle: " + "a".repeat(3_000_000) + "\n---\n", "a.md");
        assertThat(codes(post)).containsExactly("yaml.limit@2");
    }
}
