package dev.eventail.cli;

import dev.eventail.cli.internal.CommandLines;
import java.io.PrintWriter;

/**
 * The {@code eventail} program: converts archives of static-site event posts to open data formats.
 *
 * <pre>{@code
 * int status = Eventail.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
 *         "convert", "site/", "--out", "out");
 * }</pre>
 */
public final class Eventail {

    private Eventail() {}

    /** Runs the command line and exits with its {@link ExitStatus} code. */
    public static void main(String[] args) {
        System.exit(CommandLines.runFromTerminal(args));
    }

    /**
     * Runs the command line with {@code out} for results and {@code err} for progress and
     * diagnostics, and returns the exit code instead of exiting.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return CommandLines.create(out, err, false).execute(args);
    }
}
