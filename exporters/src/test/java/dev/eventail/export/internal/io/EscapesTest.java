package dev.eventail.export.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Escaping and encoding in one pass must give what the writers gave before: the text escaped into a
 * {@code StringBuilder}, then encoded by the JDK's writer.
 */
class EscapesTest {

    private static final Escapes RULE =
            Escapes.none()
                    .with('\\', "\\\\")
                    .with('"', "\\\"")
                    .with('\n', "\\n")
                    .with('\u0000', "\\u0000")
                    .with('\uFFFD', "\\uFFFD")
                    .with('é', "&eacute;");

    @Test
    void appendToReplacesOnlyTheRulesCharacters() {
        StringBuilder b = new StringBuilder("[");
        RULE.appendTo(b, "a\\b\"c\nd\u0000e\uFFFDfég’");
        assertThat(b).hasToString("[a\\\\b\\\"c\\nd\\u0000e\\uFFFDf&eacute;g’");
    }

    @Test
    void escapingWhileEncodingGivesTheBytesOfEscapingThenEncoding() throws IOException {
        Random random = new Random(5);
        char[] alphabet = "ab \\\"\n\u0000\r<é’\uFFFD\uD83D\uDE00\u0080\u07FF\u0800".toCharArray();
        int[] sizes = {4, 5, 9, 1 << 16};
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(25); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            // before it, sometimes a high surrogate left pending by the previous write
            String before = random.nextBoolean() ? "x\uD83D" : "x";
            int size = sizes[random.nextInt(sizes.length)];

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Output out = new Utf8Output(bytes, size);
            out.write(before);
            out.write(s, RULE);
            out.writeAscii('|');
            out.flush();

            StringBuilder escaped = new StringBuilder(before);
            RULE.appendTo(escaped, s);
            escaped.append('|');
            assertThat(bytes.toByteArray())
                    .as("round %d: %s", round, s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(jdk(escaped.toString()));
        }
    }

    @Test
    void aLaterRuleForTheSameCharacterReplacesTheEarlierOne() {
        Escapes rule = RULE.with('é', "e").with('"', "'");
        StringBuilder b = new StringBuilder();
        rule.appendTo(b, "\"é\"");
        assertThat(b).hasToString("'e'");
        StringBuilder unchanged = new StringBuilder();
        RULE.appendTo(unchanged, "\"é\"");
        assertThat(unchanged).hasToString("\\\"&eacute;\\\"");
    }

    @Test
    void surrogatesCannotBeEscaped() {
        assertThatThrownBy(() -> Escapes.none().with('\uD83D', "?"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d83d");
    }

    private static byte[] jdk(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w =
                new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        w.write(s);
        w.flush();
        return bytes.toByteArray();
    }
}
