package dev.eventail.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A point in an event's schedule: either an instant with its UTC offset (a local date and time as
 * people in that place read them, plus the offset in force then), or a date alone meaning the whole
 * day.
 *
 * <pre>{@code
 * EventTime t = EventTime.at(LocalDateTime.parse("2021-11-03T14:00"), EventTime.PARIS);
 * t.iso();            // "2021-11-03T14:00:00+01:00"
 * EventTime.allDay(LocalDate.parse("2021-11-03")).iso();   // "2021-11-03"
 * }</pre>
 *
 * @param date the local calendar date
 * @param time the local time, or {@code null} for a whole day
 * @param offset the offset from UTC in force at that date and time, or {@code null} for a whole day
 */
public record EventTime(LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset)
        implements Comparable<EventTime> {

    /** The zone every French archive we know uses: {@code Europe/Paris}. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter ISO_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    public EventTime {
        Objects.requireNonNull(date, "date");
        if ((time == null) != (offset == null)) {
            throw new IllegalArgumentException(
                    "time and offset go together: " + time + " " + offset);
        }
        if (time != null) {
            time = time.withNano(0);
        }
    }

    /** A whole day. */
    public static EventTime allDay(LocalDate date) {
        return new EventTime(date, null, null);
    }

    /** An instant as written, offset included. */
    public static EventTime of(OffsetDateTime dateTime) {
        return new EventTime(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
    }

    /**
     * A local date and time in {@code zone}, with the offset the zone's rules give on that day (the
     * earlier offset in an overlap, the later time in a gap).
     */
    public static EventTime at(LocalDateTime local, ZoneId zone) {
        return of(local.atZone(zone).toOffsetDateTime());
    }

    /** True when this is a date alone. */
    public boolean isAllDay() {
        return time == null;
    }

    /** The instant, or for a whole day its start in {@code zone}. */
    public OffsetDateTime toOffsetDateTime(ZoneId zone) {
        if (time == null) {
            return date.atStartOfDay(zone).toOffsetDateTime();
        }
        return OffsetDateTime.of(date, time, Objects.requireNonNull(offset));
    }

    /**
     * ISO 8601 with explicit seconds and offset ({@code 2021-11-03T14:00:00+01:00}), a valid {@code
     * xsd:dateTime}; or {@code 2021-11-03} for a whole day, a valid {@code xsd:date}.
     */
    public String iso() {
        // every exporter writes each time, often several times: written by hand where the
        // formatters' output is plain (four-digit years, offsets in whole minutes)
        int year = date.getYear();
        if (year < 0 || year > 9999 || offset != null && offset.getTotalSeconds() % 60 != 0) {
            return isoByFormatter();
        }
        char[] out = new char[time == null ? 10 : 25];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        if (time != null) {
            int total = Objects.requireNonNull(offset).getTotalSeconds();
            out[10] = 'T';
            digits(out, 11, time.getHour(), 2);
            out[13] = ':';
            digits(out, 14, time.getMinute(), 2);
            out[16] = ':';
            digits(out, 17, time.getSecond(), 2);
            out[19] = total < 0 ? '-' : '+';
            int minutes = Math.abs(total) / 60;
            digits(out, 20, minutes / 60, 2);
            out[22] = ':';
            digits(out, 23, minutes % 60, 2);
        }
        return new String(out);
    }

    /** {@link #iso()} as the formatters write it (the definition; tests compare both). */
    String isoByFormatter() {
        if (time == null) return ISO_DATE.format(date);
        return ISO_DATE_TIME.format(OffsetDateTime.of(date, time, Objects.requireNonNull(offset)));
    }

    private static void digits(char[] out, int at, int value, int width) {
        int v = value;
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }

    /** Chronological order; a whole day sorts before any time on that day. */
    @Override
    public int compareTo(EventTime o) {
        if (time != null && o.time != null) {
            return toOffsetDateTime(PARIS).compareTo(o.toOffsetDateTime(PARIS));
        }
        int c = date.compareTo(o.date);
        if (c != 0) return c;
        if (time == null) return o.time == null ? 0 : -1;
        return 1;
    }

    @Override
    public String toString() {
        return iso();
    }
}
