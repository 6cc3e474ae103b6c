package dev.eventail.cli.internal;

import java.time.ZoneId;

/**
 * Starts, on a daemon thread, work that a conversion will need and that does not depend on the
 * command line, so that it overlaps with picocli reading the command line (a third of a second on
 * the main thread) instead of following it.
 */
final class StartupWarmUp {

    private StartupWarmUp() {}

    /**
     * Only for the commands that read posts: {@code --version} or {@code formats} stay as cheap.
     */
    static void begin(String[] args) {
        if (args.length == 0 || !(args[0].equals("convert") || args[0].equals("inspect"))) return;
        Thread t = new Thread(StartupWarmUp::run, "eventail-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            // the first zone looked up makes java.time load every ZoneRulesProvider on the class
            // path, ical4j's too, which lists its zoneinfo and mints an id per zone (0.2 to 0.3 s)
            ZoneId.of("Europe/Paris");
        } catch (RuntimeException e) {
            // only a head start: the conversion meets the same failure where it is reported
        }
    }
}
