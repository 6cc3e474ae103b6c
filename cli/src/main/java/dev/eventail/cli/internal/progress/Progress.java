package dev.eventail.cli.internal.progress;

import java.io.PrintWriter;

/**
 * Tells a person how a long run is going, on stderr: a bar on a terminal, a line every few seconds
 * otherwise (a log, a CI job), nothing with {@code --quiet}. Called from the run's main thread.
 */
public interface Progress extends AutoCloseable {

    /** One more file done, which gave {@code events} events (sub-events included). */
    void fileDone(int events);

    /** Ends the display; the summary follows. */
    @Override
    void close();

    /** Shows nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void fileDone(int events) {}

            @Override
            public void close() {}
        };
    }

    /** The right display for the place and the verbosity. */
    static Progress choose(boolean quiet, boolean interactive, PrintWriter err, long totalFiles) {
        if (quiet) return none();
        if (interactive) return TerminalBar.start(err, totalFiles);
        return new PeriodicLines(err, totalFiles, 5_000_000_000L, System::nanoTime);
    }
}
