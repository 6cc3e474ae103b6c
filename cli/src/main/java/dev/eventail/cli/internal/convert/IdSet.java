package dev.eventail.cli.internal.convert;

/**
 * The event ids a run has seen, to refuse a second event with the same id, in memory that does not
 * hold the ids themselves: each is kept as a 128-bit fingerprint (two independent 64-bit hashes of
 * its characters) in an open-addressing table, 32 bytes per id instead of about 140 for a {@code
 * HashSet<String>} holding the strings. Two different ids collide with probability about n² / 2¹²⁹:
 * for ten million ids, 10⁻²⁵.
 */
final class IdSet {

    private long[] slots = new long[2 * 1024]; // pairs (first, second); (0, 0) is empty
    private int size;

    /** Adds an id; false when it was already there. */
    boolean add(String id) {
        long first = hash(id, 0xcbf29ce484222325L);
        long second = hash(id, 0x9e3779b97f4a7c15L);
        if (first == 0 && second == 0) second = 1; // (0, 0) marks an empty slot
        if ((size + 1) * 2L > slots.length / 2) grow();
        if (!insert(slots, first, second)) return false;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long first, long second) {
        int capacity = table.length / 2;
        int i = (int) (mix(first) & (capacity - 1));
        while (true) {
            long a = table[2 * i];
            long b = table[2 * i + 1];
            if (a == 0 && b == 0) {
                table[2 * i] = first;
                table[2 * i + 1] = second;
                return true;
            }
            if (a == first && b == second) return false;
            i = (i + 1) & (capacity - 1);
        }
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0 || old[i + 1] != 0) insert(bigger, old[i], old[i + 1]);
        }
        slots = bigger;
    }

    /** A 64-bit hash of the characters: FNV-1a's shape, then a final avalanche. */
    private static long hash(String s, long seed) {
        long h = seed;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
            h = Long.rotateLeft(h, 29) ^ seed;
        }
        h ^= s.length();
        return mix(h);
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb1a2d3ae8ee9L;
        h ^= h >>> 33;
        return h;
    }
}
