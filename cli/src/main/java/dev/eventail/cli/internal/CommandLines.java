package dev.eventail.cli.internal;

import dev.eventail.cli.ExitStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Builds the configured {@link CommandLine} that {@link dev.eventail.cli.Eventail} runs. */
public final class CommandLines {

    private CommandLines() {}

    /** Runs with the process's own streams, a progress bar when stderr is a terminal. */
    public static int runFromTerminal(String[] args) {
        StartupWarmUp.begin(args);
        boolean interactive = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        // a pipe or a file gets UTF-8 whatever the locale (Java 17 would follow LANG=C into
        // ASCII and print "Caf?"); a terminal gets what it says it takes
        java.nio.charset.Charset charset =
                System.console() != null
                        ? System.console().charset()
                        : java.nio.charset.StandardCharsets.UTF_8;
        PrintWriter out =
                new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err =
                new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        try {
            return create(out, err, interactive).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A command line writing to {@code out} and {@code err}, exporters from ServiceLoader. */
    public static CommandLine create(PrintWriter out, PrintWriter err, boolean interactive) {
        return create(out, err, Environment.of(interactive));
    }

    /** A command line in a given environment (tests pass their own exporters). */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cl = new CommandLine(new EventailCommand(environment));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setParameterExceptionHandler(CommandLines::usageError);
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitStatus s : ExitStatus.values()) {
            codes.put(String.format("%3d", s.code()), s.meaning());
        }
        applyExitCodes(cl, codes);
        return cl;
    }

    private static void applyExitCodes(CommandLine cl, Map<String, String> codes) {
        cl.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(codes);
        for (CommandLine sub : cl.getSubcommands().values()) {
            String name = sub.getCommandName();
            if (name.equals("help") || name.equals("generate-completion")) continue;
            applyExitCodes(sub, codes);
        }
    }

    /** A usage error: the message, suggestions for a misspelt option, where to read more. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("eventail: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        String path = cl.getCommandSpec().qualifiedName();
        err.println("Try '" + path + " --help' for more information.");
        err.flush();
        return ExitStatus.USAGE.code();
    }

    /** Expected failures become one line and their code; anything else is a bug, said so. */
    private static final class FailureHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(
                Exception ex, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof CliFailure f) {
                err.println("eventail: " + f.getMessage());
                if (verbose(parseResult) && f.getCause() != null) f.getCause().printStackTrace(err);
                err.flush();
                return f.status().code();
            }
            err.println(
                    "eventail: internal error: "
                            + ex
                            + " (please report it, with the command and -vv output)");
            if (verbose(parseResult)) ex.printStackTrace(err);
            err.flush();
            return ExitStatus.INTERNAL.code();
        }

        private static boolean verbose(ParseResult parseResult) {
            ParseResult leaf = parseResult;
            while (leaf.subcommand() != null) leaf = leaf.subcommand();
            return leaf.hasMatchedOption("-v")
                    && leaf.matchedOption("-v").getValue() != null
                    && ((boolean[]) leaf.matchedOption("-v").getValue()).length >= 2;
        }
    }
}
