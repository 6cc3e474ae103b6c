package dev.eventail.export;

import dev.eventail.model.Event;
import java.io.Closeable;
import java.io.IOException;

/**
 * Receives the events of a run one by one, in the run's deterministic order, and writes them.
 * {@link #close()} finishes the output (a closing bracket, a footer) and flushes it; it is called
 * once, after the last event, also when the run has no events. A sink is used by one thread.
 */
public interface EventSink extends Closeable {

    /** Writes a top-level event and its sub-events. */
    void accept(Event event) throws IOException;
}
