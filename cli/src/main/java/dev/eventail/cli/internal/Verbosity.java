package dev.eventail.cli.internal;

import picocli.CommandLine.Option;

/** {@code --quiet} and the counting {@code --verbose}, shared by the commands as a mixin. */
public final class Verbosity {

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing but errors: no progress, no summary.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            description =
                    "Say more: -v lists every diagnostic, including infos; -vv adds a line per file"
                            + " and stack traces.")
    boolean[] verbose = new boolean[0];

    public boolean quiet() {
        return quiet;
    }

    /** 0 by default, 1 for {@code -v}, 2 for {@code -vv}; -1 when quiet. */
    public int level() {
        return quiet ? -1 : verbose.length;
    }
}
