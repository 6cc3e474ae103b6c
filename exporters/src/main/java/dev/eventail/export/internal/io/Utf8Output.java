package dev.eventail.export.internal.io;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text encoded as UTF-8 straight into a byte buffer, byte for byte what {@code new
 * OutputStreamWriter(out, UTF_8)} writes for the same sequence of calls, {@code flush()} included.
 *
 * <p>Why not that writer behind a {@code BufferedWriter}: each piece of text was copied four times
 * on its way (into a {@code String}, into the writer's {@code char[]}, through the charset
 * encoder's buffers, into the stream's buffer), a cost the profile of a conversion to every format
 * showed on top of each writer. Here a character is looked at once and ASCII is one store.
 *
 * <p>Malformed text is written as the JDK's encoder writes it: a lone surrogate becomes {@code ?};
 * a high surrogate that ends one call waits for the next, which may complete the pair (the JDK's
 * encoder keeps it as its "leftover" character across writes and flushes alike). Not thread-safe;
 * {@link #flush()} pushes the bytes and flushes the stream, and the stream is never closed here.
 */
public final class Utf8Output implements Flushable {

    private static final byte REPLACEMENT = '?';

    private final OutputStream out;
    private final byte[] buffer;
    private int count;

    /** A high surrogate that ended the last call, 0 when none. */
    private char pendingHigh;

    /** A 64 KiB buffer on {@code out}. */
    public Utf8Output(OutputStream out) {
        this(out, 1 << 16);
    }

    /** A buffer of {@code size} bytes (at least 4, the longest UTF-8 sequence) on {@code out}. */
    public Utf8Output(OutputStream out, int size) {
        if (size < 4) throw new IllegalArgumentException("buffer smaller than 4 bytes: " + size);
        this.out = out;
        this.buffer = new byte[size];
    }

    /**
     * The UTF-8 bytes of {@code text}, for {@link #write(byte[])}; as {@code
     * String.getBytes(UTF_8)} (a lone surrogate as {@code ?}).
     */
    public static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes bytes encoded earlier with {@link #encode(String)}: a term every statement repeats is
     * encoded once. The text they came from must begin and end with a character that is not a
     * surrogate (the writers' terms begin and end with ASCII), or the output could differ from the
     * JDK's encoder, which may pair a surrogate across two writes.
     */
    public void write(byte[] encoded) throws IOException {
        if (pendingHigh != 0) replacePending();
        if (encoded.length > buffer.length - count) {
            drain();
            if (encoded.length > buffer.length) {
                out.write(encoded);
                return;
            }
        }
        System.arraycopy(encoded, 0, buffer, count, encoded.length);
        count += encoded.length;
    }

    /** Writes one byte of ASCII ({@code c < 0x80}, not checked: the writers pass literals). */
    public void writeAscii(char c) throws IOException {
        if (pendingHigh != 0) replacePending();
        if (count == buffer.length) drain();
        buffer[count++] = (byte) c;
    }

    /** Writes the characters {@code start} (inclusive) to {@code end} (exclusive) of {@code s}. */
    public void write(String s, int start, int end) throws IOException {
        int i = start;
        if (i < end && pendingHigh != 0) {
            char next = s.charAt(i);
            if (Character.isLowSurrogate(next)) {
                ensureRoom(4);
                putCodePoint(Character.toCodePoint(pendingHigh, next));
                pendingHigh = 0;
                i++;
            } else {
                replacePending();
            }
        }
        byte[] buf = buffer;
        while (i < end) {
            char c = s.charAt(i);
            if (c < 0x80) {
                // the common case, kept to a tight loop: as many ASCII characters as fit
                int pos = count;
                if (pos == buf.length) {
                    drain();
                    pos = 0;
                }
                int limit = Math.min(end, i + (buf.length - pos));
                buf[pos++] = (byte) c;
                i++;
                while (i < limit && (c = s.charAt(i)) < 0x80) {
                    buf[pos++] = (byte) c;
                    i++;
                }
                count = pos;
            } else if (c < 0x800) {
                ensureRoom(2);
                buf[count++] = (byte) (0xC0 | (c >> 6));
                buf[count++] = (byte) (0x80 | (c & 0x3F));
                i++;
            } else if (!Character.isSurrogate(c)) {
                ensureRoom(3);
                buf[count++] = (byte) (0xE0 | (c >> 12));
                buf[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[count++] = (byte) (0x80 | (c & 0x3F));
                i++;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == end) {
                    pendingHigh = c;
                    i++;
                } else if (Character.isLowSurrogate(s.charAt(i + 1))) {
                    ensureRoom(4);
                    putCodePoint(Character.toCodePoint(c, s.charAt(i + 1)));
                    i += 2;
                } else {
                    ensureRoom(1);
                    buf[count++] = REPLACEMENT;
                    i++;
                }
            } else {
                ensureRoom(1);
                buf[count++] = REPLACEMENT;
                i++;
            }
        }
    }

    /**
     * Writes {@code s} with {@code escapes} applied, in one pass: each character is looked up and
     * encoded as it is read, where escaping into a buffer first and encoding that would read the
     * text twice.
     */
    public void write(String s, Escapes escapes) throws IOException {
        int end = s.length();
        if (end == 0) return;
        int i = 0;
        if (pendingHigh != 0) {
            if (Character.isLowSurrogate(s.charAt(0))) {
                write(s, 0, 1);
                i = 1;
            } else {
                replacePending();
            }
        }
        byte[][] ascii = escapes.ascii;
        byte[] buf = buffer;
        while (i < end) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte[] escaped = ascii[c];
                if (escaped != null) {
                    write(escaped);
                    i++;
                    continue;
                }
                // a run of ASCII needing no escape, as much as fits, in a loop without calls
                int pos = count;
                if (pos == buf.length) {
                    drain();
                    pos = 0;
                }
                int limit = Math.min(end, i + (buf.length - pos));
                buf[pos++] = (byte) c;
                i++;
                while (i < limit && (c = s.charAt(i)) < 0x80 && ascii[c] == null) {
                    buf[pos++] = (byte) c;
                    i++;
                }
                count = pos;
            } else {
                byte[] escaped = escapes.other(c);
                if (escaped != null) {
                    write(escaped);
                    i++;
                } else {
                    // one character, or a surrogate pair: the general path knows them all
                    int next = i + 1;
                    if (Character.isHighSurrogate(c)
                            && next < end
                            && Character.isLowSurrogate(s.charAt(next))) {
                        next++;
                    }
                    write(s, i, next);
                    // a lone high surrogate was left pending: what follows is not its low half
                    if (pendingHigh != 0 && next < end) replacePending();
                    i = next;
                }
            }
        }
    }

    /** Writes all of {@code s}. */
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    private void putCodePoint(int cp) {
        byte[] buf = buffer;
        buf[count++] = (byte) (0xF0 | (cp >> 18));
        buf[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[count++] = (byte) (0x80 | (cp & 0x3F));
    }

    /** The pending high surrogate met something other than its low half: it was malformed. */
    private void replacePending() throws IOException {
        pendingHigh = 0;
        ensureRoom(1);
        buffer[count++] = REPLACEMENT;
    }

    private void ensureRoom(int bytes) throws IOException {
        if (buffer.length - count < bytes) drain();
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    /**
     * Writes the buffered bytes and flushes the stream. A pending high surrogate stays pending, as
     * in the JDK's encoder, whose {@code flush()} keeps its leftover character too.
     */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }
}
