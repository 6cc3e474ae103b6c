package dev.eventail.parser.internal.body;

import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.EventStatus;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.DiagnosticCodes;
import dev.eventail.parser.internal.dates.DateContext;
import dev.eventail.parser.internal.dates.DateMention;
import dev.eventail.parser.internal.dates.FrenchDates;
import dev.eventail.parser.internal.text.TextHeuristics;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Walks a post's body (Markdown with HTML blocks) and finds its sub-events. Thread-safe.
 *
 * <p>The body is read once into {@link Block}s ({@link BodyBlocks}); each block's dates come from
 * {@link FrenchDates}. A sub-event starts where a date or time opens a block or a line, in one of
 * these shapes:
 *
 * <ul>
 *   <li><b>session header</b>: a block opening with a day ({@code **[Le 03/11 de 14h à 18h]
 *       [Atelier]** *Title*}, {@code <b>Le jeudi 03/11 ...<br>[Meetup]</b> <i>Title</i>}, {@code ##
 *       Mardi 6 avril : « Title »}, {@code - 4 mars - présentiel} under a heading). Title: the
 *       emphasised text after the date and bracketed tags, else the rest of the line, else the
 *       heading the block sits under, else the tags; bracketed tags become keywords. Several time
 *       ranges ({@code de 10h à 11h, de 14h à 15h ou de 16h à 17h}) give one session each.
 *   <li><b>entry</b>: a line opening with a day or a time right under an emphasised title line
 *       ({@code * **Le virage cloud**<br>Lundi 29 novembre 2021, 17h-17h30}): sessions titled by
 *       that line; a time alone takes the day in force (below).
 *   <li><b>slot</b>: a block opening with a time alone ({@code [9h30-10h] Introduction}, {@code *
 *       **9h30 :** ...}, {@code ### 18h00} followed by its text): a slot of the session it follows
 *       (when that session is one day) or of the post.
 *   <li><b>day context</b>: a heading or wholly emphasised line holding only a day ({@code
 *       **25/11/2020**}, {@code ***Le 16 décembre à Paris***}): not an event, it gives its day to
 *       the times that follow.
 * </ul>
 *
 * <p>A sub-event's description is its header's remaining lines and the blocks up to the next
 * sub-event, heading or rule; its place, mode, admission, accessibility, status and links (by their
 * label: {@code Plus d'informations et inscriptions}, {@code S'inscrire}...) come from that text
 * only. Deadlines ({@code jusqu'au 2 décembre}) never start a sub-event.
 *
 * <p>Inheritance (the one rule of the model): a sub-event takes from its post the organizer,
 * language, url, categories and images; it takes the post's place and attendance mode only when its
 * own text states none and the post states exactly one (never for a MIXED post); its keywords are
 * its own bracketed tags; admission and accessibility come from its own text, or from the post when
 * the post states them for all. This reader fills what it knows from {@link BodyInput} (organizer,
 * language, url) and each sub-event's own statements; the post mapping applies the rest once the
 * post event is built, slots inheriting from their session the same way.
 */
public final class BodyReader {

    private static final Pattern INVITATION =
            Pattern.compile(
                    "retrouvez-nous|rejoignez-nous|rendez-vous|inscrivez-vous|participez|venez"
                            + "|nous vous (?:invitons|attendons|donnons rendez-vous)|vous invite");
    private static final Pattern AT_A_TOWN =
            Pattern.compile("(?:^|\\s)[àa] (?!distance\\b)\\p{Lu}[\\p{L}-]+");
    private static final Pattern LINK_SCHEME =
            Pattern.compile("\\s*([a-zA-Z][a-zA-Z0-9+.-]{0,30}):");
    private static final Pattern TAG = Pattern.compile("\\[([^\\[\\]\\n]{1,80})\\]");
    private static final Pattern LEAD_NOISE = Pattern.compile("[\\s\\[(*_~•·>\\-–—]*");
    private static final Pattern AFTER_HEADER = Pattern.compile("[\\s\\])*_~:,.;–—\\-|/]*");
    private static final Pattern TITLE_SKIP = Pattern.compile("[ \\t\\])*_~:,.;–—\\-|/]*");
    private static final Pattern TITLE_TRIM =
            Pattern.compile("^[\\s:;,.\\-–—|/*_~»)\\]]+|[\\s:;,\\-–—|/*_~«(\\[]+$");
    private static final Pattern NOT_A_TITLE =
            Pattern.compile(
                    "(?i)(?:(?:en |à |a )?(?:présentiel|presentiel|visio(?:conférence|conference)?|en ligne|"
                            + "webinaire|distanciel|paris|complet|annulé|annule|reporté|nouvelle session"
                            + "|à paris|a paris)[\\s!,.\\-–—]*)+");

    /** The sub-events and post-level findings of a body; problems go to the input's sink. */
    public BodyFindings read(BodyInput input) {
        try {
            return new Walk(input, BodyBlocks.read(input.body())).run();
        } catch (RuntimeException e) {
            // a parser bug must cost this body's sub-events, never the post
            input.diagnostics()
                    .accept(
                            Diagnostic.warning(
                                    "body.unreadable",
                                    "the body could not be walked: " + e,
                                    SourceRef.of(input.sourceFile(), input.bodyLine())));
            return BodyFindings.empty(input.body().strip());
        }
    }

    /** One pass over the blocks of one body. */
    private static final class Walk {
        final BodyInput in;
        final List<Block> blocks;
        final DateContext ctx;
        final List<Found> found = new ArrayList<>();

        /** Per block: the sub-event whose description it belongs to, or null. */
        final @Nullable Found[] owner;

        @Nullable LocalDate invitedDay;

        /** Whether {@code limit.time} was said (the walk and the building of events both check). */
        boolean timeReported;

        /** Per block: the headings it sits under, outermost first (block indexes). */
        final List<List<Integer>> headings = new ArrayList<>();

        /*
         * Per block, computed on first use: the date grammar and the link roles are the costliest
         * reads of a block, and the walk asks for the same block's several times (its own turn,
         * the look-ahead of a slot, the invitation scans, the sections of every session).
         */
        private final @Nullable List<DateMention>[] mentionsOf;
        private final @Nullable List<Link>[] linksOf;
        private final @Nullable String[] normalisedOf;
        private final IdentityHashMap<Block, Integer> indexOf;

        Walk(BodyInput in, List<Block> blocks) {
            this.in = in;
            this.blocks = blocks;
            this.ctx = new DateContext(in.referenceDate(), in.zone());
            this.owner = new Found[blocks.size()];
            @SuppressWarnings("unchecked")
            List<DateMention>[] mentions = new List[blocks.size()];
            this.mentionsOf = mentions;
            @SuppressWarnings("unchecked")
            List<Link>[] links = new List[blocks.size()];
            this.linksOf = links;
            this.normalisedOf = new String[blocks.size()];
            this.indexOf = new IdentityHashMap<>(blocks.size() * 2);
            for (int k = 0; k < blocks.size(); k++) indexOf.putIfAbsent(blocks.get(k), k);
            List<Integer> stack = new ArrayList<>();
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                if (b.kind() == Block.Kind.HEADING) {
                    while (!stack.isEmpty()
                            && blocks.get(stack.get(stack.size() - 1)).level() >= b.level()) {
                        stack.remove(stack.size() - 1);
                    }
                }
                headings.add(List.copyOf(stack));
                if (b.kind() == Block.Kind.HEADING) stack.add(k);
            }
        }

        BodyFindings run() {
            String heading = null;
            boolean headingFresh = false;
            Found openSession = null;
            LocalDate day = null;
            // "venez ... le 23 janvier prochain": the day a programme without a date belongs to
            DateMention invited = invitation(false);
            invitedDay =
                    invited != null
                                    && (invited.end() == null
                                            || invited.end().date().equals(invited.start().date()))
                            ? invited.start().date()
                            : null;
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                List<DateMention> mentions = mentions(k);
                if (in.deadline().expired()) {
                    outOfTime(b.firstLine());
                    break;
                }
                report(b, mentions);
                reportRefusedLinks(b);
                Header h = header(b, mentions);
                if (h == null) {
                    List<Found> entries = entries(b, mentions, day, k);
                    if (!entries.isEmpty()) {
                        found.addAll(entries);
                        if (b.kind() == Block.Kind.HEADING) headingFresh = false;
                        continue;
                    }
                    Found part = titledPart(b, mentions, k);
                    if (part != null) {
                        found.add(part);
                        group(1);
                        openSession = part;
                        continue;
                    }
                    if (b.kind() == Block.Kind.HEADING) {
                        heading = clean(b.text());
                        headingFresh = true;
                        if (openSession != null
                                && (!openSession.heading || b.level() <= openSession.level)) {
                            openSession = null;
                        }
                        continue;
                    }
                    if (b.kind() == Block.Kind.RULE) {
                        openSession = null;
                        continue;
                    }
                    owner[k] = k > 0 ? owner[k - 1] : null;
                    continue;
                }
                if (h.dayContext) {
                    day = h.mentions.get(0).start().date();
                    openSession = null;
                    continue;
                }
                if (h.slot) {
                    LocalDate slotDay = null;
                    Found parent = null;
                    if (openSession != null && openSession.singleDay() != null) {
                        parent = openSession;
                        slotDay = openSession.singleDay();
                    }
                    if (slotDay == null) slotDay = day;
                    if (slotDay == null) slotDay = invitedDay;
                    if (slotDay == null) slotDay = in.referenceDate();
                    String title = h.title;
                    if (title.isEmpty() && k + 1 < blocks.size()) {
                        Block next = blocks.get(k + 1);
                        if (header(next, mentions(k + 1)) == null
                                && next.kind() != Block.Kind.HEADING) {
                            title = firstLine(next.text());
                        }
                    }
                    for (DateMention m : h.mentions) {
                        Found f = new Found(EventKind.SLOT, b, k, h.headerEnd);
                        f.parent = parent;
                        f.title = title;
                        f.keywords.addAll(h.tags);
                        f.line = b.lineAt(m.from());
                        if (slotDay != null) {
                            f.start = FrenchDates.at(slotDay, m.startTime(), in.zone());
                            if (m.endTime() != null) {
                                f.end = FrenchDates.at(slotDay, m.endTime(), in.zone());
                            }
                        } else {
                            diag(
                                    "body.time-without-date",
                                    "the programme time \""
                                            + b.text().substring(m.from(), m.to()).strip()
                                            + "\" has no day to belong to",
                                    f.line);
                        }
                        if (title.isEmpty()) {
                            f.title = b.text().substring(m.from(), m.to()).strip();
                        }
                        found.add(f);
                    }
                    group(h.mentions.size());
                    continue;
                }
                if (!h.bracketed && past(h.mentions.get(0).start())) {
                    // "- 12 mars 2024 : sortie du RGAA" in an article is history, not an
                    // announcement; bracketed agenda headers are always read
                    owner[k] = k > 0 ? owner[k - 1] : null;
                    continue;
                }
                // a session header
                String title = h.title;
                boolean fromHeading = false;
                if (title.isEmpty() || NOT_A_TITLE.matcher(lettersOnly(title)).matches()) {
                    if (heading != null && (headingFresh || lastUsedHeading(heading))) {
                        title = heading;
                        fromHeading = true;
                    } else if (title.isEmpty()
                            && k + 1 < blocks.size()
                            && blocks.get(k + 1).fullyEmphasised()
                            && blocks.get(k + 1).text().strip().length() <= 250) {
                        title = clean(blocks.get(k + 1).text());
                    } else if (!h.tags.isEmpty()) {
                        title = String.join(" – ", h.tags);
                    } else if (title.isEmpty()) {
                        String written =
                                b.text()
                                        .substring(h.mentions.get(0).from(), h.mentions.get(0).to())
                                        .strip();
                        diag(
                                "body.date-without-title",
                                "the date \""
                                        + written
                                        + "\" opens a block with no title; the date is used as its"
                                        + " title",
                                b.lineAt(h.mentions.get(0).from()));
                        title = written;
                    }
                }
                if (!fromHeading) headingFresh = false;
                int made = 0;
                for (DateMention m : h.mentions) {
                    for (EventTime[] span : daily(m)) {
                        Found f = new Found(EventKind.SESSION, b, k, h.headerEnd);
                        f.title = title;
                        f.titleFromHeading = fromHeading ? heading : null;
                        f.keywords.addAll(h.tags);
                        f.line = b.lineAt(m.from());
                        f.start = span[0];
                        f.end = span[1];
                        f.heading = b.kind() == Block.Kind.HEADING;
                        f.level = b.level();
                        found.add(f);
                        made++;
                    }
                }
                group(made);
                openSession = made == 1 ? last() : null;
                if (h.slotDay != null) day = h.slotDay;
            }
            return build();
        }

        /**
         * "Du 16/11 au 20/11 de 17h à 17h30" is a session each day; a range of whole days is one
         * session.
         */
        private List<EventTime[]> daily(DateMention m) {
            EventTime s = m.start();
            EventTime e = m.end();
            List<EventTime[]> out = new ArrayList<>();
            if (s == null) return out;
            if (e == null
                    || s.isAllDay()
                    || e.isAllDay()
                    || e.date().equals(s.date())
                    || e.date().toEpochDay() - s.date().toEpochDay() > 14) {
                out.add(new EventTime[] {s, e});
                return out;
            }
            for (LocalDate d = s.date(); !d.isAfter(e.date()); d = d.plusDays(1)) {
                out.add(
                        new EventTime[] {
                            EventTime.at(d.atTime(s.time()), in.zone()),
                            EventTime.at(d.atTime(e.time()), in.zone())
                        });
            }
            return out;
        }

        /**
         * In a post with no programme, a dated time the text invites the reader to ("retrouvez-nous
         * le 9 novembre à 15h") is the event's date; dates merely reported are not.
         */
        private @Nullable DateMention invitation(boolean withTime) {
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                if (in.deadline().expired()) return null; // the block loop says where it stopped
                // a sentence holding many dates is folded and matched once, not once per date:
                // a line of thousands of dates was quadratic here
                int checkedFrom = -1;
                int checkedTo = -1;
                for (DateMention m : mentions(k)) {
                    if (m.deadline() || m.start() == null) continue;
                    if (withTime && m.start().isAllDay()) continue;
                    String t = b.text();
                    int from = m.from();
                    if (from > checkedFrom && from < checkedTo && m.to() <= checkedTo) continue;
                    while (from > 0 && ".!?\n".indexOf(t.charAt(from - 1)) < 0) from--;
                    int to = m.to();
                    while (to < t.length() && ".!?\n".indexOf(t.charAt(to)) < 0) to++;
                    String sentence = FrenchDates.fold(t.substring(from, to));
                    if (INVITATION.matcher(sentence).find()) return m;
                    checkedFrom = from;
                    checkedTo = to;
                }
            }
            return null;
        }

        /**
         * Block k's text as plain text: each sub-event of a group and the post's own text read the
         * same blocks.
         */
        private String normalised(int k) {
            String t = normalisedOf[k];
            if (t == null) {
                t = normalise(blocks.get(k).text());
                normalisedOf[k] = t;
            }
            return t;
        }

        /** The date mentions of block k (the date grammar is pure: computed once). */
        private List<DateMention> mentions(int k) {
            List<DateMention> m = mentionsOf[k];
            if (m == null) {
                m = FrenchDates.find(blocks.get(k).text(), ctx, in.deadline()::expired);
                mentionsOf[k] = m;
            }
            return m;
        }

        private boolean lastUsedHeading(String heading) {
            for (int i = found.size() - 1; i >= 0; i--) {
                Found f = found.get(i);
                if (f.kind != EventKind.SESSION) continue;
                return heading.equals(f.titleFromHeading);
            }
            return false;
        }

        /** The last n found share one description: the last one's. */
        private void group(int n) {
            Found rep = last();
            for (int i = found.size() - n; i < found.size(); i++) found.get(i).group = rep;
            owner[rep.blockIndex] = rep;
        }

        private Found last() {
            return found.get(found.size() - 1);
        }

        /** Dates in any block are checked, even when they start no sub-event. */
        private void report(Block b, List<DateMention> mentions) {
            for (DateMention m : mentions) {
                for (String p : m.problems()) {
                    int colon = p.indexOf(':');
                    String code = colon > 0 ? p.substring(0, colon) : "date.problem";
                    String message = colon > 0 ? p.substring(colon + 1).strip() : p;
                    diag(code, message, b.lineAt(m.from()));
                }
            }
        }

        /**
         * A {@code javascript:}, {@code data:} or other link that is not http(s) or mailto is
         * dropped wherever the body's links are read; said once here, at its line.
         */
        private void reportRefusedLinks(Block b) {
            for (Block.FoundLink l : b.links()) {
                Matcher scheme = LINK_SCHEME.matcher(l.href());
                if (!scheme.lookingAt()) continue;
                String name = scheme.group(1).toLowerCase(java.util.Locale.ROOT);
                if (name.equals("http") || name.equals("https") || name.equals("mailto")) continue;
                if (TextHeuristics.url(l.href().strip()).url() != null) continue; // host:port
                in.diagnostics()
                        .accept(
                                Diagnostic.warning(
                                        DiagnosticCodes.URL_REFUSED,
                                        "the link \""
                                                + shortened(TextHeuristics.collapse(l.label()))
                                                + "\" was dropped: it uses the "
                                                + name
                                                + ": scheme, not http(s) or mailto",
                                        ref(l.line())));
            }
        }

        private static String shortened(String label) {
            return label.length() <= 60 ? label : label.substring(0, 60) + "…";
        }

        /** The file took longer than its budget: what was read before that line is kept. */
        private void outOfTime(int bodyLine) {
            if (timeReported) return;
            timeReported = true;
            SourceRef at = ref(bodyLine);
            in.diagnostics()
                    .accept(
                            Diagnostic.warning(
                                    DiagnosticCodes.LIMIT_TIME,
                                    "reading the file took longer than the limit of "
                                            + in.deadline().budgetText()
                                            + "; stopped at line "
                                            + at.line()
                                            + ", the rest of the body ignored",
                                    at));
        }

        private void diag(String code, String message, int bodyLine) {
            in.diagnostics().accept(Diagnostic.warning(code, message, ref(bodyLine)));
        }

        private SourceRef ref(int bodyLine) {
            return SourceRef.of(
                    in.sourceFile(), Math.max(1, in.bodyLine() + Math.max(1, bodyLine) - 1));
        }

        /** What opens a block: a session header, a slot, or a day context; null when none. */
        private @Nullable Header header(Block b, List<DateMention> mentions) {
            if (mentions.isEmpty() || b.kind() == Block.Kind.RULE) return null;
            DateMention first = mentions.get(0);
            if (first.deadline()) return null;
            String text = b.text();
            String lead = text.substring(0, first.from());
            if (!LEAD_NOISE.matcher(lead).matches()) return null;
            boolean bracketed = lead.contains("[");
            String firstLine = firstLine(text.substring(first.from()));
            boolean emphasised = b.emphasisedAt(first.from());
            boolean shortLine = text.strip().length() <= 100;
            boolean ok =
                    bracketed
                            || emphasised
                            || b.kind() == Block.Kind.HEADING
                            || (b.kind() == Block.Kind.ITEM && firstLine.length() <= 220)
                            || shortLine
                            // "9h30 - 10h30 : lancement ..." opens a programme item at any length
                            || first.start() == null
                                    && COLON_OR_DASH_NEXT
                                            .matcher(text.substring(first.to()))
                                            .matches();
            if (!ok) return null;
            List<DateMention> chain = new ArrayList<>();
            chain.add(first);
            for (int i = 1; i < mentions.size(); i++) {
                DateMention prev = chain.get(chain.size() - 1);
                DateMention m = mentions.get(i);
                String between = text.substring(prev.to(), m.from());
                if (!JOINER.matcher(between).matches()) break;
                if ((m.start() == null) != (first.start() == null) || m.deadline()) break;
                chain.add(m);
            }
            int end = chain.get(chain.size() - 1).to();
            // the bracketed tags after the date, possibly across a line break
            List<String> tags = new ArrayList<>();
            int p = end;
            while (true) {
                Matcher skip = AFTER_HEADER.matcher(text).region(p, text.length());
                int q = skip.lookingAt() ? skip.end() : p;
                Matcher tag = TAG.matcher(text).region(q, text.length());
                if (!tag.lookingAt()) break;
                String t = clean(tag.group(1));
                if (!t.isEmpty()) tags.add(t);
                p = tag.end();
            }
            Matcher skip = TITLE_SKIP.matcher(text).region(p, text.length());
            int titleFrom = skip.lookingAt() ? skip.end() : p;
            String title = title(b, titleFrom);
            Header h = new Header(chain, tags, title, p);
            h.bracketed = bracketed;
            if (first.start() == null) {
                h.slot = true;
                return h;
            }
            // an application window or a whole season ("[Du 02/11 au 30/11] [Appel à idées]")
            // is not something one attends on a date
            if (first.start().isAllDay()
                    && first.end() != null
                    && first.end().date().toEpochDay() - first.start().date().toEpochDay() > 7) {
                return null;
            }
            // "1er mars 2018 … 1er mars 2023": dates side by side, not a dated title
            int eol = text.indexOf('\n', end);
            int lineEnd = eol < 0 ? text.length() : eol;
            // the chain is a prefix of the mentions: what follows it, without a quadratic contains
            for (DateMention m : mentions.subList(chain.size(), mentions.size())) {
                if (m.from() >= end
                        && m.from() < lineEnd
                        && m.start() != null
                        && m.from() - end < 8) {
                    return null;
                }
            }
            boolean hasTime = !first.start().isAllDay();
            boolean quiet =
                    title.isEmpty()
                            || title.length() <= 40
                                    && NOT_A_TITLE.matcher(lettersOnly(title)).matches()
                            || PLACE_LEAD.matcher(title).matches();
            boolean standsAlone = b.kind() == Block.Kind.HEADING || b.fullyEmphasised();
            if (!hasTime && quiet && standsAlone && tags.isEmpty() && !bracketed) {
                h.dayContext = true;
            }
            h.slotDay = first.start().date();
            return h;
        }

        /** True for a day before the post's reference date (its event, else its publication). */
        private boolean past(@Nullable EventTime start) {
            LocalDate ref = in.referenceDate();
            return start != null && ref != null && start.date().isBefore(ref.minusDays(1));
        }

        /**
         * A part of a programme named before its dates, standing alone as a heading or in bold
         * ({@code ### Le Forum en ligne du 29 novembre au 15 décembre 2021 en ligne}, {@code
         * **Forum physique à Paris le 15 décembre 2022**}): a session titled by the name.
         */
        private @Nullable Found titledPart(Block b, List<DateMention> mentions, int k) {
            if (mentions.isEmpty()) return null;
            if (b.kind() != Block.Kind.HEADING && !b.fullyEmphasised()) return null;
            String text = b.text().strip();
            if (text.length() > 120 || b.text().contains("\n") && b.kind() != Block.Kind.HEADING) {
                return null;
            }
            List<DateMention> dated =
                    mentions.stream().filter(m -> m.start() != null && !m.deadline()).toList();
            if (dated.size() != 1 || mentions.size() != 1) return null;
            DateMention m = dated.get(0);
            String name = clean(b.text().substring(0, m.from()));
            String after = clean(b.text().substring(m.to()));
            if (name.split("\\s+").length < 2 || after.length() > 30 || past(m.start())) {
                return null;
            }
            Found f = new Found(EventKind.SESSION, b, k, m.to());
            f.title = name;
            f.part = true;
            f.line = b.lineAt(m.from());
            f.start = m.start();
            f.end = m.end();
            f.heading = b.kind() == Block.Kind.HEADING;
            f.level = b.level();
            return f;
        }

        /** Sessions from "title line, then a line opening with a date or time". */
        private List<Found> entries(
                Block b, List<DateMention> mentions, @Nullable LocalDate day, int k) {
            List<Found> out = new ArrayList<>();
            String text = b.text();
            for (int i = 0; i < mentions.size(); i++) {
                DateMention m = mentions.get(i);
                if (m.deadline()) continue;
                int lineStart = text.lastIndexOf('\n', m.from() - 1) + 1;
                if (lineStart == 0) continue;
                if (!LEAD_NOISE.matcher(text.substring(lineStart, m.from())).matches()) continue;
                // the title: the nearest non-blank line above, wholly emphasised
                int end = lineStart - 1;
                while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
                int start = text.lastIndexOf('\n', end - 1) + 1;
                if (end <= start) continue;
                boolean emph = true;
                for (int c = start; c < end; c++) {
                    if (!Character.isWhitespace(text.charAt(c)) && !b.emphasisedAt(c)) {
                        emph = false;
                        break;
                    }
                }
                String title = clean(text.substring(start, end));
                if (!emph || title.isEmpty() || title.length() > 250) continue;
                // this mention and the ranges chained to it
                List<DateMention> chain = new ArrayList<>();
                chain.add(m);
                while (i + 1 < mentions.size()) {
                    DateMention n = mentions.get(i + 1);
                    String between = text.substring(chain.get(chain.size() - 1).to(), n.from());
                    if (!JOINER.matcher(between).matches()) break;
                    chain.add(n);
                    i++;
                }
                if (past(m.start())) continue;
                for (DateMention c : chain) {
                    Found f = new Found(EventKind.SESSION, b, k, c.to());
                    f.title = title;
                    f.line = b.lineAt(start);
                    if (c.start() != null) {
                        f.start = c.start();
                        f.end = c.end();
                    } else {
                        LocalDate d =
                                day != null
                                        ? day
                                        : invitedDay != null ? invitedDay : in.referenceDate();
                        if (d == null) {
                            diag(
                                    "body.time-without-date",
                                    "the time \""
                                            + text.substring(c.from(), c.to()).strip()
                                            + "\" of \""
                                            + title
                                            + "\" has no day",
                                    f.line);
                        } else {
                            f.start = FrenchDates.at(d, c.startTime(), in.zone());
                            if (c.endTime() != null) {
                                f.end = FrenchDates.at(d, c.endTime(), in.zone());
                            }
                        }
                    }
                    f.descFrom = chain.get(chain.size() - 1).to();
                    f.textFrom = start;
                    out.add(f);
                }
                Found rep = out.get(out.size() - 1);
                for (Found x : out) {
                    if (x.textFrom == start) x.group = rep;
                }
                owner[k] = rep;
            }
            // each entry's own text ends where the next one's title begins
            for (int j = 0; j + 1 < out.size(); j++) {
                if (out.get(j + 1).textFrom > out.get(j).textFrom) {
                    out.get(j).textTo = out.get(j + 1).textFrom;
                }
            }
            return out;
        }

        /** The emphasised run at {@code from}, else the rest of its line. */
        private static String title(Block b, int from) {
            String text = b.text();
            if (from >= text.length()) return "";
            int eol = text.indexOf('\n', from);
            if (eol >= 0 && text.substring(from, eol).isBlank()) return "";
            if (b.emphasisedAt(from)) {
                int to = from;
                while (to < text.length() && (b.emphasisedAt(to) || text.charAt(to) == ' ')) {
                    if (text.charAt(to) == '\n') break;
                    to++;
                }
                String t = clean(text.substring(from, to));
                if (!t.isEmpty()) return t;
            }
            return clean(firstLine(text.substring(from)));
        }

        /*
         * Cut in steps so that the JIT compiles several small methods instead of one large one: in
         * one piece, a 20,000-post run compiled it three times, each with a C2 arena of 36 to 67
         * MB (JDK 25's compiler memory statistics), and peak resident memory caught them.
         */
        private BodyFindings build() {
            describeEach();
            // a body holding one untagged dated block describes the post's own event
            boolean single =
                    found.size() == 1
                            && found.get(0).kind == EventKind.SESSION
                            && found.get(0).keywords.isEmpty();
            List<Found> kept = single ? List.of() : found;
            List<Found> topLevel = numbered(kept);
            startWholeDaysAtTheirProgramme(kept);
            List<Event> sessions = new ArrayList<>();
            for (Found f : topLevel) {
                // each sub-event reads its own text: thousands from one block add up
                if (in.deadline().overrun()) {
                    outOfTime(f.line);
                    break;
                }
                sessions.add(toEvent(f, in.parentId()));
            }
            return postFindings(sessions);
        }

        /** Each sub-event's description (its own text) and the text its heuristics read. */
        private void describeEach() {
            for (Found f : found) {
                String headerText = f.block.text();
                int to =
                        f.textTo >= 0
                                ? Math.min(f.textTo, headerText.length())
                                : headerText.length();
                int from = Math.min(Math.max(f.descFrom, 0), to);
                String rest = headerText.substring(from, to);
                StringBuilder desc = new StringBuilder();
                String restClean = dropTitle(rest, f.title);
                if (!restClean.isBlank()) desc.append(normalise(restClean));
                Found rep = f.group == null ? f : f.group;
                boolean lastOfBlock = f.textTo < 0;
                if (lastOfBlock) {
                    for (int j = f.blockIndex + 1; j < blocks.size() && owner[j] == rep; j++) {
                        f.descBlocks.add(blocks.get(j));
                        String t = normalised(j);
                        if (t.isEmpty()) continue;
                        if (desc.length() > 0) desc.append("\n\n");
                        desc.append(t);
                    }
                }
                f.description = desc.length() == 0 ? null : desc.toString();
                StringBuilder own =
                        new StringBuilder(headerText.substring(Math.min(f.textFrom, to), to));
                for (Block d : f.descBlocks) own.append('\n').append(d.text());
                f.ownText = own.toString();
            }
        }

        /** Gives the kept sub-events their ids; returns those that are not inside a session. */
        private List<Found> numbered(List<Found> kept) {
            List<Found> topLevel = new ArrayList<>();
            int sessionCount = 0;
            int postSlots = 0;
            for (Found f : kept) {
                if (f.kind == EventKind.SESSION) {
                    f.id = in.parentId() + "/s" + (++sessionCount);
                    topLevel.add(f);
                } else if (f.parent == null) {
                    f.id = in.parentId() + "/p" + (++postSlots);
                    topLevel.add(f);
                } else {
                    f.id = f.parent.id + "/p" + (++f.parent.slotCount);
                    f.parent.children.add(f);
                }
            }
            return topLevel;
        }

        /** A session given as a whole day starts with its programme's first time. */
        private void startWholeDaysAtTheirProgramme(List<Found> kept) {
            for (Found f : kept) {
                if (f.kind != EventKind.SESSION || f.start == null || !f.start.isAllDay()) continue;
                EventTime first = null;
                EventTime last = null;
                for (Found c : f.children) {
                    if (c.start == null || c.start.isAllDay()) continue;
                    if (first == null || c.start.compareTo(first) < 0) first = c.start;
                    if (c.end != null && (last == null || c.end.compareTo(last) > 0)) last = c.end;
                }
                if (first != null && first.date().equals(f.start.date())) {
                    f.start = first;
                    if (f.end == null) f.end = last;
                }
            }
        }

        /** What the body says about the whole post: the text outside every sub-event. */
        private BodyFindings postFindings(List<Event> sessions) {
            StringBuilder outside = new StringBuilder();
            StringBuilder all = new StringBuilder();
            List<Link> postLinks = new ArrayList<>();
            boolean[] inside = new boolean[blocks.size()];
            for (Found f : found) {
                inside[f.blockIndex] = true;
                for (Block d : f.descBlocks) inside[indexOf.get(d)] = true;
            }
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                String t = normalised(k);
                if (!t.isEmpty()) {
                    if (all.length() > 0) all.append("\n\n");
                    all.append(t);
                }
                if (inside[k]) continue;
                if (!t.isEmpty()) outside.append(t).append('\n');
                postLinks.addAll(links(k));
            }
            String outsideText = outside.toString();
            EventTime start = null;
            EventTime end = null;
            EventTime latestStart = null;
            for (Found f : found) {
                if (f.kind != EventKind.SESSION || f.start == null) continue;
                if (start == null || f.start.compareTo(start) < 0) start = f.start;
                if (latestStart == null || f.start.compareTo(latestStart) > 0)
                    latestStart = f.start;
                if (f.end != null && (end == null || f.end.compareTo(end) > 0)) end = f.end;
            }
            // the post ends with its last session: its end, else that day
            if (latestStart != null && (end == null || end.compareTo(latestStart) < 0)) {
                end =
                        latestStart.date().equals(start.date())
                                ? null
                                : EventTime.allDay(latestStart.date());
            }
            if (start == null && found.isEmpty()) {
                DateMention invited = invitation(true);
                if (invited != null) {
                    start = invited.start();
                    end = invited.end();
                }
            }
            return new BodyFindings(
                    sessions,
                    dedupe(postLinks),
                    TextHeuristics.admission(outsideText),
                    TextHeuristics.accessibility(outsideText),
                    TextHeuristics.attendanceMode(outsideText),
                    TextHeuristics.status(outsideText),
                    start,
                    end,
                    all.toString());
        }

        private Event toEvent(Found f, String parentId) {
            String ownAll = f.ownText;
            Place place = TextHeuristics.placeInText(ownAll).orElse(null);
            // a programme part is held as its name says ("Le Forum à Paris", "Forum virtuel"):
            // its section also tells how to register online
            AttendanceMode mode = f.part ? headingMode(f.block.text()) : AttendanceMode.UNKNOWN;
            if (mode == AttendanceMode.UNKNOWN) mode = TextHeuristics.attendanceMode(ownAll);
            List<Integer> path = headings.get(f.blockIndex);
            // the part of a programme a session sits in ("Forum en ligne") says how it is held
            for (int i = path.size() - 1; i >= 0 && mode == AttendanceMode.UNKNOWN; i--) {
                mode = headingMode(blocks.get(path.get(i)).text());
            }
            if (mode == AttendanceMode.UNKNOWN && place != null && place.hasAddress()) {
                mode = AttendanceMode.OFFLINE;
            }
            Admission admission = TextHeuristics.admission(ownAll);
            List<String> access = TextHeuristics.accessibility(ownAll);
            EventStatus status = TextHeuristics.status(f.block.text());
            List<Block> ownBlocks = new ArrayList<>();
            ownBlocks.add(f.block);
            ownBlocks.addAll(f.descBlocks);
            List<Link> links = new ArrayList<>();
            boolean registration = false;
            for (Link l : dedupe(links(ownBlocks, f))) {
                // a second registration link further down belongs to what follows the session
                if (l.role() == LinkRole.REGISTRATION) {
                    if (registration) continue;
                    registration = true;
                }
                links.add(l);
            }
            if (f.kind == EventKind.SESSION
                    && links.stream().noneMatch(l -> l.role() == LinkRole.REGISTRATION)) {
                // the registration of the programme part it is, or belongs to
                // (a part itself looks only in its own section: the one around it holds its
                // sibling parts and their links)
                List<Integer> parts = new ArrayList<>(f.part ? List.of() : path);
                if (f.heading) parts.add(f.blockIndex);
                for (int i = parts.size() - 1; i >= 0; i--) {
                    Link reg = null;
                    for (Link l : sectionLinks(parts.get(i))) {
                        if (l.role() == LinkRole.REGISTRATION) {
                            reg = l;
                            break;
                        }
                    }
                    if (reg != null) {
                        links.add(reg);
                        break;
                    }
                }
            }
            List<Event> children = new ArrayList<>();
            for (Found c : f.children) children.add(toEvent(c, f.id));
            String title = f.title.isEmpty() ? "(sans titre)" : f.title;
            Event.Builder e =
                    Event.builder(f.id, f.kind, title, ref(f.line))
                            .parentId(parentId)
                            .description(f.description)
                            .start(f.start)
                            .end(f.end)
                            .attendanceMode(mode)
                            .status(status)
                            .place(place)
                            .admission(admission)
                            .links(links)
                            .keywords(List.copyOf(new LinkedHashSet<>(f.keywords)))
                            .accessibility(access)
                            .organizer(in.organizer())
                            .language(in.language())
                            .url(in.url())
                            .subEvents(children);
            return e.build();
        }

        /** The role-bearing links of block k, computed once. */
        private List<Link> links(int k) {
            List<Link> l = linksOf[k];
            if (l == null) {
                l = links(List.of(blocks.get(k)), null);
                linksOf[k] = l;
            }
            return l;
        }

        /** The role-bearing links of the section a heading opens, in block order. */
        private List<Link> sectionLinks(int heading) {
            int level = blocks.get(heading).level();
            List<Link> out = new ArrayList<>();
            for (int j = heading + 1; j < blocks.size(); j++) {
                Block b = blocks.get(j);
                if (b.kind() == Block.Kind.HEADING && b.level() <= level) break;
                out.addAll(links(j));
            }
            return out;
        }

        /** The role-bearing links of blocks (for an entry, only those in its own lines). */
        private List<Link> links(List<Block> from, @Nullable Found f) {
            List<Link> out = new ArrayList<>();
            for (Block b : from) {
                if (f != null && b != f.block) {
                    // the entry's other blocks are whole: their links are the block's own
                    out.addAll(links(indexOf.get(b)));
                    continue;
                }
                for (Block.FoundLink l : b.links()) {
                    if (f != null && b == f.block) {
                        if (l.at() < f.textFrom || f.textTo >= 0 && l.at() >= f.textTo) continue;
                    }
                    String url = absolute(l.href());
                    if (url == null) continue;
                    String label = l.label();
                    if (label.isEmpty() || label.startsWith("http") || label.equals(l.href())) {
                        // "Inscrivez-vous ici : https://..." names the link before it
                        int at = Math.min(l.at(), b.text().length());
                        int back = Math.max(0, at - 60);
                        int nl = b.text().lastIndexOf('\n', at - 1);
                        label = b.text().substring(Math.max(back, nl + 1), at).strip();
                        if (label.isEmpty()) label = l.label();
                    }
                    Optional<LinkRole> role = TextHeuristics.linkRole(label, url);
                    if (role.isEmpty()) continue;
                    out.add(new Link(url, role.get(), l.label(), ref(l.line())));
                }
            }
            return out;
        }

        private @Nullable String absolute(String href) {
            String h = href.strip();
            if (h.startsWith("#") || h.isEmpty()) return null;
            if (h.startsWith("/") && !h.startsWith("//") && in.url() != null) {
                try {
                    h = URI.create(in.url()).resolve(h).toString();
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            TextHeuristics.UrlResult r = TextHeuristics.url(h);
            if (r.url() != null) return r.url();
            return null;
        }

        private static List<Link> dedupe(List<Link> links) {
            List<Link> out = new ArrayList<>();
            for (Link l : links) {
                boolean seen = false;
                for (Link o : out) {
                    if (o.url().equals(l.url()) && o.role() == l.role()) seen = true;
                }
                if (!seen) out.add(l);
            }
            return out;
        }
    }

    /** What opens a block. */
    private static final class Header {
        final List<DateMention> mentions;
        final List<String> tags;
        final String title;
        final int headerEnd;
        boolean slot;
        boolean dayContext;
        boolean bracketed;
        @Nullable LocalDate slotDay;

        Header(List<DateMention> mentions, List<String> tags, String title, int headerEnd) {
            this.mentions = mentions;
            this.tags = tags;
            this.title = title;
            this.headerEnd = headerEnd;
        }
    }

    /** A sub-event being assembled. */
    private static final class Found {
        final EventKind kind;
        final Block block;
        final int blockIndex;
        String id = "";
        String title = "";
        @Nullable String titleFromHeading;
        final List<String> keywords = new ArrayList<>();
        int line;
        @Nullable EventTime start;
        @Nullable EventTime end;
        boolean heading;
        boolean part;
        int level;
        @Nullable Found parent;
        @Nullable Found group;
        int slotCount;
        final List<Found> children = new ArrayList<>();
        final List<Block> descBlocks = new ArrayList<>();
        int descFrom;
        int textFrom;
        int textTo = -1;
        @Nullable String description;
        String ownText = "";

        Found(EventKind kind, Block block, int blockIndex, int headerEnd) {
            this.kind = kind;
            this.block = block;
            this.blockIndex = blockIndex;
            this.descFrom = headerEnd;
        }

        @Nullable LocalDate singleDay() {
            if (start == null) return null;
            if (end != null && !end.date().equals(start.date())) return null;
            return start.date();
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        if (line.length() > 160) {
            int cut = line.lastIndexOf(' ', 150);
            line = line.substring(0, cut > 60 ? cut : 150) + "…";
        }
        return line.strip();
    }

    /** How a heading says a part is held; "à Paris" in a heading names where it takes place. */
    private static AttendanceMode headingMode(String heading) {
        AttendanceMode mode = TextHeuristics.attendanceMode(heading);
        if (mode == AttendanceMode.UNKNOWN && AT_A_TOWN.matcher(heading).find()) {
            return AttendanceMode.OFFLINE;
        }
        return mode;
    }

    private static final Pattern COLON_OR_DASH_NEXT = Pattern.compile("(?s)[ \\t]*[:–—-].*");
    private static final Pattern JOINER =
            Pattern.compile("[\\s,;]*(?:ou|et|puis)?[\\s,;]*(?:de|à|a)?\\s*");
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)(?:à|a|au|en)\\s.{0,30}");

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\s!'’-]");

    private static String lettersOnly(String s) {
        return NOT_LETTER.matcher(s).replaceAll("").strip();
    }

    private static String dropTitle(String rest, String title) {
        String r = rest.strip();
        if (!title.isEmpty() && r.startsWith(title)) r = r.substring(title.length());
        int k = title.isEmpty() ? -1 : r.indexOf(title);
        if (k >= 0 && k < 5) r = r.substring(k + title.length());
        return TITLE_TRIM.matcher(r).replaceAll("").strip();
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /**
     * What {@code s.replaceAll("[\\s\\u00A0]+", " ")} returns, without a pattern compiled per call
     * and without a copy when every space is already a lone ' '.
     */
    static String spacesCollapsed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) continue;
            if (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** A character of {@link #SPACES}. */
    private static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == 0x0B
                || c == '\f'
                || c == '\r'
                || c == '\u00A0';
    }

    /** Plain text: whitespace runs made single, lines stripped, no empty lines. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n")) {
            String l = spacesCollapsed(line).strip();
            if (l.isEmpty()) continue;
            if (b.length() > 0) b.append('\n');
            b.append(l);
        }
        return b.toString();
    }

    /** A title or tag as plain one-line text. */
    static String clean(String s) {
        String t = spacesCollapsed(s.replace('\n', ' ')).strip();
        t = t.replace("~~", "");
        String prev;
        do {
            prev = t;
            t = TITLE_TRIM.matcher(t).replaceAll("").strip();
        } while (!t.equals(prev));
        return t;
    }
}
