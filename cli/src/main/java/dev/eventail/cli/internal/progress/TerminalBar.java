package dev.eventail.cli.internal.progress;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The bar drawn on an interactive terminal by me.tongfei:progressbar (files done/total, rate, time
 * left, and the events found as its extra message). Only this class touches the library, so that a
 * run without a terminal never loads it.
 */
final class TerminalBar implements Progress {

    private final ProgressBar bar;
    private final PrintWriter err;
    private long events;

    private TerminalBar(ProgressBar bar, PrintWriter err) {
        this.bar = bar;
        this.err = err;
    }

    static Progress start(PrintWriter err, long total) {
        int width = terminalWidth();
        ProgressBar bar =
                new ProgressBarBuilder()
                        .setTaskName("Converting")
                        .setInitialMax(total)
                        .setUnit(" files", 1)
                        .showSpeed()
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                        .setUpdateIntervalMillis(200)
                        .setConsumer(
                                new DelegatingProgressBarConsumer(
                                        line -> {
                                            err.print('\r');
                                            err.print(line);
                                            err.flush();
                                        },
                                        width))
                        .build();
        return new TerminalBar(bar, err);
    }

    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) return Integer.parseInt(columns) - 1;
        try (org.jline.terminal.Terminal t =
                org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true).build()) {
            int w = t.getWidth();
            return w >= 40 ? w - 1 : 79;
        } catch (Exception | LinkageError e) {
            return 79;
        }
    }

    @Override
    public void fileDone(int newEvents) {
        events += newEvents;
        bar.setExtraMessage(" " + events + " events");
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
        err.println();
        err.flush();
    }
}
