package dev.eventail.parser.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every body pattern of the real archives, written as a fixture post under {@code
 * fixtures/posts/body/}: each field of each event found, the post-level findings and the
 * diagnostics are compared with {@code <name>.expected.txt}, read and checked by a person.
 */
class BodyReaderFixturesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "markdown-sessions",
                "html-sessions",
                "programme-slots",
                "day-sessions-with-slots",
                "entries",
                "dated-list",
                "malformed",
                "article",
                "invitation"
            })
    void findsEveryEventWithEveryField(String name) throws IOException {
        Path post = Fixtures.path("posts/body/" + name + ".md");
        String expected =
                Files.readString(
                        Fixtures.path("posts/body/" + name + ".expected.txt"),
                        StandardCharsets.UTF_8);
        assertThat(BodyFixtureRendering.render(post)).isEqualTo(expected);
    }
}
