package dev.eventail.cli.internal;

import dev.eventail.cli.ExitStatus;

/**
 * An expected failure (a missing input, an output folder that cannot be written): printed as one
 * line, no stack trace, and turned into its exit status.
 */
public final class CliFailure extends RuntimeException {

    private final ExitStatus status;

    public CliFailure(ExitStatus status, String message) {
        super(message);
        this.status = status;
    }

    public CliFailure(ExitStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public ExitStatus status() {
        return status;
    }
}
