package dev.eventail.cli.internal.input;

import java.io.IOException;
import java.io.InputStream;

/**
 * One candidate post of an input: its name relative to the input's root ({@code /} separators), and
 * a way to read it from any thread.
 */
public record SourceFile(String name, Opener opener) {

    /** Opens the file's bytes; each call opens a new stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads the whole file, refusing more than {@code limit} bytes (whatever the archive header
     * claims, so that a zip bomb stops at the limit).
     *
     * @throws TooLargeException when the file holds more than {@code limit} bytes
     */
    public byte[] read(long limit) throws IOException {
        try (InputStream in = opener.open()) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 16, limit + 1);
            byte[] bytes = in.readNBytes(cap);
            if (bytes.length > limit) throw new TooLargeException(limit);
            return bytes;
        }
    }

    /** A file beyond the size limit. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        TooLargeException(long limit) {
            super("larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
