package dev.eventail.cli;

/**
 * What {@code eventail} exits with. Every command uses the same codes, listed in {@code eventail
 * --help}, so that a script can tell a bad archive from a bad command line.
 */
public enum ExitStatus {
    /** Everything went well (diagnostics below {@code --fail-on} may have been reported). */
    OK(0, "Success."),
    /** Diagnostics at or above {@code --fail-on} were reported; outputs were still written. */
    DIAGNOSTICS(1, "Diagnostics at or above --fail-on (outputs are still written)."),
    /** The command line was wrong: an unknown option or format, a bad value. */
    USAGE(2, "Usage error: unknown option, format or bad value."),
    /** An input does not exist, cannot be read, or is not an archive eventail can open. */
    INPUT(3, "An input is missing, unreadable or not a readable archive."),
    /** An output could not be written; the previous outputs are left as they were. */
    OUTPUT(4, "An output could not be written (previous outputs are kept)."),
    /** A bug in eventail or in an exporter; the message says where. */
    INTERNAL(5, "Internal error.");

    private final int code;
    private final String meaning;

    ExitStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process exit code. */
    public int code() {
        return code;
    }

    /** One line saying what the code means, as {@code --help} lists it. */
    public String meaning() {
        return meaning;
    }
}
