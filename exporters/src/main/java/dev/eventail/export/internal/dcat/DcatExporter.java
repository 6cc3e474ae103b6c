package dev.eventail.export.internal.dcat;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A DCAT catalogue in Turtle: one {@code dcat:Dataset} for the run with one {@code
 * dcat:Distribution} per file written before it (size, SHA-256, media type). Written after every
 * other format.
 *
 * <p>No Jena type is named here: {@link java.util.ServiceLoader} instantiates every exporter to
 * list them, and Jena's start-up is only paid when a catalogue is actually opened.
 */
public final class DcatExporter implements Exporter {

    /** The format id. */
    public static final String FORMAT_ID = "dcat";

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String defaultFileName() {
        return "catalog.ttl";
    }

    @Override
    public String mediaType() {
        return "text/turtle";
    }

    @Override
    public String description() {
        return "DCAT catalogue (Turtle) describing the files of the run, for data.gouv.fr";
    }

    @Override
    public boolean describesOtherFiles() {
        return true;
    }

    @Override
    public EventSink open(OutputStream out, ExportContext context) throws IOException {
        return new DcatSink(out, context);
    }
}
