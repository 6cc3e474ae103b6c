package dev.eventail.export.internal.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines in UTF-8 with CRLF ends, folded so that no physical line is longer
 * than 75 octets (RFC 5545 §3.1).
 *
 * <p>ical4j's own {@code FoldingWriter} counts UTF-16 chars, not octets, so a line of accented
 * French text could exceed 75 octets; this one counts octets and never cuts a UTF-8 sequence.
 */
final class FoldedLineWriter {

    static final int MAX_OCTETS = 75;

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] CRLF_SPACE = {'\r', '\n', ' '};

    private final OutputStream out;

    FoldedLineWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * Writes every line of {@code text}, whose lines end with CRLF (as ical4j's toString() gives).
     * The text is encoded once, whole, and cut into lines as bytes: CR and LF are single octets in
     * UTF-8, and no surrogate pair can straddle them, so each line's octets are those it would have
     * alone.
     */
    void writeLines(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int from = 0;
        while (from < bytes.length) {
            int end = from;
            while (end < bytes.length && !(bytes[end] == '\r' && isLf(bytes, end + 1))) end++;
            writeLine(bytes, from, end);
            from = end + 2;
        }
    }

    private static boolean isLf(byte[] bytes, int i) {
        return i < bytes.length && bytes[i] == '\n';
    }

    /** Writes one unfolded content line (no CR or LF in it) and its CRLF. */
    void writeLine(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        writeLine(bytes, 0, bytes.length);
    }

    /** Writes the line held by {@code bytes} from {@code start} to {@code end}, and its CRLF. */
    private void writeLine(byte[] bytes, int start, int end) throws IOException {
        int limit = MAX_OCTETS;
        while (end - start > limit) {
            int cut = start + limit;
            // back up to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx
            while ((bytes[cut] & 0xC0) == 0x80) cut--;
            out.write(bytes, start, cut - start);
            out.write(CRLF_SPACE);
            start = cut;
            limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
        }
        out.write(bytes, start, end - start);
        out.write(CRLF);
    }

    void flush() throws IOException {
        out.flush();
    }
}
