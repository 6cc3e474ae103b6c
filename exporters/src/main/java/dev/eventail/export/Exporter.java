package dev.eventail.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A format eventail can write. Implementations are stateless and thread-safe, have a public no-arg
 * constructor, and are registered in {@code META-INF/services/dev.eventail.export.Exporter}.
 *
 * <pre>{@code
 * Exporter csv = ExporterRegistry.load().require("csv");
 * try (OutputStream out = Files.newOutputStream(dir.resolve(csv.defaultFileName()));
 *         EventSink sink = csv.open(out, ExportContext.defaults())) {
 *     for (Post post : posts) post.events().forEach(sink::accept);
 * }
 * }</pre>
 */
public interface Exporter {

    /** The fixed, lower-case id users name this format by ({@code csv}, {@code jsonld}, ...). */
    String formatId();

    /** The file this format is written to by default ({@code events.csv}). */
    String defaultFileName();

    /** The IANA media type of the main file ({@code text/csv}). */
    String mediaType();

    /** One line for {@code eventail formats}. */
    default String description() {
        return formatId();
    }

    /**
     * Opens a sink writing to {@code out}. The sink receives top-level events one by one (each with
     * its sub-events) and finishes the file when closed; it does not close {@code out}.
     */
    EventSink open(OutputStream out, ExportContext context) throws IOException;

    /**
     * Writes the files that go beside the main one and do not depend on the events (a CSV's Table
     * Schema, a Data Package descriptor). The default writes none.
     */
    default void writeCompanions(CompanionWriter companions, ExportContext context)
            throws IOException {}

    /**
     * True for a format that describes the other files of a run (a DCAT catalogue): it is written
     * after every other format, with {@link ExportContext#writtenFiles()} filled in.
     */
    default boolean describesOtherFiles() {
        return false;
    }
}
