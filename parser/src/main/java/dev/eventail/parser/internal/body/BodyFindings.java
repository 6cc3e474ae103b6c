package dev.eventail.parser.internal.body;

import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.Event;
import dev.eventail.model.EventStatus;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the body walk found: the sub-events, and what the body says about the post event as a whole.
 *
 * @param subEvents sessions and slots (parentId = the post event's id), in text order
 * @param links links of the post event found in the body (registration buttons...), in text order
 * @param admission free/paid if the body states it about the whole event
 * @param accessibility accessibility notes about the whole event
 * @param attendanceMode what the body says of the whole event's mode, UNKNOWN when nothing
 * @param status CANCELLED / POSTPONED when the body says so, else SCHEDULED
 * @param start a start date stated in the body for the whole event (used only when the front matter
 *     has none), or null
 * @param end the matching end, or null
 * @param plainText the body as plain text (markup removed), for the post event's description
 */
public record BodyFindings(
        List<Event> subEvents,
        List<Link> links,
        Admission admission,
        List<String> accessibility,
        AttendanceMode attendanceMode,
        EventStatus status,
        @Nullable EventTime start,
        @Nullable EventTime end,
        String plainText) {

    public BodyFindings {
        subEvents = List.copyOf(subEvents);
        links = List.copyOf(links);
        accessibility = List.copyOf(accessibility);
    }

    /** Nothing found. */
    public static BodyFindings empty(String plainText) {
        return new BodyFindings(
                List.of(),
                List.of(),
                Admission.UNKNOWN,
                List.of(),
                AttendanceMode.UNKNOWN,
                EventStatus.SCHEDULED,
                null,
                null,
                plainText);
    }
}
