package dev.eventail.export.internal.csv;

import dev.eventail.export.CompanionWriter;
import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One CSV row per event (post event, session, slot) for data.gouv.fr: UTF-8, comma, header row, RFC
 * 4180 quoting and CRLF line ends; beside it a Frictionless Table Schema ({@code schema.json}) and
 * Data Package ({@code datapackage.json}).
 *
 * <p>Option {@value #SPREADSHEET_SAFE} ({@code true}/{@code false}, default {@code false}): prefix
 * with {@code '} every cell that starts with {@code = + - @}, a tab or a CR, so that a spreadsheet
 * does not run it as a formula.
 */
public final class CsvExporter implements Exporter {

    /** The option that neutralises cells a spreadsheet would read as formulas. */
    public static final String SPREADSHEET_SAFE = "csv.spreadsheet-safe";

    /** The Table Schema companion. */
    public static final String SCHEMA_FILE = "schema.json";

    /** The Data Package companion. */
    public static final String DATAPACKAGE_FILE = "datapackage.json";

    @Override
    public String formatId() {
        return "csv";
    }

    @Override
    public String defaultFileName() {
        return "events.csv";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String description() {
        return "one row per event, with its Table Schema (schema.json) and Data Package";
    }

    @Override
    public EventSink open(OutputStream out, ExportContext context) throws IOException {
        boolean safe = Boolean.parseBoolean(context.option(SPREADSHEET_SAFE, "false"));
        return new CsvSink(out, safe, context.diagnostics());
    }

    @Override
    public void writeCompanions(CompanionWriter companions, ExportContext context)
            throws IOException {
        try (OutputStream out = companions.open(SCHEMA_FILE)) {
            TableSchemaWriter.writeSchema(out);
        }
        try (OutputStream out = companions.open(DATAPACKAGE_FILE)) {
            TableSchemaWriter.writeDataPackage(out, defaultFileName(), context);
        }
    }
}
