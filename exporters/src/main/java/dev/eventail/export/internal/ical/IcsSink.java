package dev.eventail.export.internal.ical;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventStatus;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import dev.eventail.model.LinkRole;
import dev.eventail.model.SourceRef;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Writes the calendar header and VTIMEZONE when opened, one VEVENT per dated event as events
 * arrive, and {@code END:VCALENDAR} when closed. Holds nothing per event.
 */
final class IcsSink implements EventSink {

    static final String PRODUCT_ID = "-//eventail//eventail//FR";

    /**
     * DTSTAMP when the run gives no {@link ExportContext#generatedAt()}: reading a clock would make
     * two runs differ, and no date in the model says when an event was last revised.
     */
    static final Instant NO_STAMP = Instant.EPOCH;

    private final FoldedLineWriter writer;
    private final Consumer<Diagnostic> diagnostics;
    private final @Nullable ZoneId zone; // null: write UTC times
    private final ZoneId dayZone;
    private final String uidDomain;
    private final Instant stamp;
    private final String stampLine;

    /** The VEVENT being written, its capacity kept from one event to the next. */
    private final StringBuilder vevent = new StringBuilder(1024);

    private boolean closed;

    IcsSink(OutputStream out, ExportContext context) throws IOException {
        this.writer = new FoldedLineWriter(out);
        this.diagnostics = context.diagnostics();
        this.dayZone = context.zone();
        this.uidDomain = uidDomain(context.baseUri());
        this.stamp = stamp(context.generatedAt(), context.zone(), diagnostics);
        StringBuilder stampText = new StringBuilder();
        dateTimeLine(stampText, "DTSTAMP", stamp);
        this.stampLine = stampText.toString().strip();
        TimeZone timeZone = null;
        if (!(context.zone().normalized() instanceof ZoneOffset)) {
            try {
                timeZone =
                        TimeZoneRegistryFactory.getInstance()
                                .createRegistry()
                                .getTimeZone(context.zone().getId());
            } catch (RuntimeException e) {
                // ical4j builds a VTIMEZONE from the JDK's rules for zones it does not ship, and
                // may fail on an exotic one: UTC times are still right
                timeZone = null;
            }
            if (timeZone == null) {
                diagnostics.accept(
                        Diagnostic.warning(
                                "export.ics.unknown-zone",
                                "ical4j has no VTIMEZONE for "
                                        + context.zone().getId()
                                        + "; times are written in UTC",
                                SourceRef.file("events.ics")));
            }
        }
        ZoneId calendarZone = timeZone == null ? null : calendarZone(timeZone, context.zone());
        this.zone = calendarZone;

        writer.writeLine("BEGIN:VCALENDAR");
        writer.writeLines(new ProdId(PRODUCT_ID).toString());
        writer.writeLines(ImmutableVersion.VERSION_2_0.toString());
        writer.writeLines(ImmutableCalScale.GREGORIAN.toString());
        String title = context.dataset().title();
        if (title != null) {
            // read by Apple Calendar, Google Calendar and Thunderbird as the feed's name
            writer.writeLines(new XProperty("X-WR-CALNAME", clean(title)).toString());
        }
        if (timeZone != null && calendarZone != null) {
            writer.writeLines(new XProperty("X-WR-TIMEZONE", calendarZone.getId()).toString());
            writer.writeLines(timeZone.getVTimeZone().toString());
        }
    }

