package dev.eventail.cli.internal.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.eventail.export.WrittenFile;
import dev.eventail.model.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.json}, streamed: the diagnostics are written as they come (so a huge archive's
 * report costs no memory), the counts and files at the end. No clock or machine-specific value goes
 * in, so that the same input gives the same report.
 *
 * <pre>{@code
 * {"tool": "eventail", "inputs": ["site"],
 *  "diagnostics": [{"input": "site", "file": "_evenements/x.md", "line": 4, "column": 0,
 *                   "severity": "error", "code": "yaml.syntax", "message": "..."}],
 *  "counts": {...}, "files": [{"name": "events.csv", ...}]}
 * }</pre>
 */
public final class RunReport implements AutoCloseable {

    /** The report's file name in the output folder. */
    public static final String FILE_NAME = "report.json";

    private final JsonGenerator json;

    public RunReport(OutputStream out, List<String> inputs) throws IOException {
        DefaultPrettyPrinter pretty =
                new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
        this.json =
                new JsonFactory().createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(pretty);
        json.writeStartObject();
        json.writeStringField("tool", "eventail");
        json.writeArrayFieldStart("inputs");
        for (String i : inputs) json.writeString(i);
        json.writeEndArray();
        json.writeArrayFieldStart("diagnostics");
    }

    /** Appends one diagnostic. */
    public void add(String input, Diagnostic d) throws IOException {
        json.writeStartObject();
        json.writeStringField("input", input);
        json.writeStringField("file", d.source().file());
        json.writeNumberField("line", d.source().line());
        json.writeNumberField("column", d.source().column());
        json.writeStringField("severity", d.severity().name().toLowerCase(Locale.ROOT));
        json.writeStringField("code", d.code());
        json.writeStringField("message", d.message());
        json.writeEndObject();
    }

    /**
     * Ends the diagnostics and writes the counts (nested maps of numbers, in the map's order) and
     * the data files of the run.
     */
    public void finish(Map<String, Object> counts, List<WrittenFile> files) throws IOException {
        json.writeEndArray();
        json.writeFieldName("counts");
        writeMap(counts);
        json.writeArrayFieldStart("files");
        for (WrittenFile f : files) {
            json.writeStartObject();
            json.writeStringField("name", f.fileName());
            json.writeStringField("format", f.formatId());
            json.writeStringField("mediaType", f.mediaType());
            json.writeNumberField("size", f.size());
            json.writeStringField("sha256", f.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private void writeMap(Map<String, Object> map) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            json.writeFieldName(e.getKey());
            if (e.getValue() instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) m;
                writeMap(nested);
            } else if (e.getValue() instanceof Number n) {
                json.writeNumber(n.longValue());
            } else {
                json.writeString(String.valueOf(e.getValue()));
            }
        }
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
