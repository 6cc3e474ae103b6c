package dev.eventail.parser.internal.mapping;

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
import dev.eventail.model.Post;
import dev.eventail.model.Severity;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.DiagnosticCodes;
import dev.eventail.parser.SiteConfig;
import dev.eventail.parser.internal.body.BodyFindings;
import dev.eventail.parser.internal.body.BodyInput;
import dev.eventail.parser.internal.body.BodyReader;
import dev.eventail.parser.internal.body.Deadline;
import dev.eventail.parser.internal.dates.DateContext;
import dev.eventail.parser.internal.dates.DateMention;
import dev.eventail.parser.internal.dates.FrenchDates;
import dev.eventail.parser.internal.frontmatter.FrontMatterSplitter;
import dev.eventail.parser.internal.frontmatter.SafeYaml;
import dev.eventail.parser.internal.text.TextHeuristics;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps a post's front matter (both conventions of the archives: numerique.gouv.fr's Siteleaf keys
 * and design.numerique.gouv.fr's Hugo-like keys) and its body findings to a {@link Post} and its
 * post-level {@link Event}. Thread-safe: all state lives in one {@link Run} per file.
 */
public final class PostMapper {

    /** Keys that hold the event's start, in order of preference. */
    private static final List<String> START_KEYS =
            List.of("event_start_date", "event_date", "dateEvent", "start_date", "startDate");

    /** Keys that hold the event's end. */
    private static final List<String> END_KEYS = List.of("event_end_date", "end_date", "endDate");

    private static final Pattern HOURS_LABEL =
            Pattern.compile(
                    "^(?:horaires?|heures?|heure de debut|creneaux?|date et horaires?|tous les jours"
                            + "|chaque jour)\\b");
    private static final Pattern DAY_LABEL =
            Pattern.compile("^(?:dates?|quand|jour|date et horaires?|date et heure)\\b");

    /** Words that make a date in a lead paragraph the date of an event, not of news. */
    private static final Pattern EVENT_WORDS =
            Pattern.compile(
                    "\\b(?:evenement|webinaire|atelier|formation|conference|rencontre|meetup|forum"
                            + "|seminaire|hackathon|journee|table ronde|salon|session|participez|rendez-vous)");

