package dev.eventail.cli.internal;

import dev.eventail.model.Severity;

/** The {@code --fail-on} threshold: from which diagnostic severity the exit status is 1. */
public enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    /** The values as users type them, for help and completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("error", "warning", "never").iterator();
        }
    }

    /** True when a diagnostic of {@code severity} makes the run fail. */
    public boolean failsOn(Severity severity) {
        return switch (this) {
            case ERROR -> severity.atLeast(Severity.ERROR);
            case WARNING -> severity.atLeast(Severity.WARNING);
            case NEVER -> false;
        };
    }
}
