package dev.eventail.model;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Worth knowing; nothing was lost (a file without front matter, an inferred year). */
    INFO,
    /** Something was read with a guess or dropped (a bare host name made a URL, a bad weekday). */
    WARNING,
    /** Something could not be read at all (YAML syntax, an unparseable date). */
    ERROR;

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
