package dev.eventail.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every front-matter fixture cut at every line end and every third character: whatever is left,
 * parsing gives a post and diagnostics, never an exception or an internal error.
 */
class TruncatedInputTest {

    @Test
    void everyPrefixOfEveryFixtureIsReadWithoutInternalErrors() throws IOException {
        PostParser parser = PostParser.create();
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Fixtures.path("posts/frontmatter"))) {
            fixtures = files.sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(20);
        int parsed = 0;
        for (Path fixture : fixtures) {
            String text = Files.readString(fixture);
            for (int cut = 0; cut <= text.length(); cut++) {
                boolean lineEnd = cut < text.length() && text.charAt(cut) == '\n';
                if (cut % 3 != 0 && !lineEnd && cut != text.length()) continue;
                Post post = parser.parse(text.substring(0, cut), "_evenements/cut.md");
                assertThat(post.diagnostics())
                        .as("%s cut at %d", fixture.getFileName(), cut)
                        .extracting(Diagnostic::code)
                        .doesNotContain("internal.error");
                parsed++;
            }
        }
        assertThat(parsed).isGreaterThan(2000);
    }
}
