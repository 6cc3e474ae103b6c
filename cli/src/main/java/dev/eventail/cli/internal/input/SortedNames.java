package dev.eventail.cli.internal.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The relative names of an archive's post files, in {@code String} order, held as UTF-8 bytes in
 * one array rather than as a {@code String} each: a folder of 200,000 posts costs about 12 MB
 * instead of about 28 MB, which stays live for the whole run (the files are read in this order).
 */
final class SortedNames {

    private byte[] bytes = new byte[1 << 12];
    private int used;
    private int[] starts = new int[256]; // start of name i; its end is the start of the next
    private int count;
    private int[] order = new int[0];
    private boolean sorted;

    /** Adds a name (before {@link #sort}). */
    void add(String name) {
        if (sorted) throw new IllegalStateException("already sorted");
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        if (used + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + b.length));
        }
        if (count + 1 >= starts.length) starts = Arrays.copyOf(starts, starts.length * 2);
        starts[count] = used;
        System.arraycopy(b, 0, bytes, used, b.length);
        used += b.length;
        count++;
        starts[count] = used;
    }

    /**
     * Orders the names as {@link String#compareTo} would (UTF-16 code units, which UTF-8's byte
     * order does not follow for characters above U+FFFF) and trims the arrays.
     */
    void sort() {
        Integer[] boxed = new Integer[count];
        for (int i = 0; i < count; i++) boxed[i] = i;
        Arrays.sort(boxed, this::compare);
        order = new int[count];
        for (int i = 0; i < count; i++) order[i] = boxed[i];
        bytes = Arrays.copyOf(bytes, used);
        starts = Arrays.copyOf(starts, count + 1);
        sorted = true;
    }

    int size() {
        return count;
    }

    /** The i-th name in order. */
    String get(int i) {
        int n = order[i];
        return new String(bytes, starts[n], starts[n + 1] - starts[n], StandardCharsets.UTF_8);
    }

    /** Compares names a and b by UTF-16 code units, decoding their UTF-8 as it goes. */
    private int compare(int a, int b) {
        int i = starts[a];
        int iEnd = starts[a + 1];
        int j = starts[b];
        int jEnd = starts[b + 1];
        while (i < iEnd && j < jEnd) {
            int ca = codePointAt(i);
            int cb = codePointAt(j);
            if (ca != cb) {
                char ua = Character.isBmpCodePoint(ca) ? (char) ca : Character.highSurrogate(ca);
                char ub = Character.isBmpCodePoint(cb) ? (char) cb : Character.highSurrogate(cb);
                if (ua != ub) return ua - ub;
                // same high surrogate: the low ones decide
                return Character.lowSurrogate(ca) - Character.lowSurrogate(cb);
            }
            i += length(bytes[i]);
            j += length(bytes[j]);
        }
        return Boolean.compare(i < iEnd, j < jEnd);
    }

    private int codePointAt(int at) {
        int b0 = bytes[at] & 0xFF;
        if (b0 < 0x80) return b0;
        if (b0 < 0xE0) return ((b0 & 0x1F) << 6) | (bytes[at + 1] & 0x3F);
        if (b0 < 0xF0) {
            return ((b0 & 0x0F) << 12) | ((bytes[at + 1] & 0x3F) << 6) | (bytes[at + 2] & 0x3F);
        }
        return ((b0 & 0x07) << 18)
                | ((bytes[at + 1] & 0x3F) << 12)
                | ((bytes[at + 2] & 0x3F) << 6)
                | (bytes[at + 3] & 0x3F);
    }

    private static int length(byte lead) {
        int b0 = lead & 0xFF;
        if (b0 < 0x80) return 1;
        if (b0 < 0xE0) return 2;
        if (b0 < 0xF0) return 3;
        return 4;
    }
}