    @Override
    public void accept(Event event) throws IOException {
        for (Event e : event.flatten()) {
            EventTime start = e.start();
            if (start == null) {
                diagnostics.accept(
                        Diagnostic.warning(
                                "export.ics.no-date",
                                "event " + e.id() + " has no start date; left out of the calendar",
                                e.source()));
                continue;
            }
            writer.writeLines(vevent(e, start));
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        writer.writeLine("END:VCALENDAR");
        writer.flush();
    }

    /**
     * One VEVENT, its lines ending with CRLF, unfolded. Written by hand rather than through
     * ical4j's object model, which cost more than all the other formats' writers together; {@code
     * IcsSinkOracleTest} checks it against ical4j's {@code VEvent.toString()} for the same
     * properties, byte for byte.
     */
    String vevent(Event e, EventTime start) {
        StringBuilder b = vevent;
        b.setLength(0);
        line(b, "BEGIN:VEVENT");
        textLine(b, "UID:", uid(e.id()));
        line(b, stampLine);
        if (start.isAllDay()) {
            // RFC 5545 §3.6.1: DTEND of a DATE event is exclusive, the day after the last one
            LocalDate last = e.end() == null ? start.date() : e.end().date();
            if (last.isBefore(start.date())) last = start.date();
            line(b, "DTSTART;VALUE=DATE:", basicDate(start.date()));
            line(b, "DTEND;VALUE=DATE:", basicDate(last.plusDays(1)));
        } else {
            Temporal from = dateTime(start);
            dateTimeLine(b, "DTSTART", from);
            Temporal to = end(e.end());
            if (to != null && Instant.from(to).isAfter(Instant.from(from))) {
                dateTimeLine(b, "DTEND", to);
            }
        }
        String title = clean(e.title()).strip();
        if (title.isEmpty()) {
            // calendar apps show an empty SUMMARY as a nameless block; the id at least says which
            title = e.id();
            diagnostics.accept(
                    Diagnostic.warning(
                            "export.ics.no-title",
                            "event " + e.id() + " has no title; its id is the calendar's SUMMARY",
                            e.source()));
        }
        textLine(b, "SUMMARY:", title);
        if (e.description() != null && !e.description().isBlank()) {
            textLine(b, "DESCRIPTION:", clean(e.description()));
        }
        String location = location(e);
        if (location != null) textLine(b, "LOCATION:", clean(location));
        URI url = uri(e.url(), e);
        if (url != null) line(b, "URL:", url.toString());
        Set<String> categories = new LinkedHashSet<>();
        for (String c : e.categories()) if (!c.isBlank()) categories.add(clean(c.strip()));
        for (String k : e.keywords()) if (!k.isBlank()) categories.add(clean(k.strip()));
        if (!categories.isEmpty()) {
            b.append("CATEGORIES:");
            String separator = "";
            for (String c : categories) {
                b.append(separator);
                text(b, c);
                separator = ",";
            }
            b.append("\r\n");
        }
        String status = status(e.status());
        if (status != null) line(b, "STATUS:", status);
        if (e.parentId() != null) textLine(b, "RELATED-TO;RELTYPE=PARENT:", uid(e.parentId()));
        line(b, "END:VEVENT");
        return b.toString();
    }

    private static void line(StringBuilder b, String content) {
        b.append(content).append("\r\n");
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append(name).append(value).append("\r\n");
    }

    /** A property whose value is TEXT, escaped. */
    private static void textLine(StringBuilder b, String name, String value) {
        b.append(name);
        text(b, value);
        b.append("\r\n");
    }

    /** A date-time property: UTC with a Z, or local time with the calendar's TZID. */
    private static void dateTimeLine(StringBuilder b, String name, Temporal t) {
        if (t instanceof ZonedDateTime z) {
            b.append(name).append(";TZID=").append(z.getZone().getId()).append(':');
            basicDateTime(b, z.toLocalDateTime());
        } else {
            b.append(name).append(':');
            basicDateTime(b, LocalDateTime.ofInstant(Instant.from(t), ZoneOffset.UTC));
            b.append('Z');
        }
        b.append("\r\n");
    }

    /** RFC 5545 DATE: {@code 20211104}. */
    static String basicDate(LocalDate d) {
        StringBuilder b = new StringBuilder(8);
        digits(b, d.getYear(), 4);
        digits(b, d.getMonthValue(), 2);
        digits(b, d.getDayOfMonth(), 2);
        return b.toString();
    }

    /** RFC 5545 DATE-TIME without its zone: {@code 20211104T093000}. */
    private static void basicDateTime(StringBuilder b, LocalDateTime t) {
        b.append(basicDate(t.toLocalDate())).append('T');
        digits(b, t.getHour(), 2);
        digits(b, t.getMinute(), 2);
        digits(b, t.getSecond(), 2);
    }

    private static void digits(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) b.append('0');
        b.append(s);
    }

