package dev.eventail.cli.internal.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The relative names of an archive's post files, in {@code String} order, held as UTF-8 bytes in
 * fixed-size chunks rather than as a {@code String} each: a folder of 200,000 posts costs about 12
 * MB instead of about 28 MB, which stays live for the whole run (the files are read in this order).
 *
 * <p>Nothing here is ever copied to grow: the listing happens while the collector is young, so an
 * array doubled as names arrive would be promoted with each copy and leave the dead copies in the
 * old generation for the rest of the run (about 36 MB of touched heap at 200,000 names, as much as
 * the names themselves and their index together).
 */
final class SortedNames {

    /** Bytes per chunk; a longer name gets a chunk of its own size. */
    private static final int CHUNK = 1 << 20;

    /** Names per page of the index. */
    private static final int PAGE = 1 << 14;

    private byte[][] chunks = new byte[8][];
    private int chunkCount;
    private int used =
            CHUNK; // bytes used in the last chunk: a full one makes the first add open one

    // where name i is: pages of (chunk, offset, length), so that the index never grows by copying
    private int[][] pages = new int[8][];
    private int count;
    private int[] order = new int[0];
    private boolean sorted;

    /** Adds a name (before {@link #sort}). */
    void add(String name) {
        if (sorted) throw new IllegalStateException("already sorted");
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        if (b.length > CHUNK - used) {
            if (chunkCount == chunks.length) chunks = Arrays.copyOf(chunks, chunkCount * 2);
            chunks[chunkCount++] = new byte[Math.max(CHUNK, b.length)];
            used = 0;
        }
        System.arraycopy(b, 0, chunks[chunkCount - 1], used, b.length);
        int page = count / PAGE;
        if (page == pages.length) pages = Arrays.copyOf(pages, page * 2);
        if (pages[page] == null) pages[page] = new int[3 * PAGE];
        int at = 3 * (count % PAGE);
        pages[page][at] = chunkCount - 1;
        pages[page][at + 1] = used;
        pages[page][at + 2] = b.length;
        used += b.length;
        count++;
    }

    /**
     * Orders the names as {@link String#compareTo} would (UTF-16 code units, which UTF-8's byte
     * order does not follow for characters above U+FFFF).
     */
    void sort() {
        order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        mergeSort(order, new int[count], 0, count);
        sorted = true;
    }

    int size() {
        return count;
    }

    /** The i-th name in order. */
    String get(int i) {
        int n = order[i];
        int[] page = pages[n / PAGE];
        int at = 3 * (n % PAGE);
        return new String(chunks[page[at]], page[at + 1], page[at + 2], StandardCharsets.UTF_8);
    }

    /** Sorts a[from, to) by {@link #compare}, with {@code tmp} as scratch (ints, not boxed). */
    private void mergeSort(int[] a, int[] tmp, int from, int to) {
        if (to - from < 2) return;
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (compare(a[mid - 1], a[mid]) <= 0) return;
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    /** Compares names a and b by UTF-16 code units, decoding their UTF-8 as it goes. */
    private int compare(int a, int b) {
        int[] pageA = pages[a / PAGE];
        int atA = 3 * (a % PAGE);
        int[] pageB = pages[b / PAGE];
        int atB = 3 * (b % PAGE);
        byte[] x = chunks[pageA[atA]];
        byte[] y = chunks[pageB[atB]];
        int i = pageA[atA + 1];
        int iEnd = i + pageA[atA + 2];
        int j = pageB[atB + 1];
        int jEnd = j + pageB[atB + 2];
        while (i < iEnd && j < jEnd) {
            int ca = codePointAt(x, i);
            int cb = codePointAt(y, j);
            if (ca != cb) {
                char ua = Character.isBmpCodePoint(ca) ? (char) ca : Character.highSurrogate(ca);
                char ub = Character.isBmpCodePoint(cb) ? (char) cb : Character.highSurrogate(cb);
                if (ua != ub) return ua - ub;
                // same high surrogate: the low ones decide
                return Character.lowSurrogate(ca) - Character.lowSurrogate(cb);
            }
            i += length(x[i]);
            j += length(y[j]);
        }
        return Boolean.compare(i < iEnd, j < jEnd);
    }

    private static int codePointAt(byte[] bytes, int at) {
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
