package dev.eventail.cli.internal;

import dev.eventail.parser.PostParser;
import java.time.ZoneId;

/**
 * Starts, on a daemon thread, work that a conversion will need and that does not depend on the
 * command line, so that it overlaps with picocli reading the command line (a third of a second on
 * the main thread) instead of following it: the first time-zone lookup and the parser's
 * initialisation.
 */
final class StartupWarmUp {

    /** A small post that goes through the parser's main paths: YAML, Markdown, an HTML block. */
    static final String POST =
            """
            ---
            title: Atelier
            event_start_date: 2025-03-11 09:30:00 +01:00
            event_end_date: 2025-03-11 12:00:00 +01:00
            lieu: Ségur
            ---

            **[Le mardi 11/03 de 9h30 à 12h] [Atelier]** *Les bases*

            * **[9h30-10h]** Accueil

            <p><b>[Le mercredi 12/03 de 14h à 17h] [Webinaire]</b> <i>Tester</i></p>

            [S’inscrire](https://example.org/inscription)
            """;

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
            // the parser's first post pays for initialising SnakeYAML, flexmark, jsoup and the
            // date grammar; the result is dropped (the parser holds no state between posts)
            PostParser.create().parse(POST, "_evenements/warm-up.markdown");
        } catch (RuntimeException | StackOverflowError e) {
            // only a head start: the conversion meets the same failure where it is reported
        }
    }
}
