package dev.eventail.export.internal.csv;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.eventail.export.EventSink;
import dev.eventail.export.internal.schemaorg.Iris;
import dev.eventail.export.internal.schemaorg.SchemaOrgMapping;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.Link;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

/** Writes each event and its sub-events as rows, depth first, as they come. */
final class CsvSink implements EventSink {

    private static final CsvFactory FACTORY = new CsvFactory();

    private final CsvGenerator csv;
    private final boolean spreadsheetSafe;
    private final Consumer<Diagnostic> diagnostics;

    CsvSink(OutputStream out, boolean spreadsheetSafe, Consumer<Diagnostic> diagnostics)
            throws IOException {
        this.spreadsheetSafe = spreadsheetSafe;
        this.diagnostics = diagnostics;
        CsvSchema.Builder schema = CsvSchema.builder();
        for (EventTable.Column c : EventTable.COLUMNS) schema.addColumn(c.name());
        this.csv = (CsvGenerator) FACTORY.createGenerator(out);
        csv.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Quote only what RFC 4180 requires (separator, quote, line break), not every non-ASCII
        // value as Jackson's loose check does.
        csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        csv.setSchema(
                schema.build()
                        .withoutHeader()
                        .withColumnSeparator(',')
                        .withQuoteChar('"')
                        .withLineSeparator("\r\n")
                        .withNullValue(""));
        // The header is written as a row so that a run without events still has one.
        csv.writeStartArray();
        for (EventTable.Column c : EventTable.COLUMNS) csv.writeString(c.name());
        csv.writeEndArray();
    }

    @Override
    public void accept(Event event) throws IOException {
        for (Event e : event.flatten()) {
            reportUrlsLeftOut(e);
            csv.writeStartArray();
            for (EventTable.Column c : EventTable.COLUMNS) {
                String v = c.value().apply(e);
                if (v == null || v.isEmpty()) {
                    csv.writeNull();
                } else {
                    csv.writeString(cell(SchemaOrgMapping.clean(v)));
                }
            }
            csv.writeEndArray();
        }
    }

    /** The URL cells leave out what {@link Iris#toIri} refuses: say so, as the other formats do. */
    private void reportUrlsLeftOut(Event e) {
        for (Link l : e.links()) {
            if (Iris.toIri(l.url()) == null) {
                diagnostics.accept(Iris.notAbsolute(EventTable.linkLabel(l.role()), e, l.url()));
            }
        }
        for (String image : e.images()) {
            if (Iris.toIri(image) == null) diagnostics.accept(Iris.notAbsolute("image", e, image));
        }
        if (e.url() != null && Iris.toIri(e.url()) == null) {
            diagnostics.accept(Iris.notAbsolute("url", e, e.url()));
        }
    }

    private String cell(String v) {
        if (!spreadsheetSafe || v.isEmpty()) return v;
        char first = v.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                ? "'" + v
                : v;
    }

    @Override
    public void close() throws IOException {
        csv.flush();
        csv.close();
    }
}
