package dev.eventail.parser.internal.dates;

import dev.eventail.model.EventTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A date or time expression found in French text.
 *
 * @param from offset of the first character of the expression in the text
 * @param to offset just past its last character
 * @param start the start (a whole day when no time is given); null for a time without a date
 * @param end the end, or null
 * @param startTime for a time without a date ({@code 14h30 – 16h45}), the local start "HH:mm", else
 *     null
 * @param endTime the matching local end "HH:mm", or null
 * @param deadline true for a deadline ({@code jusqu'au 2 décembre}), which is not an event
 * @param problems human-readable problems (a weekday that contradicts the date...) with their
 *     codes, as "code: message"
 */
public record DateMention(
        int from,
        int to,
        @Nullable EventTime start,
        @Nullable EventTime end,
        @Nullable String startTime,
        @Nullable String endTime,
        boolean deadline,
        List<String> problems) {

    public DateMention {
        problems = List.copyOf(problems);
    }
}