    private static final Pattern URL_IN_TEXT =
            Pattern.compile(
                    "(?i)\\bhttps?:/{1,2}[^\\s<>\"')\\]]+|\\b[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private final ZoneId zone;
    private final SiteConfig site;
    private final BodyReader bodyReader;

    /** A mapper for posts of {@code site}, giving offsets from {@code zone}'s rules. */
    public PostMapper(ZoneId zone, SiteConfig site, BodyReader bodyReader) {
        this.zone = zone;
        this.site = site;
        this.bodyReader = bodyReader;
    }

    /**
     * The post of a file whose front matter was split and loaded; {@code diagnostics} already holds
     * what decoding, splitting and YAML found, and receives the rest. The body walk stops between
     * blocks once {@code deadline} has expired.
     */
    public Post map(
            SourceName name,
            FrontMatterSplitter.Split split,
            SafeYaml.Result yaml,
            List<Diagnostic> diagnostics,
            Deadline deadline) {
        return new Run(name, split, yaml, diagnostics, deadline).post();
    }

    /** A post without front matter, or whose front matter could not be read: no event. */
    public Post withoutEvents(
            SourceName name,
            String body,
            int bodyLine,
            Map<String, @Nullable Object> frontMatter,
            List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        Collections.sort(sorted);
        LocalDate fileDate = name.fileDate();
        return new Post(
                SourceRef.file(name.path()),
                name.folder(),
                name.titlePart(),
                fileDate == null ? null : EventTime.allDay(fileDate),
                true,
                "",
                null,
                site.publicUrl(name.folder(), name.titlePart(), fileDate).orElse(null),
                frontMatter,
                body,
                bodyLine,
                List.of(),
                sorted);
    }

    /** One champs_informations entry. */
    private record Info(
            @Nullable String label,
            @Nullable String content,
            @Nullable String link,
            @Nullable String mailto,
            int line) {
        String text() {
            StringBuilder b = new StringBuilder();
            if (label != null) b.append(label);
            if (content != null) b.append(b.length() > 0 ? " : " : "").append(content);
            return b.toString();
        }

        String foldedLabel() {
            return label == null ? "" : TextHeuristics.fold(label).replaceAll("[\\s:]+$", "");
        }
    }

    /** A date read from the front matter's date keys, not yet trusted. */
    private record ReadDate(EventTime time, int line, String written) {}

    /** Hours written in the text: local "HH:mm" start, optional end, and the day if given. */
    private record Hours(String start, @Nullable String end, @Nullable LocalDate day, int line) {}

    /** The mapping of one file. */
    private final class Run {
        private final SourceName name;
        private final FrontMatterSplitter.Split split;
        private final SafeYaml.Result yaml;
        private final Map<String, @Nullable Object> fm;
        private final List<Diagnostic> diagnostics;
        private final String file;
        private final Deadline deadline;

        Run(
                SourceName name,
                FrontMatterSplitter.Split split,
                SafeYaml.Result yaml,
                List<Diagnostic> diagnostics,
                Deadline deadline) {
            this.deadline = deadline;
            this.name = name;
            this.split = split;
            this.yaml = yaml;
            this.fm = yaml.values();
            this.diagnostics = diagnostics;
            this.file = name.path();
        }

        private void report(Severity severity, String code, String message, int line) {
            diagnostics.add(new Diagnostic(severity, code, message, SourceRef.of(file, line)));
        }

        private int keyLine(String key) {
            return yaml.lineOfKey(key, split.yamlLine());
        }

        Post post() {
            String title = firstText("title");
            String slug = firstText("slug");
            if (slug == null) slug = name.titlePart();
            EventTime postDate = postDate();
            boolean published = !isFalse(fm.get("published"));
            String summaryMarkup = firstText("chapeau-text", "description", "summary", "excerpt");
            String summaryText = summaryMarkup == null ? null : PlainText.of(summaryMarkup);
            String summary = summaryText == null ? null : emptyToNull(summaryText);
            String url = publicUrl(slug, postDate);
            String language = language();
            List<Info> infos = infos();

            LocalDate reference = postDate != null ? postDate.date() : name.fileDate();
            DateContext context = new DateContext(reference, zone);
            String titleText = title == null ? "" : title;

            // ------------------------------------------------------------ dates
            boolean dateKeysGiven = false;
            boolean frontMatterDateUnusable = false;
            List<ReadDate> starts = new ArrayList<>();
            List<ReadDate> ends = new ArrayList<>();
            for (String key : START_KEYS) {
                if (fm.get(key) != null) {
                    dateKeysGiven = true;
                    frontMatterDateUnusable |= !readDates(key, starts, reference);
                    break;
                }
            }
            for (String key : END_KEYS) {
                if (fm.get(key) != null) {
                    dateKeysGiven = true;
                    frontMatterDateUnusable |= !readDates(key, ends, reference);
                    break;
                }
            }
            EventTime start =
                    starts.stream().map(ReadDate::time).min(EventTime::compareTo).orElse(null);
            EventTime end =
                    ends.stream().map(ReadDate::time).max(EventTime::compareTo).orElse(null);
            if (end == null && starts.size() > 1) {
                end = starts.stream().map(ReadDate::time).max(EventTime::compareTo).orElse(null);
            }
            int dateLine =
                    starts.isEmpty()
                            ? ends.isEmpty() ? keyLine("title") : ends.get(0).line()
                            : starts.get(0).line();
            if (start == null && end != null && !frontMatterDateUnusable) {
                report(
                        Severity.WARNING,
                        DiagnosticCodes.DATE_END_WITHOUT_START,
                        "the event has an end date ("
                                + end.iso()
                                + ") but no start date; the end's day is taken as the start",
                        ends.get(0).line());
                start = end.isAllDay() ? end : EventTime.allDay(end.date());
                end = end.isAllDay() ? null : end;
            }
            EventTime writtenStart = start;
            EventTime writtenEnd = end;
            boolean endBeforeStart = start != null && end != null && end.compareTo(start) < 0;
            int endLine = ends.isEmpty() ? dateLine : ends.get(0).line();

            // written days and hours in champs_informations
            Hours hours = null;
            List<Hours> datedHours = new ArrayList<>();
            DateMention writtenDay = null;
            int writtenDayLine = 0;
            for (Info info : infos) {
                if (info.content() == null) continue;
                String label = info.foldedLabel();
                boolean hoursLabel = HOURS_LABEL.matcher(label).find();
                boolean dayLabel = DAY_LABEL.matcher(label).find();
                if (!hoursLabel && !dayLabel && info.label() != null) {
                    // "15 décembre à Paris" / "De 9h à 18h": the hours of one day of the event
                    DateMention day = firstDay(info.label(), context);
                    if (day != null && day.end() == null && day.start().isAllDay()) {
                        for (DateMention m : FrenchDates.find(info.content(), context)) {
                            if (!m.deadline() && m.start() == null && m.startTime() != null) {
                                datedHours.add(
                                        new Hours(
                                                m.startTime(),
                                                m.endTime(),
                                                day.start().date(),
                                                info.line()));
                                break;
                            }
                        }
                    }
                    continue;
                }
                if (!hoursLabel && !dayLabel) continue;
                for (DateMention m : FrenchDates.find(info.content(), context)) {
                    if (m.deadline()) continue;
                    if (m.start() != null && writtenDay == null) {
                        writtenDay = m;
                        writtenDayLine = info.line();
                    }
                    if (hours == null) hours = hoursOf(m, info.line());
                }
            }

            // a front-matter date that is nonsense: the text's date instead
            if (start == null && (frontMatterDateUnusable || !dateKeysGiven)) {
                DateMention fromText = null;
                String where = null;
                int line = dateLine;
                if (writtenDay != null) {
                    fromText = writtenDay;
                    where = "champs_informations";
                    line = writtenDayLine;
                } else {
                    fromText = firstDay(titleText, context);
                    where = "the title";
                    if (fromText == null && summaryMarkup != null && frontMatterDateUnusable) {
                        fromText = firstDay(summaryText, context);
                        where = "the summary";
                    }
                }
                if (fromText != null && (frontMatterDateUnusable || writtenDay != null)) {
                    start = fromText.start();
                    end = fromText.end();
                    if (frontMatterDateUnusable) {
                        report(
                                Severity.INFO,
                                DiagnosticCodes.DATE_FROM_TEXT,
                                "the event date is read from "
                                        + where
                                        + ": "
                                        + start.iso()
                                        + (end == null ? "" : " to " + end.iso()),
                                line);
                    }
                    dateKeysGiven = true;
                }
            }

            // the written hours win over the front matter's time of day
            if (start != null && hours != null) {
                EventTime[] refined = applyHours(start, end, hours);
                start = refined[0];
                end = refined[1];
            }
            if (start != null) {
                for (Hours h : datedHours) {
                    EventTime[] refined = applyDayHours(start, end, h.day(), h.start(), h.end());
                    start = refined[0];
                    end = refined[1];
                }
            }
            if (start != null && end != null && end.compareTo(start) < 0) {
                end = repairEnd(start, end);
            }
            if (endBeforeStart) {
                report(
                        Severity.WARNING,
                        DiagnosticCodes.DATE_END_BEFORE_START,
                        "the event ends ("
                                + writtenEnd.iso()
                                + ") before it starts ("
                                + writtenStart.iso()
                                + "); "
                                + (end == null
                                        ? "the end is dropped"
                                        : "the end is read as "
                                                + end.iso()
                                                + (hours != null && hours.end() != null
                                                        ? " from the written hours"
                                                        : " (a 12-hour clock slip)")),
                        endLine);
            }

            // ------------------------------------------------------------ body
            String eventId = name.eventId();
            // without a front-matter date, a dated title ("Assises … 25 et 26 avril 2018") fixes
            // the year of the body's dates better than a post date written months later
            LocalDate bodyReference = reference;
            DateMention titleDay = firstDay(titleText, context);
            if (start != null) {
                bodyReference = start.date();
            } else if (titleDay != null) {
                bodyReference = titleDay.start().date();
            }
            String organizer = firstText("organisateur", "organizer", "organiser");
            BodyFindings body =
                    bodyReader.read(
                            new BodyInput(
                                    split.body(),
                                    split.bodyLine(),
                                    file,
                                    eventId,
                                    bodyReference,
                                    zone,
                                    language,
                                    organizer,
                                    url,
                                    diagnostics::add,
                                    deadline));

            List<Event> subEvents = body.subEvents();
            boolean fromBody = false;
            if (start == null && !dateKeysGiven) {
                if (body.start() != null) {
                    start = body.start();
                    end = body.end();
                    fromBody = true;
                } else {
                    EventTime first = null;
                    EventTime last = null;
                    for (Event sub : subEvents) {
                        for (Event e : sub.flatten()) {
                            if (e.start() == null) continue;
                            if (first == null || e.start().compareTo(first) < 0) first = e.start();
                            EventTime until = e.end() != null ? e.end() : e.start();
                            if (last == null || until.compareTo(last) > 0) last = until;
                        }
                    }
                    if (first != null) {
                        start = first;
                        end = last != null && last.compareTo(first) > 0 ? last : null;
                        fromBody = true;
                    }
                }
            } else if (start == null && frontMatterDateUnusable && body.start() != null) {
                start = body.start();
                end = body.end();
                report(
                        Severity.INFO,
                        DiagnosticCodes.DATE_FROM_TEXT,
                        "the event date is read from the body: " + start.iso(),
                        split.bodyLine());
            }
            if (start != null
                    && !fromBody
                    && hours == null
                    && body.start() != null
                    && !body.start().isAllDay()) {
                // the body's own hours for a front-matter day ("de 8h à 16h30")
                String bodyEnd =
                        body.end() != null
                                        && !body.end().isAllDay()
                                        && body.end().date().equals(body.start().date())
                                ? hhmm(body.end().time())
                                : null;
                EventTime[] refined =
                        applyDayHours(
                                start,
                                end,
                                body.start().date(),
                                hhmm(body.start().time()),
                                bodyEnd);
                start = refined[0];
                end = refined[1];
                if (end != null
                        && end.isAllDay()
                        && body.end() != null
                        && !body.end().isAllDay()
                        && body.end().date().equals(end.date())) {
                    end = body.end();
                }
            }
            if (start == null && !dateKeysGiven && !fromBody && summaryMarkup != null) {
                // the lead paragraph is the announcement's first sentence ("une formation
                // gratuite … le jeudi 18 novembre, de 10h à 12h")
                DateMention lead = firstDay(summaryText, context);
                if (lead != null
                        && (!lead.start().isAllDay()
                                || EVENT_WORDS
                                        .matcher(TextHeuristics.fold(summaryMarkup))
                                        .find())) {
                    start = lead.start();
                    end = lead.end();
                    fromBody = true;
                }
            }
            if (start != null && !fromBody && postDate != null) {
                EventTime[] fixed =
                        fixYear(start, end, postDate, body, titleText, context, dateLine);
                start = fixed[0];
                end = fixed[1];
            }

            if (start != null && end == null && !fromBody) {
                // a one-day programme ends with its last slot ("13h30 - 16h30 : ateliers")
                EventTime last = null;
                for (Event sub : subEvents) {
                    for (Event e : sub.flatten()) {
                        EventTime until = e.end() != null ? e.end() : null;
                        if (until == null
                                || until.isAllDay()
                                || !until.date().equals(start.date())) {
                            continue;
                        }
                        if (last == null || until.compareTo(last) > 0) last = until;
                    }
                }
                if (last != null && last.compareTo(start) > 0) end = last;
            }
            if (subEvents.isEmpty() && starts.size() > 1) {
                subEvents =
                        sessionsFromDateLists(
                                eventId, titleText.isBlank() ? slug : titleText, starts, ends);
            }
            boolean announcesEvent = dateKeysGiven || fromBody;
            if (announcesEvent && isPlaceholder(summaryMarkup, split.body())) {
                report(
                        Severity.INFO,
                        DiagnosticCodes.POST_PLACEHOLDER,
                        "the post is placeholder text (\"Lorem ipsum\"); its dates are not read as"
                                + " an event",
                        split.bodyLine());
                announcesEvent = false;
            }
            List<Event> events = new ArrayList<>();
            if (announcesEvent) {
                if (start == null) {
                    report(
                            Severity.WARNING,
                            DiagnosticCodes.EVENT_NO_DATE,
                            "the post has event-date keys but no date could be read from them or"
                                    + " from its text",
                            dateLine);
                }
                events.add(
                        postEvent(
                                eventId,
                                titleText.isBlank() ? slug : titleText,
                                summary,
                                body,
                                start,
                                end,
                                infos,
                                url,
                                language,
                                organizer,
                                dateLine,
                                subEvents));
            }

            Collections.sort(diagnostics);
            return new Post(
                    SourceRef.file(file),
                    name.folder(),
                    slug,
                    postDate,
                    published,
                    titleText,
                    summary,
                    url,
                    fm,
                    split.body(),
                    split.bodyLine(),
                    events,
                    diagnostics);
        }

        private Event postEvent(
                String id,
                String title,
                @Nullable String summary,
                BodyFindings body,
                @Nullable EventTime start,
                @Nullable EventTime end,
                List<Info> infos,
                @Nullable String url,
                @Nullable String language,
                @Nullable String organizer,
                int line,
                List<Event> bodySubEvents) {
            StringBuilder infoText = new StringBuilder();
            for (Info info : infos) infoText.append(info.text()).append('\n');
            String categorie = firstText("categorie");
            String titleAndKind = title + "\n" + (categorie == null ? "" : categorie);
            String kindWords =
                    titleAndKind
                            + "\n"
                            + String.join("\n", strings(fm.get("categories")))
                            + "\n"
                            + String.join("\n", strings(fm.get("tags")));

            // place and mode
            String lieu = firstText("lieu");
            String adresse = firstText("adresse", "address");
            TextHeuristics.PlaceResult placeResult = TextHeuristics.readPlace(lieu, adresse);
            for (String problem : placeResult.problems()) {
                report(
                        Severity.WARNING,
                        DiagnosticCodes.PLACE_CORRECTED,
                        "the address was corrected: " + problem,
                        keyLine("adresse"));
            }
            Place place = placeResult.place();
            AttendanceMode mode =
                    lieu == null ? AttendanceMode.UNKNOWN : TextHeuristics.attendanceMode(lieu);
            if (mode == AttendanceMode.UNKNOWN && place != null && place.hasAddress()) {
                mode = AttendanceMode.OFFLINE;
            }
            if (mode == AttendanceMode.UNKNOWN) mode = TextHeuristics.attendanceMode(kindWords);
            AttendanceMode infoMode = TextHeuristics.attendanceMode(infoText.toString());
            if (mode == AttendanceMode.UNKNOWN) {
                mode = infoMode;
            } else if (mode == AttendanceMode.OFFLINE
                    && (infoMode == AttendanceMode.ONLINE || infoMode == AttendanceMode.MIXED)) {
                // "Forum en ligne" and "Forum à Paris" side by side in champs_informations
                mode = AttendanceMode.MIXED;
            }
            if (mode == AttendanceMode.UNKNOWN && summary != null) {
                mode = TextHeuristics.attendanceMode(summary);
            }
            if (mode == AttendanceMode.UNKNOWN) mode = body.attendanceMode();
            if (mode == AttendanceMode.OFFLINE && body.attendanceMode() == AttendanceMode.MIXED) {
                mode = AttendanceMode.MIXED;
            }
            if (place == null && mode != AttendanceMode.ONLINE) {
                place = placeFromText(title, summary, body.plainText(), bodySubEvents);
                if (place != null && mode == AttendanceMode.UNKNOWN) mode = AttendanceMode.OFFLINE;
            }
            boolean sessionsHavePlaces =
                    bodySubEvents.stream().anyMatch(sub -> sub.place() != null);
            if (place == null
                    && !sessionsHavePlaces
                    && mode != AttendanceMode.ONLINE
                    && mode != AttendanceMode.UNKNOWN) {
                report(
                        Severity.INFO,
                        DiagnosticCodes.EVENT_NO_PLACE,
                        "the event is held in person but names no place",
                        lieu != null ? keyLine("lieu") : line);
            }

            // links
            Map<String, Link> links = new LinkedHashMap<>();
            for (Info info : infos) infoLinks(info, links);
            for (Link l : body.links()) links.putIfAbsent(l.url(), l);
            if (mode == AttendanceMode.UNKNOWN) {
                for (Link l : links.values()) {
                    if (l.role() == LinkRole.ONLINE) mode = AttendanceMode.ONLINE;
                }
            }

            // admission, accessibility, status
            Admission admission = TextHeuristics.admission(infoText.toString());
            if (admission == Admission.UNKNOWN) admission = body.admission();
            if (admission == Admission.UNKNOWN && summary != null) {
                admission = TextHeuristics.admission(summary);
            }
            Set<String> accessibility = new LinkedHashSet<>();
            for (Info info : infos) {
                String said = info.content() != null ? info.content() : info.label();
                if (said != null) accessibility.addAll(TextHeuristics.accessibility(said));
            }
            accessibility.addAll(body.accessibility());
            EventStatus status =
                    TextHeuristics.status(
                            titleAndKind
                                    + "\n"
                                    + infoText
                                    + "\n"
                                    + (summary == null ? "" : summary));
            if (status == EventStatus.SCHEDULED) status = body.status();

            List<String> images = images();
            List<String> keywords = strings(fm.get("tags"));
            List<String> categories = new ArrayList<>(strings(fm.get("categories")));
            if (categorie != null && !containsFolded(categories, categorie)) {
                categories.add(categorie);
            }

            String description = summary != null ? summary : firstParagraph(body.plainText());

            List<Event> subs = new ArrayList<>();
            boolean postAdmissionForAll =
                    admission != Admission.UNKNOWN
                            && TextHeuristics.admission(infoText.toString()) != Admission.UNKNOWN;
            for (Event sub : bodySubEvents) {
                subs.add(
                        inherit(
                                sub,
                                place,
                                mode,
                                categories,
                                images,
                                url,
                                language,
                                organizer,
                                postAdmissionForAll ? admission : Admission.UNKNOWN));
            }

            return Event.builder(id, EventKind.POST, title, SourceRef.of(file, line))
                    .description(description)
                    .start(start)
                    .end(end)
                    .attendanceMode(mode)
                    .status(status)
                    .place(place)
                    .admission(admission)
                    .links(List.copyOf(links.values()))
                    .keywords(keywords)
                    .categories(categories)
                    .accessibility(List.copyOf(accessibility))
                    .images(images)
                    .organizer(organizer)
                    .language(language)
                    .url(url)
                    .subEvents(subs)
                    .build();
        }

        /**
         * A place the text states when the front matter has none: in the summary, a city in the
         * title, or the one place the body names (several places in a body belong to its sessions,
         * not to the whole event).
         */
        private @Nullable Place placeFromText(
                String title, @Nullable String summary, String bodyText, List<Event> subEvents) {
            if (summary != null) {
                Place p = TextHeuristics.placeInText(summary).orElse(null);
                if (p != null) return p;
            }
            Place city = TextHeuristics.cityInTitle(title).orElse(null);
            if (city != null) return city;
            Place only = null;
            for (String paragraph : bodyText.split("\\n\\s*\\n")) {
                Place p = TextHeuristics.placeInText(paragraph).orElse(null);
                if (p == null) continue;
                if (only != null && !only.oneLine().equals(p.oneLine())) return null;
                only = p;
            }
            if (only != null) {
                for (Event sub : subEvents) {
                    for (Event e : sub.flatten()) {
                        // the place of one session, named in its own text
                        if (e.place() != null && e.place().oneLine().equals(only.oneLine())) {
                            return null;
                        }
                    }
                }
            }
            return only;
        }

        /**
         * A list-valued {@code event_start_date} is a series: each start (with the end of the same
         * rank when the end list matches) is a separately attendable session.
         */
        private List<Event> sessionsFromDateLists(
                String parentId, String title, List<ReadDate> starts, List<ReadDate> ends) {
            List<ReadDate> ordered = new ArrayList<>(starts);
            List<ReadDate> orderedEnds = new ArrayList<>(ends);
            boolean paired = orderedEnds.size() == ordered.size();
            List<Event> out = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                ReadDate s = ordered.get(i);
                EventTime sessionEnd = paired ? orderedEnds.get(i).time() : null;
                if (sessionEnd != null && sessionEnd.compareTo(s.time()) <= 0) sessionEnd = null;
                out.add(
                        Event.builder(
                                        parentId + "/s" + (i + 1),
                                        EventKind.SESSION,
                                        title,
                                        SourceRef.of(file, s.line()))
                                .parentId(parentId)
                                .start(s.time())
                                .end(sessionEnd)
                                .build());
            }
            return out;
        }

        /** The inheritance rule of the model, applied to one sub-event and its own sub-events. */
        private Event inherit(
                Event sub,
                @Nullable Place place,
                AttendanceMode mode,
                List<String> categories,
                List<String> images,
                @Nullable String url,
                @Nullable String language,
                @Nullable String organizer,
                Admission admissionForAll) {
            Event.Builder b = sub.toBuilder();
            boolean singleMode = mode == AttendanceMode.ONLINE || mode == AttendanceMode.OFFLINE;
            boolean saysNothingOfWhere =
                    sub.place() == null && sub.attendanceMode() == AttendanceMode.UNKNOWN;
            if (saysNothingOfWhere && singleMode) {
                b.attendanceMode(mode);
                if (mode == AttendanceMode.OFFLINE) b.place(place);
            }
            if (sub.categories().isEmpty()) b.categories(categories);
            if (sub.images().isEmpty()) b.images(images);
            if (sub.url() == null) b.url(url);
            if (sub.language() == null) b.language(language);
            if (sub.organizer() == null) b.organizer(organizer);
            if (sub.admission() == Admission.UNKNOWN) b.admission(admissionForAll);
            Event self = b.build();
            if (self.subEvents().isEmpty()) return self;
            List<Event> children = new ArrayList<>();
            for (Event child : self.subEvents()) {
                children.add(
                        inherit(
                                child,
                                self.place(),
                                self.attendanceMode(),
                                categories,
                                images,
                                url,
                                language,
                                organizer,
                                self.admission() == Admission.UNKNOWN
                                        ? admissionForAll
                                        : self.admission()));
            }
            return self.toBuilder().subEvents(children).build();
        }

        // ---------------------------------------------------------------- dates

        /**
         * Reads the value of a date key into {@code out}; false when it held something that is not
         * a usable date (unparseable or implausible), which the text may then replace.
         */
        private boolean readDates(String key, List<ReadDate> out, @Nullable LocalDate reference) {
            Object value = fm.get(key);
            int line = keyLine(key);
            List<Object> values = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object o : list) if (o != null) values.add(o);
                if (values.size() != 1) {
                    report(
                            Severity.WARNING,
                            DiagnosticCodes.DATE_LIST,
                            "\""
                                    + key
                                    + "\" holds "
                                    + values.size()
                                    + " dates; "
                                    + (key.contains("end")
                                            ? "the latest is taken as the end"
                                            : "the earliest is taken as the start"),
                            line);
                }
            } else {
                values.add(value);
            }
            boolean usable = true;
            for (Object v : values) {
                int at = yaml.lineOf(v, line);
                if (v instanceof Map<?, ?> m) {
                    // "- date: 2010-03-30 11:00:00 +02:00": the date inside a mapping
                    Object inner = m.get("date");
                    if (inner == null && !m.isEmpty()) inner = m.values().iterator().next();
                    v = inner;
                }
                if (v == null) continue;
                String written = String.valueOf(v).strip();
                if (written.isEmpty()) continue;
                EventTime t = resolve(written, key, at, reference);
                if (t == null) {
                    usable = false;
                } else {
                    out.add(new ReadDate(t, at, written));
                }
            }
            if (out.size() > 2) {
                // a series whose dates sit within weeks of each other, and one years away from
                // them all ("- date: 2010-03-30 …" among November 2021 dates): a stray value
                List<LocalDate> days = out.stream().map(r -> r.time().date()).sorted().toList();
                LocalDate median = days.get(days.size() / 2);
                for (var it = out.iterator(); it.hasNext(); ) {
                    ReadDate r = it.next();
                    if (Math.abs(ChronoUnit.DAYS.between(median, r.time().date())) > 366) {
                        report(
                                Severity.WARNING,
                                DiagnosticCodes.DATE_IMPLAUSIBLE,
                                "\""
                                        + r.written()
                                        + "\" in \""
                                        + key
                                        + "\" is more than a year"
                                        + " away from the other dates of the list; it is left out",
                                r.line());
                        it.remove();
                    }
                }
            }
            return usable;
        }

        /** A front-matter date as an event time, or null (reported) when it is not usable. */
        private @Nullable EventTime resolve(
                String written, String key, int line, @Nullable LocalDate reference) {
            Timestamp ts = Timestamp.parse(written);
            if (ts == null) {
                DateMention m = firstDay(written, new DateContext(reference, zone));
                if (m != null) {
                    report(
                            Severity.INFO,
                            DiagnosticCodes.DATE_FROM_TEXT,
                            "\""
                                    + key
                                    + ": "
                                    + written
                                    + "\" is French text, read as "
                                    + m.start().iso(),
                            line);
                    return m.start();
                }
                report(
                        Severity.ERROR,
                        DiagnosticCodes.DATE_UNPARSEABLE,
                        "\""
                                + key
                                + ": "
                                + written
                                + "\" is not a date (expected 2021-11-02"
                                + " 14:00:00 +01:00)",
                        line);
                return null;
            }
            int year = ts.date().getYear();
            if (year < 1990 || year > 2100) {
                report(
                        Severity.WARNING,
                        DiagnosticCodes.DATE_IMPLAUSIBLE,
                        "\""
                                + key
                                + ": "
                                + written
                                + "\" has the year "
                                + year
                                + "; the date is taken from the text instead",
                        line);
                return null;
            }
            ZoneOffset offset = ts.offset();
            if (offset != null
                    && (offset.getTotalSeconds() % 900 != 0
                            || Math.abs(offset.getTotalSeconds()) > 14 * 3600)) {
                report(
                        Severity.WARNING,
                        DiagnosticCodes.DATE_IMPLAUSIBLE,
                        "\""
                                + key
                                + ": "
                                + written
                                + "\" has the offset "
                                + offset
                                + ", which no time zone uses; the date is taken from the text"
                                + " instead",
                        line);
                return null;
            }
            if (ts.time() == null || ts.isMidnight()) {
                return EventTime.allDay(ts.date());
            }
            LocalDateTime local = LocalDateTime.of(ts.date(), ts.time());
            if (offset == null) return EventTime.at(local, zone);
            ZoneOffset expected = zone.getRules().getOffset(local);
            if (!expected.equals(offset)) {
                EventTime inZone =
                        EventTime.of(
                                local.atOffset(offset).atZoneSameInstant(zone).toOffsetDateTime());
                report(
                        Severity.INFO,
                        DiagnosticCodes.DATE_OFFSET_MISMATCH,
                        "\""
                                + key
                                + ": "
                                + written
                                + "\" has the offset "
                                + offset
                                + " but "
                                + zone.getId()
                                + " is at "
                                + expected
                                + " that day; read as "
                                + inZone.iso(),
                        line);
                return inZone;
            }
            return EventTime.of(local.atOffset(offset));
        }

        private @Nullable Hours hoursOf(DateMention m, int line) {
            String startTime = m.startTime();
            String endTime = m.endTime();
            LocalDate day = null;
            if (startTime == null && m.start() != null && !m.start().isAllDay()) {
                startTime = hhmm(m.start().time());
                day = m.start().date();
                if (m.end() != null && !m.end().isAllDay()) endTime = hhmm(m.end().time());
            }
            if (startTime == null) return null;
            return new Hours(startTime, endTime, day, line);
        }

        /** The written hours win over the front matter's time of day, on a one-day event. */
        private EventTime[] applyHours(EventTime start, @Nullable EventTime end, Hours hours) {
            LocalDate day = start.date();
            if (hours.day() != null && !hours.day().equals(day)) {
                return new EventTime[] {start, end};
            }
            boolean oneDay = end == null || end.date().equals(day);
            if (!oneDay && start.isAllDay() && end.isAllDay()) {
                // "du 16 au 18 novembre", "tous les jours de 13h à 20h": from the first day's
                // opening to the last day's closing
                EventTime first = FrenchDates.at(day, hours.start(), zone);
                EventTime last =
                        hours.end() == null ? end : FrenchDates.at(end.date(), hours.end(), zone);
                return new EventTime[] {first, last};
            }
            if (!oneDay && (start.isAllDay() || end.isAllDay())) {
                return new EventTime[] {start, end};
            }
            EventTime newStart = FrenchDates.at(day, hours.start(), zone);
            if (!start.isAllDay() && !start.time().equals(newStart.time())) {
                report(
                        Severity.WARNING,
                        DiagnosticCodes.DATE_TIME_MISMATCH,
                        "the front matter starts the event at "
                                + start.iso()
                                + " but the written hours say "
                                + hours.start()
                                + "; the written hours win",
                        hours.line());
            }
            EventTime newEnd = end;
            if (hours.end() != null) {
                LocalDate endDay = end == null ? day : end.date();
                EventTime candidate = FrenchDates.at(endDay, hours.end(), zone);
                if (end != null && !end.isAllDay() && !end.time().equals(candidate.time())) {
                    report(
                            Severity.WARNING,
                            DiagnosticCodes.DATE_TIME_MISMATCH,
                            "the front matter ends the event at "
                                    + end.iso()
                                    + " but the written hours say "
                                    + hours.end()
                                    + "; the written hours win",
                            hours.line());
                }
                if (candidate.compareTo(newStart) > 0) newEnd = candidate;
            } else if (end != null && end.isAllDay() && end.date().equals(day)) {
                newEnd = null;
            }
            return new EventTime[] {newStart, newEnd};
        }

        /**
         * Hours written for one day of the event (a champs_informations entry named after the day,
         * or the body's own start and end): they make precise a whole-day start or end on that day,
         * and give an end the front matter lacks. A time the front matter states is kept.
         */
        private EventTime[] applyDayHours(
                EventTime start,
                @Nullable EventTime end,
                LocalDate day,
                @Nullable String startTime,
                @Nullable String endTime) {
            EventTime newStart = start;
            EventTime newEnd = end;
            boolean startDay = start.date().equals(day);
            boolean endDay = end != null && end.date().equals(day);
            if (startDay && start.isAllDay() && startTime != null) {
                newStart = FrenchDates.at(day, startTime, zone);
            }
            if (endTime != null) {
                EventTime candidate = FrenchDates.at(day, endTime, zone);
                if (endDay && end.isAllDay()) {
                    newEnd = candidate;
                } else if (end == null && startDay && candidate.compareTo(newStart) > 0) {
                    newEnd = candidate;
                } else if (endDay && startDay && end.isAllDay()) {
                    newEnd = candidate;
                }
            }
            if (newEnd != null && newEnd.compareTo(newStart) <= 0) newEnd = end;
            return new EventTime[] {newStart, newEnd};
        }

        /** An end before the start that the written hours did not fix. */
        private @Nullable EventTime repairEnd(EventTime start, EventTime end) {
            if (end.isAllDay() && end.date().equals(start.date())) return null;
            if (!start.isAllDay() && !end.isAllDay() && end.date().equals(start.date())) {
                LocalTime later = end.time().plusHours(12);
                if (end.time().isBefore(LocalTime.NOON) && later.isAfter(start.time())) {
                    return EventTime.at(LocalDateTime.of(end.date(), later), zone);
                }
            }
            return null;
        }

        /**
         * When the front matter's year contradicts the text (a January event dated in the past of
         * its own announcement, the body saying the next year), the text wins.
         */
        private EventTime[] fixYear(
                EventTime start,
                @Nullable EventTime end,
                EventTime postDate,
                BodyFindings body,
                String title,
                DateContext context,
                int line) {
            if (!start.date().isBefore(postDate.date().minusDays(31))) {
                return new EventTime[] {start, end};
            }
            List<EventTime> written = new ArrayList<>();
            DateMention t = firstDay(title, context);
            if (t != null) written.add(t.start());
            if (body.start() != null) written.add(body.start());
            for (EventTime w : written) {
                if (w.date().getYear() != start.date().getYear()
                        && w.date().getMonth() == start.date().getMonth()
                        && w.date().getDayOfMonth() == start.date().getDayOfMonth()) {
                    int shift = w.date().getYear() - start.date().getYear();
                    EventTime newStart = shiftYears(start, shift);
                    EventTime newEnd = end == null ? null : shiftYears(end, shift);
                    report(
                            Severity.WARNING,
                            DiagnosticCodes.DATE_YEAR_MISMATCH,
                            "the front matter dates the event "
                                    + start.iso()
                                    + ", before its own announcement, but the text says "
                                    + w.date().getYear()
                                    + "; the text's year is used",
                            line);
                    return new EventTime[] {newStart, newEnd};
                }
            }
            return new EventTime[] {start, end};
        }

        private EventTime shiftYears(EventTime t, int years) {
            LocalDate d = t.date().plusYears(years);
            if (t.isAllDay()) return EventTime.allDay(d);
            return EventTime.at(LocalDateTime.of(d, t.time()), zone);
        }

        private @Nullable EventTime postDate() {
            for (String key : List.of("date", "publishedDate", "published_date", "pubDate")) {
                Object v = fm.get(key);
                if (v == null || v instanceof Boolean) continue;
                String written = String.valueOf(v).strip();
                Timestamp ts = Timestamp.parse(written);
                if (ts == null) {
                    report(
                            Severity.WARNING,
                            DiagnosticCodes.DATE_UNPARSEABLE,
                            "\""
                                    + key
                                    + ": "
                                    + written
                                    + "\" is not a date; the post date is"
                                    + " taken from the file name if it has one",
                            keyLine(key));
                    continue;
                }
                if (ts.time() == null || ts.isMidnight() || ts.offset() == null) {
                    return ts.time() == null || ts.isMidnight()
                            ? EventTime.allDay(ts.date())
                            : EventTime.at(LocalDateTime.of(ts.date(), ts.time()), zone);
                }
                return EventTime.of(LocalDateTime.of(ts.date(), ts.time()).atOffset(ts.offset()));
            }
            return name.fileDate() == null ? null : EventTime.allDay(name.fileDate());
        }

        // ---------------------------------------------------------------- other fields

        private @Nullable String publicUrl(String slug, @Nullable EventTime postDate) {
            String permalink = firstText("permalink");
            if (permalink != null && site.url().isPresent()) {
                return site.url().get() + (permalink.startsWith("/") ? "" : "/") + permalink;
            }
            return site.publicUrl(name.folder(), slug, postDate == null ? null : postDate.date())
                    .orElse(null);
        }

        private String language() {
            String l = firstText("lang", "language", "locale");
            if (l != null) return l.replace('_', '-');
            return site.language().orElse("fr");
        }

        private List<Info> infos() {
            List<Info> out = new ArrayList<>();
            Object value = fm.get("champs_informations");
            if (!(value instanceof List<?> list)) return out;
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) continue;
                String label = null;
                String content = null;
                String link = null;
                String mailto = null;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String k = TextHeuristics.fold(String.valueOf(e.getKey()));
                    String v = scalarText(e.getValue());
                    if (v == null) continue;
                    switch (k) {
                        case "intitule", "titre", "label" -> label = label == null ? v : label;
                        case "contenu", "content", "texte" ->
                                content = content == null ? v : content;
                        case "lien", "link", "url" -> link = link == null ? v : link;
                        case "mailto", "email", "e-mail", "courriel" -> mailto = v;
                        default -> {
                            // stray keys ("Osmose", "Key", "date") stay in the raw front matter
                        }
                    }
                }
                if (label == null && content == null && link == null && mailto == null) continue;
                out.add(
                        new Info(
                                label,
                                content,
                                link,
                                mailto,
                                yaml.lineOf(o, keyLine("champs_informations"))));
            }
            return out;
        }

        private void infoLinks(Info info, Map<String, Link> links) {
            String label = info.text();
            if (info.link() != null) addLink(info.link(), label, info.line(), links);
            if (info.mailto() != null) addLink(info.mailto(), label, info.line(), links);
            if (info.content() != null) {
                Matcher m = URL_IN_TEXT.matcher(info.content());
                while (m.find()) {
                    addLink(
                            m.group(),
                            info.label() == null ? label : info.label(),
                            info.line(),
                            links);
                }
            }
        }

        private void addLink(String written, String label, int line, Map<String, Link> links) {
            TextHeuristics.UrlResult r = TextHeuristics.url(written, site.url().orElse(null));
            if (r.url() == null) {
                report(
                        Severity.WARNING,
                        DiagnosticCodes.URL_REFUSED,
                        "the link was dropped: " + r.problem(),
                        line);
                return;
            }
            if (r.problem() != null) {
                report(
                        Severity.WARNING,
                        DiagnosticCodes.URL_FIXED,
                        "the link \""
                                + written.strip()
                                + "\" was read as "
                                + r.url()
                                + ": "
                                + r.problem(),
                        line);
            }
            LinkRole role =
                    r.email()
                            ? LinkRole.CONTACT
                            : TextHeuristics.linkRole(label, r.url()).orElse(LinkRole.INFORMATION);
            String cleanLabel = label.isBlank() ? null : TextHeuristics.collapse(label);
            links.putIfAbsent(
                    r.url(), new Link(r.url(), role, cleanLabel, SourceRef.of(file, line)));
        }

        private List<String> images() {
            List<String> written = new ArrayList<>();
            Object slides = fm.get("une-ou-diaporama");
            if (slides instanceof List<?> list) {
                for (Object o : list) {
                    String image = o instanceof Map<?, ?> m ? scalarText(m.get("image")) : null;
                    if (image != null) written.add(image);
                }
            }
            for (String key : List.of("illustration", "image", "cover")) {
                String s = scalarText(fm.get(key));
                if (s != null) written.add(s);
            }
            List<String> out = new ArrayList<>();
            for (String w : written) {
                String absolute = absoluteImage(w.strip());
                if (absolute == null) {
                    report(
                            Severity.INFO,
                            DiagnosticCodes.IMAGE_RELATIVE,
                            "the image \""
                                    + w.strip()
                                    + "\" has no absolute address (the site's"
                                    + " url is unknown); it is not kept on the event",
                            keyLine(slides != null ? "une-ou-diaporama" : "illustration"));
                } else if (!out.contains(absolute)) {
                    out.add(absolute);
                }
            }
            return out;
        }

        private @Nullable String absoluteImage(String path) {
            if (path.isEmpty()) return null;
            if (path.matches("(?i)^https?://.*")) {
                return TextHeuristics.url(path).url();
            }
            if (site.url().isEmpty()) return null;
            String p = path.replaceFirst("^\\./", "");
            if (!p.startsWith("/")) {
                // relative to the post's own folder, as Hugo page bundles and Jekyll read it
                String base =
                        name.folder().isEmpty() ? "" : "/" + name.folder().replaceFirst("^_+", "");
                p = base + "/" + p;
            }
            return TextHeuristics.url(p, site.url().get()).url();
        }

        // ---------------------------------------------------------------- plain values

        private @Nullable String firstText(String... keys) {
            for (String key : keys) {
                String s = scalarText(fm.get(key));
                if (s != null) return s;
            }
            return null;
        }
    }

    private static @Nullable String scalarText(@Nullable Object v) {
        if (v == null || v instanceof Map || v instanceof List) return null;
        String s = TextHeuristics.collapse(String.valueOf(v));
        if (s.isEmpty() || s.equals("null")) return null;
        return s;
    }

    private static boolean isFalse(@Nullable Object v) {
        if (v instanceof Boolean b) return !b;
        if (v instanceof String s) {
            String f = s.strip().toLowerCase(Locale.ROOT);
            return f.equals("false") || f.equals("no") || f.equals("off");
        }
        return false;
    }

    private static List<String> strings(@Nullable Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                String s = scalarText(o);
                if (s != null && !containsFolded(out, s)) out.add(s);
            }
        } else {
            String s = scalarText(v);
            if (s != null) {
                for (String part : s.split("\\s*,\\s*")) {
                    if (!part.isBlank() && !containsFolded(out, part)) out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static boolean containsFolded(List<String> list, String s) {
        String f = TextHeuristics.fold(s);
        for (String x : list) if (TextHeuristics.fold(x).equals(f)) return true;
        return false;
    }

    private static boolean isPlaceholder(@Nullable String summary, String body) {
        String text = (summary == null ? "" : summary) + " " + body;
        // text.toLowerCase(Locale.ROOT).contains("lorem ipsum") without lower-casing a whole
        // body: no character outside ASCII lower-cases to one of these letters
        int last = text.length() - LOREM.length();
        for (int i = 0; i <= last; i++) {
            if (asciiLower(text.charAt(i)) != 'l') continue;
            int k = 1;
            while (k < LOREM.length() && asciiLower(text.charAt(i + k)) == LOREM.charAt(k)) k++;
            if (k == LOREM.length()) return true;
        }
        return false;
    }

    private static final String LOREM = "lorem ipsum";

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static @Nullable DateMention firstDay(String text, DateContext context) {
        for (DateMention m : FrenchDates.find(text, context)) {
            if (!m.deadline() && m.start() != null) return m;
        }
        return null;
    }

    private static String hhmm(@Nullable LocalTime t) {
        return t == null
                ? "00:00"
                : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    private static @Nullable String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static @Nullable String firstParagraph(String plain) {
        for (String p : plain.split("\\n\\s*\\n")) {
            String t = p.replaceAll("\\s+", " ").strip();
            if (t.isEmpty()) continue;
            if (t.length() <= 500) return t;
            int cut = t.lastIndexOf(' ', 500);
            return t.substring(0, cut > 200 ? cut : 500) + "…";
        }
        return null;
    }
}
