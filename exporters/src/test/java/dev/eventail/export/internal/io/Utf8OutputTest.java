package dev.eventail.export.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Output} must write what the JDK's {@code OutputStreamWriter} wrote before it, for
 * every kind of character and every way of cutting the text into calls, flushes and buffer refills.
 */
class Utf8OutputTest {

    private static final int[] BUFFER_SIZES = {4, 5, 7, 64, 1 << 16};

    /** One string of each class, the malformed ones included. */
    private static final List<String> CLASSES =
            List.of(
                    "",
                    "plain ASCII with controls \u0000\u0001\t\n\r\u007F",
                    "Latin-1 and 2 bytes: é à ç ß \u0080 \u00FF \u07FF",
                    "3 bytes: \u0800 ’ « » € \u2028 \uFFFD \uFEFF \uFFFF",
                    "4 bytes: \uD83D\uDE00 \uD800\uDC00 \uDBFF\uDFFF",
                    "lone high \uD83D then text",
                    "lone low \uDE00 then text",
                    "low then high \uDE00\uD83D x",
                    "two highs \uD83D\uD83D\uDE00",
                    "ends with a high \uD83D",
                    "\uDE00 starts with a low");

    @Test
    void encodesEveryClassOfCharacterAsTheJdkDoes() throws IOException {
        for (String s : CLASSES) {
            for (int size : BUFFER_SIZES) {
                assertThat(mine(size, s)).as("%s, buffer %d", s, size).isEqualTo(jdk(s));
            }
        }
    }

    @Test
    void eachCharacterAloneAndAllInOneString() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            String s = "x" + c + "y";
            // a lone surrogate is '?' in both; String.getBytes agrees when nothing is left pending
            assertThat(mine(1 << 16, s)).as("U+%04X", (int) c).isEqualTo(utf8(s));
            all.append(c);
        }
        all.append('\uFFFF');
        for (int size : BUFFER_SIZES) {
            assertThat(mine(size, all.toString())).as("buffer %d", size).isEqualTo(jdk(all));
        }
        assertThat(mine(1 << 16, "\u00E9")).containsExactly(0xC3, 0xA9);
        assertThat(mine(1 << 16, "\uD83D\uDE00")).containsExactly(0xF0, 0x9F, 0x98, 0x80);
        assertThat(mine(1 << 16, "a\uDE00b")).containsExactly('a', '?', 'b');
    }

    @Test
    void aSurrogatePairCutBetweenTwoCallsOrAFlushIsStillOnePair() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes, 8);
        out.write("a\uD83D");
        out.flush();
        assertThat(bytes.toByteArray()).containsExactly('a');
        out.write("\uDE00b");
        out.write("\uD83D");
        out.write("\uDE00");
        out.write("\uD83D");
        out.write(Utf8Output.encode(" ASCII "));
        out.flush();
        assertThat(bytes.toByteArray())
                .isEqualTo(utf8("a\uD83D\uDE00b\uD83D\uDE00? ASCII "))
                .isEqualTo(
                        jdkCalls(
                                w -> {
                                    w.write("a\uD83D");
                                    w.flush();
                                    w.write("\uDE00b");
                                    w.append('\uD83D').append('\uDE00');
                                    w.append('\uD83D');
                                    w.write(" ASCII ");
                                    w.flush();
                                }));
    }

    @Test
    void randomCallsGiveTheJdksBytes() throws IOException {
        Random random = new Random(11);
        char[] alphabet =
                "aZ \"\\<>&\n\r\u0000\u007F\u0080é\u07FF\u0800’\uFFFD\uD83D\uDE00".toCharArray();
        for (int round = 0; round < 2000; round++) {
            int size = BUFFER_SIZES[random.nextInt(BUFFER_SIZES.length)];
            List<String> pieces = new ArrayList<>();
            List<Integer> kinds = new ArrayList<>();
            for (int k = random.nextInt(30); k > 0; k--) {
                StringBuilder b = new StringBuilder();
                for (int n = random.nextInt(20); n > 0; n--) {
                    b.append(alphabet[random.nextInt(alphabet.length)]);
                }
                pieces.add(b.toString());
                kinds.add(random.nextInt(5));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Output out = new Utf8Output(bytes, size);
            for (int k = 0; k < pieces.size(); k++) {
                String p = pieces.get(k);
                switch (kinds.get(k)) {
                    case 0 -> out.write(p);
                    case 1 -> out.write("<" + p + ">", 1, p.length() + 1);
                    case 2 -> {
                        for (int i = 0; i < p.length(); i++) out.write(p, i, i + 1);
                    }
                    case 3 -> out.write(Utf8Output.encode("<" + p + ">"));
                    default -> {
                        out.write(p);
                        out.flush();
                    }
                }
            }
            out.flush();
            byte[] expected =
                    jdkCalls(
                            w -> {
                                for (int k = 0; k < pieces.size(); k++) {
                                    String p = pieces.get(k);
                                    switch (kinds.get(k)) {
                                        case 3 -> w.write("<" + p + ">");
                                        case 4 -> {
                                            w.write(p);
                                            w.flush();
                                        }
                                        default -> w.write(p);
                                    }
                                }
                                w.flush();
                            });
            assertThat(bytes.toByteArray()).as("round %d: %s", round, pieces).isEqualTo(expected);
        }
    }

    @Test
    void preEncodedBytesLongerThanTheBufferGoStraightThrough() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes, 4);
        out.write("ab");
        out.write(Utf8Output.encode("<longer than four>"));
        out.writeAscii('.');
        out.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("ab<longer than four>.");
    }

    @Test
    void aBufferTooSmallForOneCharacterIsRefused() {
        assertThatThrownBy(() -> new Utf8Output(new ByteArrayOutputStream(), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3");
    }

    private interface Calls {
        void on(Writer w) throws IOException;
    }

    /** What the writers did before: a BufferedWriter on an OutputStreamWriter. */
    private static byte[] jdkCalls(Calls calls) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w =
                new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        calls.on(w);
        return bytes.toByteArray();
    }

    private static byte[] jdk(CharSequence s) throws IOException {
        return jdkCalls(
                w -> {
                    w.append(s);
                    w.flush();
                });
    }

    private static byte[] mine(int size, String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes, size);
        out.write(s);
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
