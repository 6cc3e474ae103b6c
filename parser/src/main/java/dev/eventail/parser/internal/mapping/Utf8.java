package dev.eventail.parser.internal.mapping;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.DiagnosticCodes;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Decodes a file's bytes as UTF-8, reporting each run of bad bytes with its offset and line. */
public final class Utf8 {

    /** Bad runs reported one by one before a single summary. */
    private static final int MAX_REPORTED = 10;

    private Utf8() {}

    /** The text of {@code bytes}, a leading byte order mark removed, bad bytes made U+FFFD. */
    public static String decode(byte[] bytes, String file, Consumer<Diagnostic> diagnostics) {
        int from = 0;
        if (bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        // The JDK's own decoding is much faster than a decoder loop, and makes every bad run
        // U+FFFD: without one in its result the bytes were valid UTF-8 and it is the text. With
        // one (bad bytes, or a U+FFFD written in the file), the loop below finds where.
        String fast = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return fast;
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        int bad = 0;
        int line = 1;
        int lineCountedUpTo = from;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                int offset = in.position();
                for (int i = lineCountedUpTo; i < offset; i++) if (bytes[i] == '\n') line++;
                lineCountedUpTo = offset;
                bad++;
                if (bad <= MAX_REPORTED) {
                    diagnostics.accept(
                            Diagnostic.warning(
                                    DiagnosticCodes.ENCODING_INVALID,
                                    r.length()
                                            + " byte(s) at offset "
                                            + offset
                                            + " are not UTF-8; replaced by \uFFFD",
                                    SourceRef.of(file, line)));
                }
                out.put('\uFFFD');
                in.position(offset + r.length());
                continue;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            break;
        }
        decoder.flush(out);
        if (bad > MAX_REPORTED) {
            diagnostics.accept(
                    Diagnostic.warning(
                            DiagnosticCodes.ENCODING_INVALID,
                            (bad - MAX_REPORTED) + " more runs of bytes are not UTF-8",
                            SourceRef.file(file)));
        }
        out.flip();
        return out.toString();
    }
}
