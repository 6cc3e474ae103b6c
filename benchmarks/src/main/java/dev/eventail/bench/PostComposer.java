package dev.eventail.bench;

import static dev.eventail.bench.French.capitalize;
import static dev.eventail.bench.French.dayMonth;
import static dev.eventail.bench.French.dayOfMonth;
import static dev.eventail.bench.French.hour;
import static dev.eventail.bench.French.month;
import static dev.eventail.bench.French.pick;
import static dev.eventail.bench.French.weekday;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes one synthetic post from a seed and an index. A post depends on nothing else, so archives
 * of different sizes with the same seed share their first posts, and posts can be written in any
 * order.
 */
final class PostComposer {

    /** The Siteleaf convention of the numerique.gouv.fr agenda. */
    static final String EVENEMENTS = "evenements";

    /** The Hugo-like convention of the design.numerique.gouv.fr articles. */
    static final String ARTICLES = "articles";

    private static final ZoneRules PARIS = ZoneId.of("Europe/Paris").getRules();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<LocalTime> START_TIMES =
            List.of(
                    LocalTime.of(9, 0),
                    LocalTime.of(9, 30),
                    LocalTime.of(10, 0),
                    LocalTime.of(11, 45),
                    LocalTime.of(14, 0),
                    LocalTime.of(16, 15),
                    LocalTime.of(17, 30),
                    LocalTime.of(18, 30));

    private final Random random;
    private final int index;
    private final StringBuilder out = new StringBuilder(8192);
    private int sessions;
    private int slots;

    private PostComposer(long seed, int index) {
        this.random = new Random(mix(seed, index));
        this.index = index;
    }

    /** The post at {@code index} of the archive generated from {@code seed}. */
    static ArchiveGenerator.GeneratedPost compose(long seed, int index) {
        return new PostComposer(seed, index).compose();
    }