    /**
     * RFC 5545 TEXT escaping, as ical4j applies it: backslash first, then line breaks ({@code
     * \r?\n}) as {@code \n}, then {@code ;} and {@code ,}.
     */
    static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 16);
        text(b, value);
        return b.toString();
    }

    /** {@link #text(String)} appended to {@code b}: the VEVENT's builder, no string of its own. */
    private static void text(StringBuilder b, String value) {
        int n = value.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c > '\\') continue; // every escaped character sorts at or before the backslash
            String escaped =
                    switch (c) {
                        case '\\' -> "\\\\";
                        case ';' -> "\\;";
                        case ',' -> "\\,";
                        case '\n' -> "\\n";
                        case '\r' -> i + 1 < n && value.charAt(i + 1) == '\n' ? "" : null;
                        default -> null;
                    };
            if (escaped == null) continue;
            // runs between escapes are copied whole
            b.append(value, copied, i).append(escaped);
            copied = i + 1;
        }
        b.append(value, copied, n);
    }

    /**
     * The zone whose id the VTIMEZONE carries: ical4j answers an alias (America/Montreal) with its
     * canonical zone (America/Toronto), and every TZID must name a VTIMEZONE of the file.
     */
    private static ZoneId calendarZone(TimeZone timeZone, ZoneId asked) {
        try {
            return ZoneId.of(timeZone.getID());
        } catch (DateTimeException e) {
            return asked;
        }
    }

    @Nullable Temporal end(@Nullable EventTime end) {
        if (end == null) return null;
        if (end.isAllDay()) {
            // a timed start with a whole-day end: the event lasts until that day is over
            ZonedDateTime endOfDay = end.date().plusDays(1).atStartOfDay(dayZone);
            return zone == null ? endOfDay.toInstant() : endOfDay;
        }
        return dateTime(end);
    }

    /** In the calendar's zone (TZID) when it has a VTIMEZONE, else in UTC. */
    Temporal dateTime(EventTime t) {
        OffsetDateTime instant = t.toOffsetDateTime(dayZone);
        if (zone == null) return instant.toInstant();
        ZonedDateTime local = instant.atZoneSameInstant(zone);
        if (!local.equals(local.withEarlierOffsetAtOverlap())) {
            // the second 02:30 of an autumn night: RFC 5545 §3.3.5 reads a local time in an
            // overlap as the first one, so only UTC can say this instant
            return local.toInstant();
        }
        return local;
    }

    static @Nullable String location(Event e) {
        if (e.place() != null) return e.place().oneLine();
        Link online = e.link(LinkRole.ONLINE);
        return online == null ? null : online.url();
    }

    @Nullable URI uri(@Nullable String url, Event e) {
        if (url == null || url.isBlank()) return null;
        try {
            URI uri = new URI(url.strip());
            if (uri.isAbsolute()) return uri;
        } catch (URISyntaxException ex) {
            // reported below
        }
        diagnostics.accept(
                Diagnostic.warning(
                        "export.ics.bad-url",
                        "event "
                                + e.id()
                                + ": URL \""
                                + url
                                + "\" is not an absolute URI; left out",
                        e.source()));
        return null;
    }

    static @Nullable String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> Status.VALUE_CANCELLED;
            // a postponed event's date no longer holds
            case POSTPONED -> Status.VALUE_TENTATIVE;
            case SCHEDULED, RESCHEDULED, MOVED_ONLINE -> Status.VALUE_CONFIRMED;
        };
    }

    String uid(String eventId) {
        return eventId + "@" + uidDomain;
    }

    /** The host of the base URI, so that two sites' UIDs never collide. */
    static String uidDomain(String baseUri) {
        try {
            String host = new URI(baseUri).getHost();
            if (host != null && !host.isBlank()) return host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            // fall through
        }
        return "eventail.invalid";
    }

    static Instant stamp(
            @Nullable String generatedAt, ZoneId zone, Consumer<Diagnostic> diagnostics) {
        if (generatedAt == null || generatedAt.isBlank()) return NO_STAMP;
        String s = generatedAt.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            // try the other ISO 8601 shapes
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeException e) {
            // try a date alone
        }
        try {
            return LocalDate.parse(s).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            diagnostics.accept(
                    Diagnostic.warning(
                            "export.ics.bad-generated-at",
                            "generatedAt \""
                                    + s
                                    + "\" is not an ISO 8601 date-time; DTSTAMP is "
                                    + NO_STAMP,
                            SourceRef.file("events.ics")));
            return NO_STAMP;
        }
    }

    /**
     * RFC 5545 TEXT allows no control characters but TAB; line breaks become one LF, which ical4j
     * escapes as {@code \n}.
     */
    static String clean(String text) {
        if (!hasControl(text)) return text;
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) b.append(c);
        }
        return b.toString();
    }

    /** True when clean has something to do: a control character other than LF and TAB. */
    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && c <= 0x9F) return true;
        }
        return false;
    }
}
