package dev.eventail.parser.internal.mapping;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.DiagnosticCodes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns a file's bytes into text, choosing the encoding the way an archive of many hands needs:
 * UTF-16 when a byte order mark says so, Windows-1252 when the bytes are not UTF-8 but have the
 * shape of that older encoding, UTF-8 (bad bytes replaced and reported) otherwise. Files holding
 * NUL bytes are binary and not decoded at all.
 */
public final class Decoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {}

    /** The text of {@code bytes}, or null for a binary file (reported). */
    public static @Nullable String decode(
            byte[] bytes, String file, Consumer<Diagnostic> diagnostics) {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xFF;
            int b1 = bytes[1] & 0xFF;
            if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
                Charset utf16 = b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                diagnostics.accept(
                        Diagnostic.info(
                                DiagnosticCodes.ENCODING_UTF16,
                                "the file starts with a UTF-16 byte order mark; read as "
                                        + utf16.name(),
                                SourceRef.of(file, 1)));
                return new String(bytes, 2, bytes.length - 2, utf16);
            }
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            diagnostics.accept(
                    Diagnostic.error(
                            DiagnosticCodes.FILE_BINARY,
                            "the file holds a NUL byte at offset "
                                    + nul
                                    + ": it is binary (or UTF-16 without byte order mark), not"
                                    + " a post; not read",
                            SourceRef.of(file, lineAt(bytes, nul))));
            return null;
        }
        int firstBad = windows1252Shape(bytes);
        if (firstBad >= 0) {
            diagnostics.accept(
                    Diagnostic.warning(
                            DiagnosticCodes.ENCODING_WINDOWS_1252,
                            "the file is not UTF-8 (byte 0x"
                                    + Integer.toHexString(bytes[firstBad] & 0xFF).toUpperCase()
                                    + " at offset "
                                    + firstBad
                                    + ") and holds no UTF-8 sequence: read as Windows-1252",
                            SourceRef.of(file, lineAt(bytes, firstBad))));
            return new String(bytes, WINDOWS_1252);
        }
        return Utf8.decode(bytes, file, diagnostics);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) return i;
        return -1;
    }

    /**
     * The offset of the first non-ASCII byte when no byte above 0x7F starts a well-formed UTF-8
     * sequence (so the file is certainly not UTF-8 and every such byte reads as one Windows-1252
     * character), else -1.
     */
    private static int windows1252Shape(byte[] bytes) {
        int first = -1;
        int i = 0;
        if (bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            return -1;
        }
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = utf8SequenceLength(bytes, i);
            if (length > 0) return -1;
            if (first < 0) first = i;
            i++;
        }
        return first;
    }

    /** The length of the well-formed UTF-8 sequence starting at {@code i}, or 0. */
    private static int utf8SequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        if (b >= 0xC2 && b <= 0xDF) length = 2;
        else if (b >= 0xE0 && b <= 0xEF) length = 3;
        else if (b >= 0xF0 && b <= 0xF4) length = 4;
        else return 0;
        if (i + length > bytes.length) return 0;
        for (int k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) return 0;
        }
        return length;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
