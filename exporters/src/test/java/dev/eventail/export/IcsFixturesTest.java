package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Event;
import dev.eventail.model.EventStatus;
import dev.eventail.model.EventTime;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture's events written as iCalendar and read back with ical4j: one VEVENT per dated
 * event, and each of its fields says what the event says (start and end as instants or dates, whole
 * days with their exclusive end, title, place, page, status, parent).
 */
class IcsFixturesTest {

    private static final String HOST = "example.org";

    static Stream<String> fixtures() {
        return FixtureEvents.all().keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyDatedEventReadsBackWithItsFields(String fixture) throws Exception {
        List<Event> events =
                FixtureEvents.all().get(fixture).stream()
                        .flatMap(e -> e.flatten().stream())
                        .toList();
        byte[] bytes =
                ExportRun.main("ics", FixtureEvents.all().get(fixture), ExportContext.defaults());
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        Map<String, VEvent> byUid =
                vevents.stream()
                        .collect(
                                Collectors.toMap(v -> value(v, Property.UID), Function.identity()));

        List<Event> dated = events.stream().filter(e -> e.start() != null).toList();
        assertThat(vevents).as("one VEVENT per dated event").hasSize(dated.size());
        for (Event e : dated) {
            VEvent v = byUid.get(e.id() + "@" + HOST);
            assertThat(v).as("VEVENT of %s", e.id()).isNotNull();
            String title = e.title().isBlank() ? e.id() : e.title();
            assertThat(value(v, Property.SUMMARY))
                    .as("%s SUMMARY", e.id())
                    .isEqualTo(title.strip());
            assertThat(start(v)).as("%s DTSTART", e.id()).isEqualTo(expectedStart(e.start()));
            if (e.end() != null) {
                assertThat(end(v))
                        .as("%s DTEND", e.id())
                        .isEqualTo(expectedEnd(e.start(), e.end()));
            }
            if (e.place() != null) {
                assertThat(value(v, Property.LOCATION))
                        .as("%s LOCATION", e.id())
                        .isEqualTo(e.place().oneLine());
            }
            if (e.url() != null && e.url().startsWith("http")) {
                assertThat(value(v, Property.URL)).as("%s URL", e.id()).isEqualTo(e.url());
            }
            assertThat(value(v, Property.STATUS))
                    .as("%s STATUS", e.id())
                    .isEqualTo(
                            e.status() == EventStatus.CANCELLED
                                    ? "CANCELLED"
                                    : e.status() == EventStatus.POSTPONED
                                            ? "TENTATIVE"
                                            : "CONFIRMED");
            if (e.parentId() != null) {
                assertThat(value(v, Property.RELATED_TO))
                        .as("%s RELATED-TO", e.id())
                        .isEqualTo(e.parentId() + "@" + HOST);
            }
        }
    }

    /** A whole day as its date; a time as its instant. */
    private static Object expectedStart(EventTime start) {
        return start.isAllDay()
                ? start.date()
                : start.toOffsetDateTime(EventTime.PARIS).toInstant();
    }

    /**
     * RFC 5545 wants DTSTART and DTEND of one value type: after a whole-day start the end is the
     * day after the end's day (exclusive), whatever its time; after a timed start a whole-day end
     * lasts until that day is over.
     */
    private static Object expectedEnd(EventTime start, EventTime end) {
        LocalDate after = end.date().plusDays(1);
        if (start.isAllDay()) return after;
        if (!end.isAllDay()) return end.toOffsetDateTime(EventTime.PARIS).toInstant();
        return after.atStartOfDay(EventTime.PARIS).toInstant();
    }

    private static Object start(VEvent v) {
        return normalise(date(v, Property.DTSTART));
    }

    private static Object end(VEvent v) {
        return normalise(date(v, Property.DTEND));
    }

    private static Object normalise(Temporal t) {
        return t instanceof LocalDate d ? d : Instant.from(t);
    }

    private static Temporal date(VEvent v, String name) {
        DateProperty<?> p = v.<DateProperty<?>>getProperty(name).orElseThrow();
        return p.getDate();
    }

    private static String value(VEvent v, String name) {
        Optional<Property> p = v.getProperty(name);
        return p.map(Property::getValue).orElse(null);
    }
}
