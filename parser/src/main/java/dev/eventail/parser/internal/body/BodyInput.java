package dev.eventail.parser.internal.body;

import dev.eventail.model.Diagnostic;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the body walk needs to know about its post.
 *
 * @param body the body text after the front matter
 * @param bodyLine the 1-based line of the body's first line in the file
 * @param sourceFile the file, as in {@link dev.eventail.model.SourceRef#file()}
 * @param parentId the post event's id; sub-event ids are derived from it
 * @param referenceDate the date that fixes missing years (the post event's start, else the post's
 *     date), or null
 * @param zone the zone whose rules give offsets (Europe/Paris by default)
 * @param language the post's language, inherited by sub-events
 * @param organizer the post's organizer, inherited by sub-events
 * @param url the post's public URL, inherited by sub-events
 * @param diagnostics where problems go
 * @param deadline when the walk stops reading blocks ({@code limit.time})
 */
public record BodyInput(
        String body,
        int bodyLine,
        String sourceFile,
        String parentId,
        @Nullable LocalDate referenceDate,
        ZoneId zone,
        @Nullable String language,
        @Nullable String organizer,
        @Nullable String url,
        Consumer<Diagnostic> diagnostics,
        Deadline deadline) {

    /** An input without a time limit. */
    public BodyInput(
            String body,
            int bodyLine,
            String sourceFile,
            String parentId,
            @Nullable LocalDate referenceDate,
            ZoneId zone,
            @Nullable String language,
            @Nullable String organizer,
            @Nullable String url,
            Consumer<Diagnostic> diagnostics) {
        this(
                body,
                bodyLine,
                sourceFile,
                parentId,
                referenceDate,
                zone,
                language,
                organizer,
                url,
                diagnostics,
                Deadline.none());
    }
}
