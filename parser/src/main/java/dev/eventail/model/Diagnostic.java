package dev.eventail.model;

import java.util.Objects;

/**
 * A problem found while reading an input, said so that a person can fix it: a severity, a stable
 * machine-readable {@code code} such as {@code yaml.syntax} or {@code date.end-before-start}, a
 * message, and where it is.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.warning("date.weekday-mismatch",
 *         "\"mardi 18 novembre 2021\" was a Thursday", SourceRef.of("post.md", 12));
 * }</pre>
 */
public record Diagnostic(Severity severity, String code, String message, SourceRef source)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        if (code.isBlank()) throw new IllegalArgumentException("blank diagnostic code");
    }

    public static Diagnostic info(String code, String message, SourceRef source) {
        return new Diagnostic(Severity.INFO, code, message, source);
    }

    public static Diagnostic warning(String code, String message, SourceRef source) {
        return new Diagnostic(Severity.WARNING, code, message, source);
    }

    public static Diagnostic error(String code, String message, SourceRef source) {
        return new Diagnostic(Severity.ERROR, code, message, source);
    }

    /** Orders by source, then code, then message: the order reports are written in. */
    @Override
    public int compareTo(Diagnostic o) {
        int c = source.compareTo(o.source);
        if (c != 0) return c;
        c = code.compareTo(o.code);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code file:line: severity: message [code]}, the way compilers print. */
    @Override
    public String toString() {
        return source
                + ": "
                + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + message
                + " ["
                + code
                + "]";
    }
}
