package dev.eventail.parser.internal.dates;

import dev.eventail.model.EventTime;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The French date and time grammar: finds the dates and times people write in announcements.
 * Thread-safe, pure.
 *
 * <p>The text is first folded (lower case, accents dropped, typographic apostrophes and dashes made
 * plain, non-breaking spaces made spaces) without changing its length, so offsets point into the
 * original text. Then, at each word start, these forms are tried in order; the first that matches
 * wins and scanning resumes after it:
 *
 * <table>
 * <caption>Forms</caption>
 * <tr><th>form</th><th>examples</th><th>gives</th></tr>
 * <tr><td>day range</td><td>{@code du 1er au 14 décembre}, {@code Du 16/11 au 20/11},
 *     {@code du 15 janvier au 28 février 2022}, {@code 16 au 18 novembre}</td>
 *     <td>start = first day, end = last day (month/year of the first taken from the last)</td></tr>
 * <tr><td>list of days</td><td>{@code les 13 & 14 juin}, {@code les 8 et 9 avril},
 *     {@code les 6, 7 et 8 avril 2021}</td><td>start = first day, end = last day</td></tr>
 * <tr><td>one day</td><td>{@code le 1er décembre 2021}, {@code Lundi 29 novembre 2021},
 *     {@code Le mercredi 10/11}, {@code 25/11/2020}, {@code 1er avril}, {@code 4 juin}</td>
 *     <td>a whole day</td></tr>
 * <tr><td>day + times</td><td>{@code Le 05/11 à 9h}, {@code Le mercredi 10/11 de 10h à 11h30},
 *     {@code Lundi 29 novembre 2021, 17h-17h30}, {@code Du 16/11 au 20/11 de 17h à 17h30}</td>
 *     <td>start = first day at the first time, end = last day at the second time</td></tr>
 * <tr><td>more times for the same day</td><td>{@code de 10h à 11h, de 14h à 15h ou de 16h à
 *     17h}</td><td>one mention per range (the same day; time-only when no day came first)</td></tr>
 * <tr><td>times alone</td><td>{@code 14h30 – 16h45}, {@code [9h30-10h]}, {@code de 10h à 11h},
 *     {@code à 9h}, {@code 18h00}, {@code 9h30 :}</td><td>{@link DateMention#startTime()} and
 *     {@link DateMention#endTime()}, no day</td></tr>
 * </table>
 *
 * <p>Pieces: months in full or abbreviated with or without a dot ({@code janv.}, {@code fév},
 * {@code juill.}, {@code sept}), any case and accents as typed ({@code Fevrier}, {@code aout});
 * days {@code 1er}/{@code 1re}/{@code 01}..{@code 31}; weekdays optional; times {@code 9h}, {@code
 * 9 h 30}, {@code 14h00}, {@code 14 heures}, {@code 14:30}, {@code midi}; range separators {@code
 * -}, {@code –}, {@code à}, {@code au}, {@code et} (after {@code entre}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A missing year is the year of {@link DateContext#reference()}, rolling over to the next
 *       year when that would put the date more than 240 days before the reference (a post of
 *       December announcing {@code 10 janvier} means the next January; an event of late April
 *       reported in October stays in its year). Without a reference, a date without a year is not
 *       reported.
 *   <li>Offsets come from the zone's rules on that day and time ({@link EventTime#at}), so both
 *       sides of a daylight-saving change are right; a local time that does not exist (spring gap)
 *       is moved forward as {@link java.time.ZonedDateTime} does.
 *   <li>A weekday that contradicts the date gives the problem {@code date.weekday-mismatch}; the
 *       day and month are kept, the weekday is not trusted.
 *   <li>An end before the start gives {@code date.end-before-start} and the end is dropped.
 *   <li>A date right after {@code jusqu'au}, {@code jusqu'à}, {@code avant le}, {@code au plus tard
 *       le}, {@code d'ici le}, {@code date limite} or {@code clôture} is a {@link
 *       DateMention#deadline() deadline}.
 *   <li>Impossible dates ({@code 31/02}) are not mentions; numbers glued to digits, slashes or
 *       letters (URLs, {@code 2021/11}) are skipped.
 * </ul>
 */
public final class FrenchDates {

    private FrenchDates() {}

    private static final String WEEKDAY = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final String MONTH =
            "(janvier|janv|jan|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juill|juil"
                    + "|aout|septembre|sept|sep|octobre|oct|novembre|nov|decembre|dec)\\.?(?![a-z])";
    private static final String DAY = "(1er|1re|[0-3]?\\d)(?:er|e)?(?![\\d/a-z])";

    /** Weekday? then either "D month? year?" or "DD/MM(/YY)?". */
    private static final Pattern DAY_SPEC =
            Pattern.compile(
                    "(?:"
                            + WEEKDAY
                            + "\\s*,?\\s+)?(?:(?:([0-3]?\\d)/([01]?\\d)(?:/(\\d{4}|\\d{2}))?(?![\\d/]))"
                            + "|(?:"
                            + DAY
                            + "(?:\\s+"
                            + MONTH
                            + "(?:\\s+(\\d{4})(?!\\d))?)?))");

    private static final Pattern LEAD = Pattern.compile("(?:le|les|du|ce|des)\\s+");
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:au|-)\\s+|\\s*-\\s*(?=\\d)");
    private static final Pattern LIST_NUMBERS =
            Pattern.compile("((?:1er|[0-3]?\\d)(?:\\s*,\\s*(?:1er|[0-3]?\\d))*)\\s*(?:et|&)\\s+");

    private static final String TIME_TEXT =
            "(?:([0-2]?\\d)\\s?(?:h|heures?)\\s?([0-5]\\d)?(?![\\da-z])|([0-2]?\\d):([0-5]\\d)(?!\\d)|(midi|minuit))";
    private static final Pattern TIME = Pattern.compile(TIME_TEXT);

    /** After a day: ", 17h-17h30", " de 10h à 11h30", " à 9h", " (14h30 – 16h45)". */
    private static final Pattern TIME_AFTER_DAY =
            Pattern.compile("\\s*[,:(]?\\s*(?:-\\s*)?(?:(?:de|des|a|entre|dès)\\s+)?(?=\\d|midi)");

    private static final Pattern TIME_RANGE_JOIN =
            Pattern.compile("\\s*(?:-|a|au|et|jusqu'a)\\s*(?=\\d|midi|minuit)");
    private static final Pattern MORE_TIMES =
            Pattern.compile("\\s*(?:,|;|ou|et|puis)\\s*(?:(?:ou|et)\\s+)?(?:de\\s+|a\\s+)?(?=\\d)");
    private static final Pattern TIME_LEAD = Pattern.compile("(?:de|des|a|entre|dès)\\s+(?=\\d)");

    private static final Pattern DEADLINE_BEFORE =
            Pattern.compile(
                    "(?:jusqu'(?:au|a|aux)|avant(?:\\s+le)?|au plus tard(?:\\s+le)?|d'ici(?:\\s+le|\\s+au)?"
                            + "|date limite[^.\\n]{0,25}|cloture[^.\\n]{0,25}|limite[^.\\n]{0,20}"
                            + "|fin des (?:inscriptions|candidatures)[^.\\n]{0,10})\\s*$");

    private static final Pattern CLOCK_FORM = Pattern.compile("(?s).*\\dh.*|.*:.*|midi|minuit");
    private static final Pattern DURATION_AFTER =
            Pattern.compile("(?s)\\s*(?:de |d'|par |chacune|maximum|max|environ|minutes).*");
    private static final Pattern HOURS_WORD = Pattern.compile("\\d+\\s?heures?");
    private static final Pattern TIME_WORD_BEFORE = Pattern.compile("(?s).*(?:a|de|des)\\s+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /** How far before the reference a year-less date may lie before it means the next year. */
    private static final int ROLL_OVER_DAYS = 240;

    private static final Map<String, Integer> MONTHS =
            Map.ofEntries(
                    Map.entry("janvier", 1),
                    Map.entry("janv", 1),
                    Map.entry("jan", 1),
                    Map.entry("fevrier", 2),
                    Map.entry("fevr", 2),
                    Map.entry("fev", 2),
                    Map.entry("mars", 3),
                    Map.entry("avril", 4),
                    Map.entry("avr", 4),
                    Map.entry("mai", 5),
                    Map.entry("juin", 6),
                    Map.entry("juillet", 7),
                    Map.entry("juill", 7),
                    Map.entry("juil", 7),
                    Map.entry("aout", 8),
                    Map.entry("septembre", 9),
                    Map.entry("sept", 9),
                    Map.entry("sep", 9),
                    Map.entry("octobre", 10),
                    Map.entry("oct", 10),
                    Map.entry("novembre", 11),
                    Map.entry("nov", 11),
                    Map.entry("decembre", 12),
                    Map.entry("dec", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS =
            Map.of(
                    "lundi", DayOfWeek.MONDAY,
                    "mardi", DayOfWeek.TUESDAY,
                    "mercredi", DayOfWeek.WEDNESDAY,
                    "jeudi", DayOfWeek.THURSDAY,
                    "vendredi", DayOfWeek.FRIDAY,
                    "samedi", DayOfWeek.SATURDAY,
                    "dimanche", DayOfWeek.SUNDAY);

    /** Every date or time expression in {@code text}, in text order; one per session. */
    public static List<DateMention> find(String text, DateContext context) {
        return find(text, context, () -> false);
    }

    /**
     * As {@link #find(String, DateContext)}, giving up with the mentions found so far once {@code
     * stop} says so (asked every 64 words: the time limit per file).
     */
    public static List<DateMention> find(String text, DateContext context, BooleanSupplier stop) {
        String folded = fold(text);
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        int words = 0;
        while (i < n) {
            if (!isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            if (isWordStart(folded, i) && mayOpenMention(folded, i)) {
                if ((++words & 63) == 0 && stop.getAsBoolean()) break;
                int next = tryAt(text, folded, i, context, out);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            // no form starts inside a word: go to its end
            i++;
            while (i < n && isLetterOrDigit(folded.charAt(i))) i++;
        }
        return out;
    }

    /** A local time on a day in a zone, as an {@link EventTime} with that day's offset. */
    public static EventTime at(LocalDate day, String hhmm, ZoneId zone) {
        return EventTime.at(LocalDateTime.of(day, localTime(hhmm)), zone);
    }

    /** "HH:MM" as the grammar writes it, read without a formatter; anything else parsed. */
    private static LocalTime localTime(String hhmm) {
        if (hhmm.length() == 5 && hhmm.charAt(2) == ':') {
            int h = twoDigits(hhmm, 0);
            int m = twoDigits(hhmm, 3);
            if (h >= 0 && h < 24 && m >= 0 && m < 60) return LocalTime.of(h, m);
        }
        return LocalTime.parse(hhmm);
    }

    private static int twoDigits(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
        return (a - '0') * 10 + (b - '0');
    }

    /**
     * The same folding {@link #find} applies: lower case, accents dropped, apostrophes and dashes
     * made plain, same length as the input.
     */
    public static String fold(String text) {
        int n = text.length();
        char[] out = new char[n];
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            out[k] = c < FOLDED.length ? FOLDED[c] : foldChar(c);
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        switch (c) {
            case '\u2019':
            case '\u2018':
            case '\u02BC':
            case '`':
                return '\'';
            case '\u2013':
            case '\u2014':
            case '\u2012':
            case '\u2010':
            case '\u2011':
                return '-';
            case '\u00A0':
            case '\u202F':
            case '\u2009':
            case '\t':
                return ' ';
            case '\u2028':
                return '\n';
            case '\u0153':
            case '\u0152':
                return 'o';
            case '\u00E6':
            case '\u00C6':
                return 'a';
            default:
                break;
        }
        if (c < 0x80) return Character.toLowerCase(c);
        return baseLetter(c);
    }

    private static char baseLetter(char c) {
        String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        char base = d.charAt(0);
        return Character.toLowerCase(base);
    }

    /**
     * {@link #foldChar} of the Latin characters French text is made of, computed once: text is
     * folded by looking each one up.
     */
    private static final char[] FOLDED = new char[0x250];

    static {
        for (char c = 0; c < FOLDED.length; c++) FOLDED[c] = foldChar(c);
    }

    /**
     * A place a form may start: a letter or digit not glued to the previous word; a number right
     * after '/', '.', ':' or an apostrophe belongs to something else (a URL, "2.5", "l'1").
     */
    private static boolean isWordStart(String s, int i) {
        char c = s.charAt(i);
        if (!isLetterOrDigit(c)) return false;
        if (i == 0) return true;
        char p = s.charAt(i - 1);
        if (isLetterOrDigit(p)) return false;
        if (p == '\'') return Character.isLetter(c);
        return p != '/' && p != '.' && p != ':';
    }

    /** {@link Character#isLetterOrDigit(char)}, without its lookup for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        return Character.isLetterOrDigit(c);
    }

    /**
     * Words a form may start with when it does not start with a digit: the leads ({@link #LEAD},
     * {@link #TIME_LEAD}), the weekdays of {@link #DAY_SPEC}. Each needs a space or a comma after
     * it; "midi" and "minuit" (in {@link #TIME}) need nothing. Keep in step with those patterns.
     */
    private static final String[] OPENING_WORDS = {
        "le",
        "les",
        "du",
        "ce",
        "des",
        "de",
        "a",
        "entre",
        "dès",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche"
    };

    /** {@link #OPENING_WORDS} by their first letter. */
    private static final String[][] OPENING_WORDS_BY_LETTER = new String[26][0];

    static {
        for (String w : OPENING_WORDS) {
            String[] words = OPENING_WORDS_BY_LETTER[w.charAt(0) - 'a'];
            words = java.util.Arrays.copyOf(words, words.length + 1);
            words[words.length - 1] = w;
            OPENING_WORDS_BY_LETTER[w.charAt(0) - 'a'] = words;
        }
    }

    /**
     * False when no form can match at word start i: most words of a text are not one of the few a
     * date or a time opens with, and trying every pattern at each of them was the grammar's main
     * cost.
     */
    private static boolean mayOpenMention(String f, int i) {
        char c = f.charAt(i);
        if (c >= '0' && c <= '9') return true;
        if (c < 'a' || c > 'z') return false;
        String[] words = OPENING_WORDS_BY_LETTER[c - 'a'];
        if (words.length == 0) return false;
        if (c == 'm' && (f.startsWith("midi", i) || f.startsWith("minuit", i))) return true;
        for (String w : words) {
            int end = i + w.length();
            if (f.startsWith(w, i) && (end >= f.length() || !isLetterOrDigit(f.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Tries every form at i; adds mentions and returns where scanning resumes (i when none). */
    private static int tryAt(String text, String f, int i, DateContext ctx, List<DateMention> out) {
        int from = i;
        int p = i;
        Matcher lead = LEAD.matcher(f).region(p, f.length());
        boolean hadLead = false;
        if (lead.lookingAt()) {
            p = lead.end();
            hadLead = true;
        }
        Spec first = spec(f, p); // range and single both open with it
        DaySpan span = first == null ? null : range(f, first, ctx);
        if (span == null) span = list(f, p, ctx);
        if (span == null && first != null) span = single(first, ctx, f);
        if (span == null && hadLead) {
            // "le"/"du" starting a word but no date after it: not a mention here
            return i;
        }
        if (span == null) {
            return timesAlone(text, f, i, ctx, out);
        }
        boolean deadline = isDeadline(f, from);
        List<String> problems = new ArrayList<>(span.problems);
        int end = span.end;
        Matcher sep = TIME_AFTER_DAY.matcher(f).region(end, f.length());
        List<int[]> ranges = new ArrayList<>(); // [fromOffset, toOffset, startMin, endMin or -1]
        if (sep.lookingAt()) {
            int[] r = timeRange(f, sep.end());
            if (r != null && !(r[3] < 0 && looksLikeDuration(f, r[1]))) {
                ranges.add(r);
                end = r[1];
                end = moreTimes(f, end, ranges);
            }
        }
        if (ranges.isEmpty()) {
            EventTime s = EventTime.allDay(span.first);
            EventTime e = span.last.equals(span.first) ? null : EventTime.allDay(span.last);
            out.add(new DateMention(from, end, s, e, null, null, deadline, problems));
            return end;
        }
        boolean firstRange = true;
        for (int[] r : ranges) {
            List<String> pr = new ArrayList<>(firstRange ? problems : List.of());
            LocalDate startDay = span.first;
            LocalDate endDay = ranges.size() == 1 ? span.last : span.first;
            EventTime s = EventTime.at(LocalDateTime.of(startDay, minutes(r[2])), ctx.zone());
            EventTime e = null;
            if (r[3] >= 0) {
                e = EventTime.at(LocalDateTime.of(endDay, minutes(r[3])), ctx.zone());
                if (e.compareTo(s) < 0) {
                    pr.add(
                            "date.end-before-start: \""
                                    + text.substring(r[0], r[1]).strip()
                                    + "\" ends before it starts");
                    e = null;
                }
            } else if (!endDay.equals(startDay)) {
                e = EventTime.allDay(endDay);
            }
            int mFrom = firstRange ? from : r[0];
            out.add(new DateMention(mFrom, r[1], s, e, null, null, deadline, pr));
            firstRange = false;
        }
        return end;
    }

    private static int moreTimes(String f, int end, List<int[]> ranges) {
        while (true) {
            Matcher more = MORE_TIMES.matcher(f).region(end, f.length());
            if (!more.lookingAt()) return end;
            int[] r = timeRange(f, more.end());
            if (r == null || r[3] < 0 && looksLikeDuration(f, r[1])) return end;
            ranges.add(r);
            end = r[1];
        }
    }

    /** "14h30 – 16h45", "de 10h à 11h, de 14h à 15h", "à 9h" with no day before. */
    private static int timesAlone(
            String text, String f, int i, DateContext ctx, List<DateMention> out) {
        int p = i;
        Matcher lead = TIME_LEAD.matcher(f).region(p, f.length());
        if (lead.lookingAt()) p = lead.end();
        int[] r = timeRange(f, p);
        if (r == null) return i;
        if (r[3] < 0) {
            // a single time alone must look like one: "18h00", "9h30 :", "à 9h", "midi";
            // "2h de formation" or "20 minutes" are durations
            boolean clockForm = CLOCK_FORM.matcher(f.substring(r[0], r[1])).matches();
            if (looksLikeDuration(f, r[1]) || !clockForm && p == i) return i;
        }
        List<int[]> ranges = new ArrayList<>();
        ranges.add(r);
        int end = moreTimes(f, r[1], ranges);
        boolean deadline = isDeadline(f, i);
        boolean first = true;
        for (int[] x : ranges) {
            List<String> problems = new ArrayList<>();
            String endTime = x[3] >= 0 ? hhmm(x[3]) : null;
            if (x[3] >= 0 && x[3] < x[2]) {
                problems.add(
                        "date.end-before-start: \""
                                + text.substring(x[0], x[1]).strip()
                                + "\" ends before it starts");
                endTime = null;
            }
            out.add(
                    new DateMention(
                            first ? i : x[0],
                            x[1],
                            null,
                            null,
                            hhmm(x[2]),
                            endTime,
                            deadline,
                            problems));
            first = false;
        }
        return end;
    }

    private static boolean looksLikeDuration(String f, int to) {
        String rest = f.substring(to, Math.min(f.length(), to + 12));
        return DURATION_AFTER.matcher(rest).matches();
    }

    /** {from, to, startMinutes, endMinutes or -1}, or null. */
    private static int @Nullable [] timeRange(String f, int p) {
        Matcher t = TIME.matcher(f).region(p, f.length());
        if (!t.lookingAt()) return null;
        int start = minutesOf(t);
        if (start < 0) return null;
        int end = -1;
        int to = t.end();
        Matcher j = TIME_RANGE_JOIN.matcher(f).region(to, f.length());
        if (j.lookingAt()) {
            Matcher t2 = TIME.matcher(f).region(j.end(), f.length());
            if (t2.lookingAt()) {
                int e = minutesOf(t2);
                if (e >= 0) {
                    end = e;
                    to = t2.end();
                }
            }
        }
        // "14 heures" is only a time when a range or an "h" form makes it one
        String written = f.substring(p, to);
        if (end < 0 && HOURS_WORD.matcher(written).matches() && !precededByTimeWord(f, p)) {
            return null;
        }
        return new int[] {p, to, start, end};
    }

    private static boolean precededByTimeWord(String f, int p) {
        String before = f.substring(Math.max(0, p - 4), p);
        return TIME_WORD_BEFORE.matcher(before).matches();
    }

    private static int minutesOf(Matcher t) {
        if (t.group(5) != null) return t.group(5).equals("midi") ? 12 * 60 : 0;
        String h = t.group(1) != null ? t.group(1) : t.group(3);
        String m = t.group(1) != null ? t.group(2) : t.group(4);
        int hour = Integer.parseInt(h);
        int min = m == null ? 0 : Integer.parseInt(m);
        if (hour > 24 || min > 59) return -1;
        if (hour == 24) return 23 * 60 + 59;
        return hour * 60 + min;
    }

    private static LocalTime minutes(int m) {
        return LocalTime.of(m / 60, m % 60);
    }

    private static String hhmm(int m) {
        int h = m / 60;
        int min = m % 60;
        return new String(
                new char[] {
                    (char) ('0' + h / 10),
                    (char) ('0' + h % 10),
                    ':',
                    (char) ('0' + min / 10),
                    (char) ('0' + min % 10)
                });
    }

    private static boolean isDeadline(String f, int from) {
        String before = f.substring(Math.max(0, from - 45), from);
        return DEADLINE_BEFORE.matcher(before).find();
    }

    /** The days a mention covers, where it ends, and what was wrong with it. */
    private record DaySpan(LocalDate first, LocalDate last, int end, List<String> problems) {}

    /** What one DAY_SPEC match said. */
    private record Spec(
            @Nullable String weekday,
            int day,
            int month,
            int year,
            int from,
            int to,
            boolean numeric) {

        boolean hasMonth() {
            return month > 0;
        }
    }

    private static @Nullable Spec spec(String f, int p) {
        Matcher m = DAY_SPEC.matcher(f).region(p, f.length());
        if (!m.lookingAt()) return null;
        String wd = m.group(1);
        if (m.group(2) != null) {
            int day = Integer.parseInt(m.group(2));
            int month = Integer.parseInt(m.group(3));
            int year = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            if (year > 0 && year < 100) year += 2000;
            if (day < 1 || day > 31 || month < 1 || month > 12) return null;
            return new Spec(wd, day, month, year, p, m.end(), true);
        }
        if (m.group(5) == null) return null;
        String d = m.group(5);
        int day =
                d.startsWith("1r") || d.equals("1er")
                        ? 1
                        : Integer.parseInt(NOT_DIGIT.matcher(d).replaceAll(""));
        if (day < 1 || day > 31) return null;
        int month = m.group(6) == null ? 0 : MONTHS.get(m.group(6));
        int year = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        int to = m.end();
        if (month == 0) {
            // a day without a month: keep only the number (and weekday) as matched
            to = m.end(5);
        }
        return new Spec(wd, day, month, year, p, to, false);
    }

    private static @Nullable DaySpan single(Spec s, DateContext ctx, String f) {
        if (!s.numeric && !s.hasMonth()) return null;
        List<String> problems = new ArrayList<>();
        LocalDate d = resolve(s, s.year, ctx, problems, f);
        if (d == null) return null;
        return new DaySpan(d, d, s.to, problems);
    }

    private static @Nullable DaySpan range(String f, Spec a, DateContext ctx) {
        Matcher join = RANGE_JOIN.matcher(f).region(a.to, f.length());
        if (!join.lookingAt()) return null;
        Spec b = spec(f, join.end());
        if (b == null || (!b.numeric && !b.hasMonth())) return null;
        if (a.numeric != b.numeric) return null;
        List<String> problems = new ArrayList<>();
        int year = b.year;
        int month = a.hasMonth() || a.numeric ? a.month : b.month;
        Spec aFull = new Spec(a.weekday, a.day, month, a.year, a.from, a.to, a.numeric);
        LocalDate last = resolve(b, b.year, ctx, problems, f);
        if (last == null) return null;
        LocalDate first;
        if (aFull.year > 0) {
            first = resolve(aFull, aFull.year, ctx, problems, f);
        } else if (year > 0 || b.year == 0) {
            // the first day is in the last day's year, or the year before when it would follow
            first = resolve(aFull, last.getYear(), ctx, problems, f);
            if (first != null && first.isAfter(last)) {
                first = resolve(aFull, last.getYear() - 1, ctx, problems, f);
            }
        } else {
            first = resolve(aFull, 0, ctx, problems, f);
        }
        if (first == null) return null;
        if (last.isBefore(first)) {
            if (b.year == 0) {
                last = last.plusYears(1);
            } else {
                problems.add(
                        "date.end-before-start: \""
                                + f.substring(a.from, b.to)
                                + "\" ends before it starts");
                last = first;
            }
        }
        return new DaySpan(first, last, b.to, problems);
    }

    private static @Nullable DaySpan list(String f, int p, DateContext ctx) {
        Matcher m = LIST_NUMBERS.matcher(f).region(p, f.length());
        if (!m.lookingAt()) return null;
        Spec b = spec(f, m.end());
        if (b == null || b.numeric || !b.hasMonth()) return null;
        String firstNumber = COMMA.split(m.group(1))[0].strip();
        int day = firstNumber.equals("1er") ? 1 : Integer.parseInt(firstNumber);
        List<String> problems = new ArrayList<>();
        LocalDate last = resolve(b, b.year, ctx, problems, f);
        if (last == null) return null;
        LocalDate first;
        try {
            first = LocalDate.of(last.getYear(), last.getMonth(), day);
        } catch (DateTimeException e) {
            return null;
        }
        if (first.isAfter(last)) return null;
        return new DaySpan(first, last, b.to, problems);
    }

    /** The date a spec names, with its year given or inferred; checks the weekday. */
    private static @Nullable LocalDate resolve(
            Spec s, int year, DateContext ctx, List<String> problems, String f) {
        LocalDate d;
        try {
            if (year > 0) {
                d = LocalDate.of(year, s.month, s.day);
            } else {
                LocalDate ref = ctx.reference();
                if (ref == null) return null;
                d = inferYear(s.month, s.day, ref);
                if (d == null) return null;
            }
        } catch (DateTimeException e) {
            return null;
        }
        if (s.weekday != null) {
            DayOfWeek written = WEEKDAYS.get(s.weekday);
            if (written != d.getDayOfWeek()) {
                problems.add(
                        "date.weekday-mismatch: \""
                                + f.substring(s.from, s.to).strip()
                                + "\" names a "
                                + written.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                + " but "
                                + d
                                + " is a "
                                + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                + "; the weekday is ignored");
            }
        }
        return d;
    }

    private static @Nullable LocalDate inferYear(int month, int day, LocalDate ref) {
        try {
            LocalDate d = LocalDate.of(ref.getYear(), month, day);
            // the reference's year, unless that puts the date most of a year before it: a post of
            // December announcing "10 janvier" means the next January
            if (d.toEpochDay() < ref.toEpochDay() - ROLL_OVER_DAYS) d = d.plusYears(1);
            return d;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
