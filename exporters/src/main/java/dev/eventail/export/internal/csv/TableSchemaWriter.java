package dev.eventail.export.internal.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.eventail.export.DatasetMetadata;
import dev.eventail.export.ExportContext;
import dev.eventail.export.internal.json.PrettyJson;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Locale;

/** Writes the Frictionless Table Schema and Data Package descriptors of {@code events.csv}. */
final class TableSchemaWriter {
    private TableSchemaWriter() {}

    static void writeSchema(OutputStream out) throws IOException {
        try (JsonGenerator json = PrettyJson.generator(out)) {
            writeSchema(json);
            json.writeRaw('\n');
        }
    }

    private static void writeSchema(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("fields");
        for (EventTable.Column c : EventTable.COLUMNS) {
            json.writeStartObject();
            json.writeStringField("name", c.name());
            json.writeStringField("title", c.title());
            json.writeStringField("type", c.type());
            if (c.format() != null) json.writeStringField("format", c.format());
            json.writeStringField("description", c.description());
            boolean unique = c.name().equals("id");
            boolean minimum = c.type().equals("integer");
            if (c.required()
                    || unique
                    || c.enumValues() != null
                    || c.pattern() != null
                    || minimum) {
                json.writeObjectFieldStart("constraints");
                if (c.required()) json.writeBooleanField("required", true);
                if (unique) json.writeBooleanField("unique", true);
                if (c.enumValues() != null) {
                    json.writeArrayFieldStart("enum");
                    for (String v : c.enumValues()) json.writeString(v);
                    json.writeEndArray();
                }
                if (c.pattern() != null) json.writeStringField("pattern", c.pattern());
                if (minimum) json.writeNumberField("minimum", 1);
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("missingValues");
        json.writeString("");
        json.writeEndArray();
        json.writeArrayFieldStart("primaryKey");
        json.writeString("id");
        json.writeEndArray();
        json.writeArrayFieldStart("foreignKeys");
        json.writeStartObject();
        json.writeArrayFieldStart("fields");
        json.writeString("parent_id");
        json.writeEndArray();
        json.writeObjectFieldStart("reference");
        json.writeStringField("resource", "");
        json.writeArrayFieldStart("fields");
        json.writeString("id");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    static void writeDataPackage(OutputStream out, String csvFile, ExportContext context)
            throws IOException {
        DatasetMetadata dataset = context.dataset();
        try (JsonGenerator json = PrettyJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("profile", "tabular-data-package");
            json.writeStringField("name", packageName(dataset.title()));
            if (dataset.title() != null) json.writeStringField("title", dataset.title());
            if (dataset.description() != null) {
                json.writeStringField("description", dataset.description());
            }
            if (context.generatedAt() != null) {
                json.writeStringField("created", context.generatedAt());
            }
            if (!dataset.keywords().isEmpty()) {
                json.writeArrayFieldStart("keywords");
                for (String k : dataset.keywords()) json.writeString(k);
                json.writeEndArray();
            }
            json.writeArrayFieldStart("licenses");
            json.writeStartObject();
            if (dataset.licence().equals(DatasetMetadata.LICENCE_OUVERTE_2)) {
                json.writeStringField("name", "etalab-2.0");
                json.writeStringField("path", dataset.licence());
                json.writeStringField("title", "Licence Ouverte / Open Licence version 2.0");
            } else {
                json.writeStringField("path", dataset.licence());
            }
            json.writeEndObject();
            json.writeEndArray();
            if (dataset.publisher() != null) {
                json.writeArrayFieldStart("contributors");
                json.writeStartObject();
                json.writeStringField("title", dataset.publisher());
                json.writeStringField("role", "publisher");
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeArrayFieldStart("resources");
            json.writeStartObject();
            json.writeStringField("name", "events");
            json.writeStringField("path", csvFile);
            json.writeStringField("profile", "tabular-data-resource");
            json.writeStringField("title", "Events");
            json.writeStringField("format", "csv");
            json.writeStringField("mediatype", "text/csv");
            json.writeStringField("encoding", "utf-8");
            json.writeObjectFieldStart("dialect");
            json.writeStringField("delimiter", ",");
            json.writeStringField("lineTerminator", "\r\n");
            json.writeStringField("quoteChar", "\"");
            json.writeBooleanField("doubleQuote", true);
            json.writeBooleanField("header", true);
            json.writeEndObject();
            json.writeStringField("schema", CsvExporter.SCHEMA_FILE);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** A Data Package name: lower-case letters, digits, {@code - _ .}, from the title. */
    static String packageName(String title) {
        if (title == null) return "eventail-events";
        String ascii =
                Normalizer.normalize(title, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9._-]+", "-")
                        .replaceAll("^-+|-+$", "");
        return ascii.isEmpty() ? "eventail-events" : ascii;
    }
}
