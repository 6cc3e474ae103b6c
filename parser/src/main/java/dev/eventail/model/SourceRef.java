package dev.eventail.model;

import java.util.Objects;

/**
 * Where something came from: a file (as given to the reader, with {@code /} separators) and a
 * 1-based line and column; {@code 0} means unknown.
 *
 * <pre>{@code SourceRef ref = SourceRef.of("_evenements/mip-2021.md", 42);}</pre>
 */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {

    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative line or column: " + line + ":" + column);
        }
    }

    /** A reference to a line, column unknown. */
    public static SourceRef of(String file, int line) {
        return new SourceRef(file, line, 0);
    }

    /** A reference to the whole file. */
    public static SourceRef file(String file) {
        return new SourceRef(file, 0, 0);
    }

    /** The same file at another line. */
    public SourceRef atLine(int newLine) {
        return new SourceRef(file, newLine, 0);
    }

    @Override
    public int compareTo(SourceRef o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:column}, omitting unknown parts. */
    @Override
    public String toString() {
        if (line == 0) return file;
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
