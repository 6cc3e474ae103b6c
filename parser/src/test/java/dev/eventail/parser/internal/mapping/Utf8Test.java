package dev.eventail.parser.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decoding gives the JDK's text, and a warning exactly when the bytes are not UTF-8. */
class Utf8Test {

    @Test
    void randomBytesDecodeAsTheJdkDoesAndBadOnesAreReported() {
        Random random = new Random(7);
        int invalid = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = sample(random);
            List<Diagnostic> diagnostics = new ArrayList<>();
            String text = Utf8.decode(bytes, "p.md", diagnostics::add);
            assertThat(text).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
            boolean valid = isValid(bytes);
            assertThat(diagnostics.isEmpty()).as("valid: %s", valid).isEqualTo(valid);
            if (!valid) invalid++;
        }
        assertThat(invalid).isBetween(1_000, 19_000);
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsKeptWithoutWarning() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        byte[] bytes = "titre \uFFFD ok\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.decode(bytes, "p.md", diagnostics::add)).isEqualTo("titre \uFFFD ok\n");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void aBadByteIsReportedOnItsLine() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xE9, 't', 'e', '\n'};
        assertThat(Utf8.decode(bytes, "p.md", diagnostics::add)).isEqualTo("a\nb\n\uFFFDte\n");
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).source().line()).isEqualTo(3);
    }

    /** Mostly text (ASCII, accents, emoji), sometimes a stray or truncated byte. */
    private static byte[] sample(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(40);
        for (int k = 0; k < n; k++) {
            switch (random.nextInt(5)) {
                case 0 -> b.append("é");
                case 1 -> b.append("\uD83D\uDE00");
                case 2 -> b.append('\n');
                default -> b.append((char) ('a' + random.nextInt(26)));
            }
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(3) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(128));
        }
        return bytes;
    }

    private static boolean isValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
