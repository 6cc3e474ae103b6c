package dev.eventail.parser.internal.body;

/**
 * Walks a post's body (Markdown with HTML blocks) and finds its sub-events. Thread-safe.
 *
 * <p>STUB: finds nothing yet; the body-walk work replaces this.
 */
public final class BodyReader {

    public BodyFindings read(BodyInput input) {
        return BodyFindings.empty(input.body().strip());
    }
}
