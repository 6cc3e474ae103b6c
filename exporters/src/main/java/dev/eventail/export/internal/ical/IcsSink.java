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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.RelType;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
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
    private boolean closed;

    IcsSink(OutputStream out, ExportContext context) throws IOException {
        this.writer = new FoldedLineWriter(out);
        this.diagnostics = context.diagnostics();
        this.dayZone = context.zone();
        this.uidDomain = uidDomain(context.baseUri());
        this.stamp = stamp(context.generatedAt(), context.zone(), diagnostics);
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
            writer.writeLines(toVEvent(e, start).toString());
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        writer.writeLine("END:VCALENDAR");
        writer.flush();
    }

    private VEvent toVEvent(Event e, EventTime start) {
        List<Property> props = new ArrayList<>();
        props.add(new Uid(uid(e.id())));
        props.add(new DtStamp(stamp));
        if (start.isAllDay()) {
            // RFC 5545 §3.6.1: DTEND of a DATE event is exclusive, the day after the last one
            LocalDate last = e.end() == null ? start.date() : e.end().date();
            if (last.isBefore(start.date())) last = start.date();
            props.add(new DtStart<>(start.date()));
            props.add(new DtEnd<>(last.plusDays(1)));
        } else {
            Temporal from = dateTime(start);
            props.add(new DtStart<>(from));
            Temporal to = end(e.end());
            if (to != null && Instant.from(to).isAfter(Instant.from(from))) {
                props.add(new DtEnd<>(to));
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
        props.add(new Summary(title));
        if (e.description() != null && !e.description().isBlank()) {
            props.add(new Description(clean(e.description())));
        }
        String location = location(e);
        if (location != null) props.add(new Location(clean(location)));
        URI url = uri(e.url(), e);
        if (url != null) props.add(new Url(url));
        Set<String> categories = new LinkedHashSet<>();
        for (String c : e.categories()) if (!c.isBlank()) categories.add(clean(c.strip()));
        for (String k : e.keywords()) if (!k.isBlank()) categories.add(clean(k.strip()));
        if (!categories.isEmpty()) {
            props.add(new Categories(new TextList(categories.toArray(String[]::new))));
        }
        String status = status(e.status());
        if (status != null) props.add(new Status(status));
        if (e.parentId() != null) {
            RelatedTo parent = new RelatedTo(uid(e.parentId()));
            parent.add(RelType.PARENT);
            props.add(parent);
        }
        return new VEvent(new PropertyList(props));
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

    private @Nullable Temporal end(@Nullable EventTime end) {
        if (end == null) return null;
        if (end.isAllDay()) {
            // a timed start with a whole-day end: the event lasts until that day is over
            ZonedDateTime endOfDay = end.date().plusDays(1).atStartOfDay(dayZone);
            return zone == null ? endOfDay.toInstant() : endOfDay;
        }
        return dateTime(end);
    }

    /** In the calendar's zone (TZID) when it has a VTIMEZONE, else in UTC. */
    private Temporal dateTime(EventTime t) {
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

    private static @Nullable String location(Event e) {
        if (e.place() != null) return e.place().oneLine();
        Link online = e.link(LinkRole.ONLINE);
        return online == null ? null : online.url();
    }

    private @Nullable URI uri(@Nullable String url, Event e) {
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

    private static @Nullable String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> Status.VALUE_CANCELLED;
            // a postponed event's date no longer holds
            case POSTPONED -> Status.VALUE_TENTATIVE;
            case SCHEDULED, RESCHEDULED, MOVED_ONLINE -> Status.VALUE_CONFIRMED;
        };
    }

    private String uid(String eventId) {
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
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) b.append(c);
        }
        return b.toString();
    }
}
