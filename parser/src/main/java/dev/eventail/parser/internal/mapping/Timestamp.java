package dev.eventail.parser.internal.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A front-matter timestamp as written ({@code 2021-11-02 00:00:00 +01:00}, {@code 2016-03-22
 * 00:00:00 Z}, {@code 2025-12-11}, {@code 2021-11-02T14:00:00+01:00}), read with java.time and
 * nothing lost: the local date and time as written and the offset as written.
 *
 * @param date the date as written
 * @param time the time as written, or null for a date alone
 * @param offset the offset as written, or null when none was written
 */
public record Timestamp(LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset) {

    private static final Pattern FORM =
            Pattern.compile(
                    "(\\d{1,4})-(\\d{1,2})-(\\d{1,2})"
                            + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
                            + "[ \\t]*(Z|z|[+-]\\d{1,2}(?::?\\d{2})?)?");

    /** The timestamp in {@code text}, or null when it is not one. */
    public static @Nullable Timestamp parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) return null;
        try {
            LocalDate date =
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
            LocalTime time = null;
            if (m.group(4) != null) {
                time =
                        LocalTime.of(
                                Integer.parseInt(m.group(4)),
                                Integer.parseInt(m.group(5)),
                                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            }
            ZoneOffset offset = null;
            String o = m.group(7);
            if (o != null) {
                if (o.equalsIgnoreCase("z")) {
                    offset = ZoneOffset.UTC;
                } else {
                    int sign = o.charAt(0) == '-' ? -1 : 1;
                    String digits = o.substring(1).replace(":", "");
                    int hours;
                    int minutes = 0;
                    if (digits.length() <= 2) {
                        hours = Integer.parseInt(digits);
                    } else {
                        hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
                        minutes = Integer.parseInt(digits.substring(digits.length() - 2));
                    }
                    offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                }
            }
            return new Timestamp(date, time, offset);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** True for {@code 00:00:00}: people mean the whole day. */
    public boolean isMidnight() {
        return time != null && time.equals(LocalTime.MIDNIGHT);
    }
}
