package dev.eventail.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line the way a terminal would, capturing both streams. */
public record Run(int exitCode, String out, String err) {

    public static Run of(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                CommandLines.create(new PrintWriter(out), new PrintWriter(err), environment)
                        .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    public static Run of(String... args) {
        return of(TestExporters.standardEnvironment(), args);
    }
}
