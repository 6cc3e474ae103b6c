package dev.eventail.cli.internal.progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/** A progress line every few seconds, for logs and pipes, where a redrawn bar would be noise. */
final class PeriodicLines implements Progress {

    private final PrintWriter err;
    private final long total;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long started;
    private long lastLine;
    private long files;
    private long events;

    PeriodicLines(PrintWriter err, long total, long intervalNanos, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastLine = started;
    }

    @Override
    public void fileDone(int newEvents) {
        files++;
        events += newEvents;
        long now = clock.getAsLong();
        if (now - lastLine >= intervalNanos && files < total) {
            lastLine = now;
            err.println(line(now));
            err.flush();
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = files / seconds;
        String left =
                rate > 0
                        ? String.format(Locale.ROOT, ", about %.0f s left", (total - files) / rate)
                        : "";
        return String.format(
                Locale.ROOT,
                "eventail: %d/%d files (%d%%), %d events, "
                        + (rate < 10 ? "%.1f" : "%.0f")
                        + " files/s%s",
                files,
                total,
                total == 0 ? 100 : files * 100 / total,
                events,
                rate,
                left);
    }

    @Override
    public void close() {}
}