    /** SplitMix64 of the pair, so that neighbouring indexes get unrelated streams. */
    static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E5A9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private ArchiveGenerator.GeneratedPost compose() {
        String path;
        String convention;
        if (random.nextInt(100) < 72) {
            convention = EVENEMENTS;
            path = evenement();
        } else {
            convention = ARTICLES;
            path = article();
        }
        // most files of the real agenda have no final newline
        if (random.nextInt(100) < 60) {
            while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                out.setLength(out.length() - 1);
            }
        }
        return new ArchiveGenerator.GeneratedPost(
                path, out.toString(), convention, sessions, slots);
    }

    // ---------------------------------------------------------------- numerique.gouv.fr agenda

    private enum Shape {
        MONTH_OF_SESSIONS,
        ONE_DAY,
        FORUM,
        WEBINAR,
    }

    private enum Mode {
        OFFLINE,
        ONLINE,
        MIXED
    }

    private String evenement() {
        int roll = random.nextInt(100);
        Shape shape =
                roll < 15
                        ? Shape.MONTH_OF_SESSIONS
                        : roll < 50 ? Shape.ONE_DAY : roll < 65 ? Shape.FORUM : Shape.WEBINAR;
        int year = 2016 + random.nextInt(11);
        String theme = pick(random, French.THEMES);
        French.Venue venue = pick(random, French.VENUES);
        String venueName = pick(random, venue.names());
        String address = pick(random, venue.addresses());

        LocalDateTime start;
        LocalDateTime end;
        String title;
        Mode mode;
        int sessionCount;
        switch (shape) {
            case MONTH_OF_SESSIONS -> {
                LocalDate first = LocalDate.of(year, 11, 1 + random.nextInt(3));
                start = first.atStartOfDay();
                end = LocalDate.of(year, 11, 30).atStartOfDay();
                title =
                        random.nextBoolean()
                                ? "Mois de l’innovation publique édition " + year
                                : "Semaine de l’innovation publique " + year;
                mode = random.nextInt(3) == 0 ? Mode.ONLINE : Mode.MIXED;
                sessionCount = 2 + random.nextInt(11);
            }
            case ONE_DAY -> {
                LocalDate day = randomDate(year);
                boolean wholeDay = random.nextInt(100) < 35;
                LocalTime t = wholeDay ? LocalTime.MIDNIGHT : pick(random, START_TIMES);
                start = day.atTime(t);
                end =
                        random.nextInt(100) < 40
                                ? null
                                : start.plusMinutes(60L * (1 + random.nextInt(4)));
                if (wholeDay && end != null) end = day.atStartOfDay();
                title = oneDayTitle(theme);
                mode = random.nextInt(100) < 75 ? Mode.OFFLINE : Mode.MIXED;
                sessionCount = random.nextInt(100) < 80 ? 0 : 1 + random.nextInt(3);
            }
            case FORUM -> {
                LocalDate day = randomDate(year);
                start = day.atTime(9, 0);
                end = day.plusDays(1 + random.nextInt(17)).atTime(18, 0);
                title =
                        random.nextBoolean()
                                ? "Forum de l’emploi tech de l’État " + year
                                : "Hackathon " + theme;
                mode = Mode.MIXED;
                sessionCount = 1 + random.nextInt(6);
            }
            default -> {
                LocalDate day = randomDate(year);
                start = day.atTime(pick(random, START_TIMES));
                end = random.nextBoolean() ? null : start.plusMinutes(90);
                title = "Webinaire d’information : " + theme;
                mode = Mode.ONLINE;
                sessionCount = random.nextInt(100) < 70 ? 0 : 1 + random.nextInt(3);
            }
        }
        String slug = French.slug(title);

        out.append("---\n");
        line("title", YamlText.scalar(capitalize(title)));
        LocalDateTime posted =
                start.minusDays(3 + random.nextInt(40))
                        .withHour(8 + random.nextInt(10))
                        .withMinute(random.nextInt(4) * 15);
        line("date", timestamp(posted));
        if (random.nextInt(100) < 10) line("published", "false");
        String category = pick(random, French.CATEGORIES);
        out.append("categories:\n- ").append(YamlText.scalar(category)).append('\n');
        out.append("tags:\n");
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            out.append("- ").append(YamlText.scalar(pick(random, French.TAGS))).append('\n');
        }
        String chapeau = chapeau(shape, start, theme);
        switch (random.nextInt(10)) {
            case 0 -> line("chapeau-text", YamlText.literalBlock(chapeau, 2));
            case 1 -> line("chapeau-text", YamlText.doubleQuoted(chapeau + "\n\n" + sentence()));
            default -> line("chapeau-text", YamlText.folded(chapeau, 2, 80));
        }
        if (random.nextInt(100) < 35) line("categorie", YamlText.scalar(category));
        if (random.nextInt(100) < 70) {
            out.append("une-ou-diaporama:\n- image: \"/uploads/")
                    .append(slug, 0, Math.min(slug.length(), 24))
                    .append('-')
                    .append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF)))
                    .append(".png\"\n");
            if (random.nextInt(100) < 35) {
                out.append("  alternative-textuelle: ")
                        .append(YamlText.scalar("Visuel de l’événement " + capitalize(theme)))
                        .append('\n');
            }
        }
        eventDates(start, end);
        switch (mode) {
            case OFFLINE -> line("lieu", YamlText.scalar(venueName));
            case ONLINE -> line("lieu", YamlText.scalar(pick(random, French.ONLINE)));
            case MIXED -> line("lieu", YamlText.scalar(pick(random, French.MIXED)));
        }
        if (mode != Mode.ONLINE && random.nextInt(100) < 80) {
            if (address.contains("\n")) {
                line(
                        "adresse",
                        random.nextBoolean()
                                ? YamlText.doubleQuoted(address)
                                : YamlText.literalBlock(address.replace(" \n", "\n"), 2));
            } else if (random.nextInt(20) == 0) {
                line("adresse", YamlText.scalar("Adresse communiquée prochainement"));
            } else {
                line("adresse", YamlText.scalar(address));
            }
        }
        if (random.nextInt(100) < 10) {
            line("afficher_la_carte", mode == Mode.ONLINE ? "false" : "true");
        }
        if (mode != Mode.ONLINE && random.nextInt(100) < 20) {
            out.append("acces:\n- type: Métro (10)\n  lignes:\n  - nom: Ségur - Duroc\n");
        }
        champsInformations(start, end, mode, slug);
        out.append("---\n\n");

        paragraph(2 + random.nextInt(3), theme);
        paragraph(2 + random.nextInt(4), theme);
        if (random.nextBoolean()) {
            out.append("## ").append(capitalize(theme)).append("\n\n");
            paragraph(3 + random.nextInt(4), theme);
        }
        if (sessionCount > 0) {
            agendaIntro();
            LocalDate from = start.toLocalDate();
            LocalDate to = end == null ? from.plusDays(10) : end.toLocalDate();
            List<LocalDate> days = sessionDays(from, to, sessionCount);
            boolean html = random.nextInt(100) < 55;
            for (LocalDate day : days) {
                // one post in five mixes the two ways of writing a session
                boolean thisHtml = random.nextInt(5) == 0 ? !html : html;
                session(day, thisHtml, mode, venue, theme);
            }
        } else if (shape != Shape.WEBINAR && random.nextInt(100) < 55) {
            programme(
                    start.toLocalTime().equals(LocalTime.MIDNIGHT)
                            ? LocalTime.of(9, 30)
                            : start.toLocalTime());
        }
        if (mode != Mode.ONLINE && random.nextBoolean()) {
            out.append("Nous vous donnons rendez-vous le ")
                    .append(weekday(start.toLocalDate()))
                    .append(' ')
                    .append(dayOfMonth(start.toLocalDate()))
                    .append(' ')
                    .append(month(start.toLocalDate()));
            if (!start.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                out.append(" à ").append(hour(start.toLocalTime()));
            }
            out.append(' ').append(venue.at()).append(", ").append(address.replace(" \n", " "));
            out.append(".\n\n");
        }
        if (sessionCount == 0 && random.nextBoolean()) registration(slug);
        String extension = random.nextInt(10) == 0 ? ".md" : ".markdown";
        return "_evenements/" + slug + "-" + String.format(Locale.ROOT, "%06d", index) + extension;
    }

    private String oneDayTitle(String theme) {
        return switch (random.nextInt(4)) {
            case 0 -> "Design public – Meetup #" + (1 + random.nextInt(12));
            case 1 -> "Café de la transfo #" + (1 + random.nextInt(9)) + " « " + theme + " »";
            case 2 -> pick(random, French.EVENT_TYPES) + " : " + theme;
            default -> pick(random, French.EVENT_TYPES) + " « " + theme + " »";
        };
    }

    private String chapeau(Shape shape, LocalDateTime start, String theme) {
        LocalDate d = start.toLocalDate();
        String when =
                shape == Shape.MONTH_OF_SESSIONS
                        ? "Du " + dayOfMonth(d) + " au 30 novembre " + d.getYear()
                        : "Le " + weekday(d) + " " + dayOfMonth(d) + " " + month(d);
        return when
                + ", "
                + pick(random, French.SUBJECTS).toLowerCase(Locale.ROOT)
                + " "
                + pick(random, French.VERBS)
                + " "
                + theme
                + ". "
                + pick(random, French.TAILS);
    }

    private void eventDates(
            LocalDateTime start, @org.jspecify.annotations.Nullable LocalDateTime end) {
        int roll = random.nextInt(1000);
        if (roll < 50) return; // a stub or draft without dates
        if (roll < 60) {
            // the garbage a date picker once left in a real file
            line("event_start_date", "0007-08-31 23:09:21 +00:09");
            line("event_end_date", "0009-08-31 23:09:21 +00:09");
            return;
        }
        if (roll < 80) {
            out.append("event_start_date:\n");
            for (int i = 0; i < 3; i++) {
                out.append("- ").append(timestamp(start.plusDays(7L * i))).append('\n');
            }
            return;
        }
        line("event_start_date", timestamp(start));
        if (end == null) return;
        if (roll < 90) {
            // the end typed before the start
            line("event_end_date", timestamp(start.minusHours(8).minusMinutes(30)));
        } else {
            line("event_end_date", timestamp(end));
        }
    }

    private void champsInformations(
            LocalDateTime start,
            @org.jspecify.annotations.Nullable LocalDateTime end,
            Mode mode,
            String slug) {
        out.append("champs_informations:\n");
        if (!start.toLocalTime().equals(LocalTime.MIDNIGHT) || random.nextBoolean()) {
            LocalTime from =
                    start.toLocalTime().equals(LocalTime.MIDNIGHT)
                            ? LocalTime.of(9, 0)
                            : start.toLocalTime();
            LocalTime to = end == null ? from.plusHours(3) : end.toLocalTime();
            if (!to.isAfter(from)) to = from.plusHours(2);
            String sep = pick(random, List.of("-", " - ", " – "));
            item(
                    random.nextInt(10) == 0 ? "Horaires " : "Horaires",
                    hour(from) + sep + hour(to),
                    null);
        }
        String admission = pick(random, French.ADMISSION);
        item(
                random.nextInt(8) == 0 ? "Modalités " : "Modalités",
                admission,
                random.nextInt(100) < 70 ? lien(slug) : null);
        if (mode != Mode.ONLINE && random.nextInt(100) < 25) {
            item(
                    "Comment y aller ?",
                    "Métro ➅ Cambronne ➇ La Motte Piquet - Grenelle ➉ Ségur",
                    null);
        }
        if (random.nextInt(100) < 10) {
            item("Information : ", "Accessible aux personnes à mobilité réduite", null);
        }
        if (random.nextInt(100) < 15) {
            item(
                    "Programme",
                    "Détail du programme",
                    "https://www.modernisation.gouv.fr/programme/" + slug);
        }
    }

    private void item(
            String label, String content, @org.jspecify.annotations.Nullable String lien) {
        out.append("- intitule: ").append(YamlText.scalar(label)).append('\n');
        out.append("  contenu: ").append(YamlText.folded(content, 4, 76)).append('\n');
        if (lien != null) out.append("  lien: ").append(YamlText.scalar(lien)).append('\n');
    }

    /** A registration target, now and then one that is not a URL, as people type them. */
    private String lien(String slug) {
        int roll = random.nextInt(100);
        String s = slug.length() > 40 ? slug.substring(0, 40) : slug;
        if (roll < 2) return "contact@demarches-simplifiees.fr";
        if (roll < 4) return s + ".eventbrite.com";
        if (roll < 6) return "https://www.eventbrite.fr/e/billets-" + s + " ";
        return registrationUrl(s);
    }

    private String registrationUrl(String slug) {
        return switch (random.nextInt(6)) {
            case 0, 1 ->
                    "https://www.eventbrite.fr/e/billets-"
                            + slug
                            + "-"
                            + (100_000_000_000L + (random.nextLong() >>> 1) % 899_999_999_999L);
            case 2 -> "https://www.demarches-simplifiees.fr/commencer/" + slug;
            case 3 ->
                    "https://webinaire.numerique.gouv.fr/meeting/signin/"
                            + (1000 + random.nextInt(9000))
                            + "/creator/"
                            + (100 + random.nextInt(900));
            case 4 -> "https://app.livestorm.co/dinum/" + slug;
            default -> "https://app.seekube.com/" + slug;
        };
    }

    private void agendaIntro() {
        if (random.nextBoolean()) {
            out.append(
                    "**À vos agendas : calendrier des rendez-vous de nos équipes**\n\n<br>\n<br>\n\n");
        } else {
            out.append(
                    "<p style=\"margin-bottom: 30px\">À vos agendas : calendrier des rendez-vous de nos équipes</p>\n\n");
        }
    }

    private List<LocalDate> sessionDays(LocalDate from, LocalDate to, int count) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        List<LocalDate> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(
                    from.plusDays(
                            span * i / count + random.nextInt((int) Math.max(1, span / count))));
        }
        return days;
    }

    private void session(LocalDate day, boolean html, Mode mode, French.Venue venue, String theme) {
        sessions++;
        LocalTime from = pick(random, START_TIMES);
        LocalTime to = from.plusMinutes(30L * (1 + random.nextInt(8)));
        String date = sessionDate(day, from, to);
        String tag = pick(random, French.SESSION_TAGS);
        String second = random.nextBoolean() ? " [" + pick(random, French.SECOND_TAGS) + "]" : "";
        String title = String.format(Locale.ROOT, pick(random, French.SESSION_TITLE_FORMS), theme);
        title = capitalize(title);
        if (html) {
            switch (random.nextInt(6)) {
                case 0 ->
                        // bold split over two lines, no brackets around the date
                        out.append("<p style=\"margin-top: 30px\"><b>")
                                .append(date)
                                .append(" \n<br>[<span lang=\"EN\">")
                                .append(tag)
                                .append("</span>]</b> <i>")
                                .append(title)
                                .append("</i></p>\n\n");
                case 1 ->
                        // Markdown inside HTML, which CommonMark leaves as text
                        out.append("<p style=\"margin-top: 30px\"><b>[")
                                .append(date)
                                .append("] [")
                                .append(tag)
                                .append("]</b> <i>**")
                                .append(title)
                                .append("** : ")
                                .append(theme)
                                .append("</i></p>\n\n");
                default ->
                        out.append("<p style=\"margin-top: 30px\"><b>[")
                                .append(date)
                                .append("] [")
                                .append(tag)
                                .append("]")
                                .append(second)
                                .append("</b> <i>")
                                .append(title)
                                .append("</i></p>\n\n");
            }
        } else {
            switch (random.nextInt(7)) {
                case 0 ->
                        out.append("**[")
                                .append(date)
                                .append("] [")
                                .append(tag)
                                .append("]")
                                .append(second)
                                .append("**\\\n*")
                                .append(title)
                                .append("*\n\n");
                case 1 ->
                        out.append("**[")
                                .append(date)
                                .append("] [")
                                .append(tag)
                                .append("]")
                                .append(second)
                                .append("**\n\n");
                case 2 ->
                        // the opening marker left alone on its line
                        out.append("**\n[")
                                .append(date)
                                .append("] [")
                                .append(tag)
                                .append("] ** *")
                                .append(title)
                                .append("*\n\n");
                case 3 ->
                        out.append("* **")
                                .append(title)
                                .append("**\n<br>")
                                .append(capitalize(weekday(day)))
                                .append(' ')
                                .append(dayOfMonth(day))
                                .append(' ')
                                .append(month(day))
                                .append(' ')
                                .append(day.getYear())
                                .append(", ")
                                .append(hour(from))
                                .append('-')
                                .append(hour(to))
                                .append("\n\n");
                default ->
                        out.append("**[")
                                .append(date)
                                .append("] [")
                                .append(tag)
                                .append("]")
                                .append(second)
                                .append("** *")
                                .append(title)
                                .append("*\n\n");
            }
        }
        paragraph(2 + random.nextInt(3), theme);
        boolean online = mode == Mode.ONLINE || (mode == Mode.MIXED && random.nextBoolean());
        if (online) {
            out.append(pick(random, List.of("En ligne", "Webinaire", "En visio", "Sur YouTube")))
                    .append(", ")
                    .append(pick(random, French.ADMISSION).toLowerCase(Locale.ROOT))
                    .append(".\n\n");
        } else {
            out.append("* ")
                    .append(pick(random, French.ADMISSION))
                    .append(" / Accessible aux personnes à mobilité réduite ")
                    .append(venue.at())
                    .append(" \n* ")
                    .append(pick(random, venue.addresses()).replace(" \n", " "))
                    .append(" \n\n");
        }
        if (random.nextInt(100) < 80) registration(French.slug(title));
        if (random.nextInt(100) < 30) out.append("<br>\n<br>\n\n");
    }

    private String sessionDate(LocalDate day, LocalTime from, LocalTime to) {
        String weekday = random.nextInt(50) == 0 ? French.wrongWeekday(day) : weekday(day);
        return switch (random.nextInt(6)) {
            case 0 -> "Le " + dayMonth(day) + " à " + hour(from);
            case 1 -> "Le " + dayMonth(day) + " de " + hour(from) + " à " + hour(to);
            case 2 ->
                    "Du "
                            + dayMonth(day)
                            + " au "
                            + dayMonth(day.plusDays(1 + random.nextInt(4)))
                            + " de "
                            + hour(from)
                            + " à "
                            + hour(to);
            case 3 ->
                    "Le "
                            + weekday
                            + " "
                            + dayOfMonth(day)
                            + " "
                            + month(day)
                            + " de "
                            + hour(from)
                            + " à "
                            + hour(to);
            default ->
                    "Le " + weekday + " " + dayMonth(day) + " de " + hour(from) + " à " + hour(to);
        };
    }

    private void registration(String slug) {
        String url = registrationUrl(slug.length() > 40 ? slug.substring(0, 40) : slug);
        String label = pick(random, French.REGISTRATION_LABELS);
        switch (random.nextInt(5)) {
            case 0 ->
                    out.append("<div class=\"lien-important\"><p><a href=\"")
                            .append(url)
                            .append("\">")
                            .append(label)
                            .append("</a></p></div>\n\n");
            case 1 ->
                    out.append("<a href=\"")
                            .append(url)
                            .append("\" class=\"button\"><b>S'inscrire</b></a>\n\n");
            case 2 ->
                    out.append("Inscrivez-vous ici : [")
                            .append(url)
                            .append("](")
                            .append(url)
                            .append(")\n\n");
            case 3 ->
                    out.append('[')
                            .append(label)
                            .append("](")
                            .append(url)
                            .append("){:target=\"_blank\"}\n\n");
            default -> out.append('[').append(label).append("](").append(url).append(")\n\n");
        }
    }

    /** A time-slot programme, as a list of bracketed slots or as small headings. */
    private void programme(LocalTime first) {
        int count = 3 + random.nextInt(6);
        LocalTime t = first;
        out.append(random.nextBoolean() ? "Au programme :\n\n" : "## Programme\n\n");
        int style = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            slots++;
            LocalTime next = t.plusMinutes(15L * (2 + random.nextInt(4)));
            String text = pick(random, French.SLOT_TEXTS);
            switch (style) {
                case 0 ->
                        out.append("* **[")
                                .append(hour(t))
                                .append('-')
                                .append(hour(next))
                                .append("]** ")
                                .append(text)
                                .append('\n');
                case 1 -> {
                    out.append("#### [")
                            .append(hour(t))
                            .append('-')
                            .append(hour(next))
                            .append("] **")
                            .append(text)
                            .append("** \n");
                    out.append(sentence()).append("\n\n");
                }
                case 2 ->
                        out.append("* **")
                                .append(hour(t))
                                .append(" :** ")
                                .append(text)
                                .append('\n');
                default ->
                        out.append('[')
                                .append(hour(t))
                                .append(" - ")
                                .append(hour(next))
                                .append("] ")
                                .append(text)
                                .append(" : ")
                                .append(sentence())
                                .append("\n\n");
            }
            t = next;
        }
        out.append('\n');
    }

    // ---------------------------------------------------------------- design.numerique.gouv.fr

    private String article() {
        int year = 2021 + random.nextInt(6);
        LocalDate published = randomDate(year);
        String theme = pick(random, French.THEMES);
        int shape = random.nextInt(100);
        String title =
                shape < 35
                        ? "Participez à nos ateliers de formation !"
                        : shape < 60
                                ? "« " + capitalize(theme) + " » : trois soirées en ligne"
                                : capitalize(theme) + " : où en sommes-nous ?";
        String slug = published + "-" + French.slug(title);
        out.append("---\n");
        line("title", YamlText.scalar(title));
        line("slug", slug + "-" + index);
        line("publishedDate", published.toString());
        out.append("tags: [");
        for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
            if (i > 0) out.append(", ");
            out.append('"')
                    .append(
                            pick(
                                    random,
                                    List.of(
                                            "formation",
                                            "design",
                                            "accessibilité",
                                            "RGAA",
                                            "évènement",
                                            "recherche utilisateur",
                                            "gouvernance")))
                    .append('"');
        }
        out.append("]\n");
        line("illustration", " ./illustrations/" + slug + ".png");
        String description =
                shape < 35
                        ? "La direction interministérielle du numérique (Dinum) organise des ateliers sur "
                                + theme
                                + " pour aider les agents à améliorer les services publics en ligne."
                        : "Événement en ligne les "
                                + published.plusDays(14).getDayOfMonth()
                                + ", "
                                + published.plusDays(15).getDayOfMonth()
                                + " et "
                                + published.plusDays(16).getDayOfMonth()
                                + " "
                                + month(published.plusDays(16))
                                + " "
                                + year;
        line(
                "description",
                random.nextBoolean()
                        ? YamlText.doubleQuoted(description)
                        : YamlText.scalar(description));
        out.append("---\n\n");
        out.append("<p class=\"fr-text--lead\">")
                .append(pick(random, French.SUBJECTS))
                .append(' ')
                .append(pick(random, French.VERBS))
                .append(' ')
                .append(theme)
                .append(". </p>\n<p>Les ateliers s’adressent <em>exclusivement</em> <strong>")
                .append(pick(random, French.AUDIENCES))
                .append("</strong>. Ils ont lieu sur <strong>une journée</strong>.</p> \n\n");
        if (shape < 35) {
            out.append(
                    "Pour plus d’information et/ou pour s’inscrire, il suffit de cliquer sur les liens&nbsp;!\n\n");
            int workshops = 2 + random.nextInt(5);
            for (int w = 0; w < workshops; w++) {
                String name = capitalize(pick(random, French.THEMES));
                out.append("<h2 class=\"fr-mt-4w fr-h6\"><a href=\"/formations/")
                        .append(French.slug(name))
                        .append("/\">")
                        .append(name)
                        .append("</a></h2>\n\n")
                        .append(sentence())
                        .append(' ')
                        .append(sentence())
                        .append("\n\n");
                LocalDate d = published.plusDays(20 + random.nextInt(20));
                for (int i = 0, n = 1 + random.nextInt(3); i < n && sessions < 12; i++) {
                    sessions++;
                    String where = random.nextInt(3) == 0 ? "visioconférence" : "présentiel";
                    String item = dayOfMonth(d) + " " + month(d) + " - " + where;
                    out.append("- ");
                    if (random.nextInt(4) == 0) {
                        out.append("~~").append(item).append("~~ Complet&nbsp;!");
                    } else {
                        out.append(item);
                    }
                    out.append('\n');
                    d = d.plusDays(7 + random.nextInt(21));
                }
                out.append('\n');
            }
            out.append(
                    "<hr/>\n\nÀ bientôt, lors des ateliers&nbsp;! <span aria-hidden=\"true\">👋</span>\n");
        } else if (shape < 60) {
            out.append(
                            "## 3 soirées à revivre\n\n**Vous pouvez revivre ces moments sur [notre chaîne Youtube](https://www.youtube.com/playlist?list=PL")
                    .append(Long.toHexString(random.nextLong()))
                    .append("){title=\"notre chaîne YouTube - nouvelle fenêtre\"}**\n\n");
            LocalDate evening = published.plusDays(14);
            for (int e = 0; e < 3; e++) {
                sessions++;
                LocalDate day = evening.plusDays(e);
                out.append("## ")
                        .append(capitalize(weekday(day)))
                        .append(' ')
                        .append(dayOfMonth(day))
                        .append(' ')
                        .append(month(day))
                        .append(" : « ")
                        .append(capitalize(pick(random, French.THEMES)))
                        .append(" »\n\n");
                paragraph(1 + random.nextInt(2), theme);
                LocalTime t = LocalTime.of(18, 0);
                for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                    slots++;
                    out.append("### ")
                            .append(French.hourPadded(t))
                            .append('\n')
                            .append(sentence())
                            .append("\n\n");
                    t = t.plusMinutes(10L * (1 + random.nextInt(3)));
                }
            }
        } else {
            paragraph(3 + random.nextInt(4), theme);
            paragraph(3 + random.nextInt(4), theme);
            out.append("## Ce qu’il faut retenir\n\n");
            paragraph(2 + random.nextInt(3), theme);
            paragraph(2 + random.nextInt(3), theme);
        }
        return "content/articles/" + slug + "-" + String.format(Locale.ROOT, "%06d", index) + ".md";
    }

    // ---------------------------------------------------------------- prose and helpers

    private void paragraph(int sentences, String theme) {
        for (int i = 0; i < sentences; i++) {
            if (i > 0) out.append(' ');
            if (i == 0) {
                out.append(pick(random, French.SUBJECTS))
                        .append(' ')
                        .append(pick(random, French.VERBS))
                        .append(' ');
                if (random.nextInt(4) == 0) {
                    out.append('[')
                            .append(theme)
                            .append("](https://www.numerique.gouv.fr/")
                            .append(French.slug(theme))
                            .append("/)");
                } else {
                    out.append(theme);
                }
                out.append(", en s’adressant ").append(pick(random, French.AUDIENCES)).append('.');
            } else {
                out.append(sentence());
            }
        }
        out.append("\n\n");
    }

    private String sentence() {
        return switch (random.nextInt(4)) {
            case 0 ->
                    "Cette rencontre s’adresse "
                            + pick(random, French.AUDIENCES)
                            + " qui souhaitent avancer sur "
                            + pick(random, French.THEMES)
                            + ".";
            case 1 ->
                    "Vous y découvrirez comment **"
                            + pick(random, French.THEMES)
                            + "** change le quotidien des équipes.";
            default -> pick(random, French.TAILS);
        };
    }

    private LocalDate randomDate(int year) {
        return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private void line(String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }

    /**
     * Jekyll's timestamp, with the Europe/Paris offset of that moment: "2021-11-02 00:00:00
     * +01:00".
     */
    static String timestamp(LocalDateTime local) {
        return TIMESTAMP.format(local) + " " + PARIS.getOffset(local).getId();
    }
}
