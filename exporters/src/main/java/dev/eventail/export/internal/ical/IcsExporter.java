package dev.eventail.export.internal.ical;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * iCalendar (RFC 5545): one {@code VEVENT} per dated event, post events, sessions and slots alike,
 * written through ical4j as each event arrives.
 */
public final class IcsExporter implements Exporter {

    /** The format id. */
    public static final String FORMAT_ID = "ics";

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String defaultFileName() {
        return "events.ics";
    }

    @Override
    public String mediaType() {
        return "text/calendar";
    }

    @Override
    public String description() {
        return "iCalendar feed (RFC 5545): one VEVENT per dated event, Europe/Paris VTIMEZONE";
    }

    @Override
    public EventSink open(OutputStream out, ExportContext context) throws IOException {
        return new IcsSink(out, context);
    }
}
