package dev.eventail.export;

import dev.eventail.model.Event;
import java.util.List;
import java.util.Map;

/** The events of every fixture the exporter tests run over. */
public final class FixtureEvents {
    private FixtureEvents() {}

    /** Fixture name → its top-level events, in a fixed order. */
    public static Map<String, List<Event>> all() {
        return SampleEvents.all();
    }
}
