package dev.eventail.export.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.eventail.export.ValidationFinding;
import dev.eventail.model.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a CSV file against a Frictionless Table Schema: header, types and formats, constraints
 * (required, unique, enum, pattern, length, range), primary key and foreign keys within the table.
 * Covers the types and formats eventail's schemas use plus the other scalar ones; a foreign key to
 * another resource is reported as not checked.
 */
public final class TableSchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?|NaN|[+-]?INF");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DATETIME =
            Pattern.compile(
                    "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?");

    private final Findings findings;
    private final String file;

    TableSchemaCheck(Findings findings, String file) {
        this.findings = findings;
        this.file = file;
    }

    /** One problem; {@code check} is the category ({@code header}, {@code type}...). */
    public record Problem(String check, String subject, String message) {}

    /** The problems of {@code csv} against {@code schemaJson}; empty when it conforms. */
    public static List<Problem> problems(Path csv, String schemaJson, char delimiter)
            throws IOException {
        Findings f = new Findings();
        new TableSchemaCheck(f, csv.getFileName().toString())
                .check(csv, JSON.readTree(schemaJson), delimiter);
        List<Problem> out = new ArrayList<>();
        for (ValidationFinding v : f.sorted()) {
            if (v.severity() == Severity.ERROR) {
                out.add(new Problem(v.check(), String.valueOf(v.subject()), v.message()));
            }
        }
        return out;
    }

    void check(Path csv, JsonNode schema, char delimiter) throws IOException {
        JsonNode fields = schema.path("fields");
        if (!fields.isArray() || fields.isEmpty()) {
            findings.error("csv.schema", file, null, "the Table Schema has no fields");
            return;
        }
        List<JsonNode> fieldList = new ArrayList<>();
        fields.forEach(fieldList::add);
        List<String> names = new ArrayList<>();
        for (JsonNode f : fieldList) names.add(f.path("name").asText());
        Set<String> missingValues = new HashSet<>();
        if (schema.has("missingValues")) {
            schema.get("missingValues").forEach(v -> missingValues.add(v.asText()));
        } else {
            missingValues.add("");
        }
        List<String> primaryKey = strings(schema.get("primaryKey"));
        Map<String, Pattern> patterns = new HashMap<>();
        for (JsonNode f : fieldList) {
            String p = f.path("constraints").path("pattern").asText(null);
            if (p == null) continue;
            try {
                patterns.put(f.path("name").asText(), Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                findings.error(
                        "csv.schema",
                        file,
                        null,
                        "field \"" + f.path("name").asText() + "\": invalid pattern " + p);
            }
        }

        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> keyRows = new ArrayList<>();
        Map<String, Integer> uniqueSeen = new HashMap<>();
        Map<String, Integer> pkSeen = new HashMap<>();
        List<FkRow> fkRows = new ArrayList<>();
        List<JsonNode> foreignKeys = new ArrayList<>();
        if (schema.path("foreignKeys").isArray())
            schema.get("foreignKeys").forEach(foreignKeys::add);
        int rows = 0;
        try (MappingIterator<String[]> it =
                mapper.readerFor(String[].class)
                        .with(CsvSchema.emptySchema().withColumnSeparator(delimiter))
                        .readValues(csv.toFile())) {
            if (!it.hasNext()) {
                findings.error("csv.header", file, null, "empty file: no header row");
                return;
            }
            String[] header = it.next();
            if (!List.of(header).equals(names)) {
                findings.error(
                        "csv.header",
                        file,
                        "row 1",
                        "header "
                                + List.of(header)
                                + " does not match the schema's fields "
                                + names);
                return;
            }
            int row = 1;
            while (it.hasNext()) {
                String[] cells = it.next();
                row++;
                rows++;
                String where = "row " + row;
                if (cells.length != names.size()) {
                    findings.error(
                            "csv.columns",
                            file,
                            where,
                            cells.length + " cells, header has " + names.size());
                    continue;
                }
                for (int i = 0; i < fieldList.size(); i++) {
                    checkCell(
                            fieldList.get(i),
                            cells[i],
                            where,
                            missingValues,
                            patterns,
                            uniqueSeen,
                            row,
                            primaryKey);
                }
                if (!primaryKey.isEmpty()) {
                    String key = key(cells, names, primaryKey);
                    if (key != null) {
                        Integer first = pkSeen.putIfAbsent(key, row);
                        if (first != null) {
                            findings.error(
                                    "csv.primary-key",
                                    file,
                                    where,
                                    "primary key "
                                            + primaryKey
                                            + " = "
                                            + key.replace('\u0000', ',')
                                            + " repeats row "
                                            + first);
                        }
                    }
                }
                for (int k = 0; k < foreignKeys.size(); k++) {
                    JsonNode fk = foreignKeys.get(k);
                    String from = key(cells, names, strings(fk.get("fields")), missingValues);
                    if (from != null) fkRows.add(new FkRow(k, row, from));
                }
                keyRows.add(cells);
            }
        } catch (RuntimeException e) {
            findings.error("csv.syntax", file, null, "CSV syntax: " + e.getMessage());
            return;
        }
        for (int k = 0; k < foreignKeys.size(); k++) {
            JsonNode fk = foreignKeys.get(k);
            String resource = fk.path("reference").path("resource").asText("");
            List<String> to = strings(fk.path("reference").get("fields"));
            if (!resource.isEmpty()) {
                findings.add(
                        Severity.WARNING,
                        "csv.foreign-key",
                        file,
                        null,
                        "foreign key to resource \"" + resource + "\" not checked");
                continue;
            }
            Set<String> targets = new HashSet<>();
            for (String[] cells : keyRows) {
                String t = key(cells, names, to, missingValues);
                if (t != null) targets.add(t);
            }
            for (FkRow r : fkRows) {
                if (r.fk() == k && !targets.contains(r.key())) {
                    findings.error(
                            "csv.foreign-key",
                            file,
                            "row " + r.row(),
                            "foreign key "
                                    + strings(fk.get("fields"))
                                    + " = "
                                    + r.key().replace('\u0000', ',')
                                    + " has no row with "
                                    + to
                                    + " equal to it");
                }
            }
        }
        findings.checked(
                file, rows + " row(s) against its Table Schema (" + names.size() + " fields)");
    }

    private record FkRow(int fk, int row, String key) {}

    private void checkCell(
            JsonNode field,
            String raw,
            String where,
            Set<String> missingValues,
            Map<String, Pattern> patterns,
            Map<String, Integer> uniqueSeen,
            int row,
            List<String> primaryKey) {
        String name = field.path("name").asText();
        JsonNode c = field.path("constraints");
        String at = where + ", field \"" + name + "\"";
        if (missingValues.contains(raw)) {
            if (c.path("required").asBoolean(false) || primaryKey.contains(name)) {
                findings.error(
                        "csv.required",
                        file,
                        where,
                        "field \"" + name + "\" is required but empty");
            }
            return;
        }
        String type = field.path("type").asText("string");
        String format = field.path("format").asText("default");
        String why = typeError(type, format, raw);
        if (why != null) {
            findings.error(
                    "csv.type",
                    file,
                    where,
                    "field \""
                            + name
                            + "\": \""
                            + shorten(raw)
                            + "\" is not "
                            + type
                            + (format.equals("default") ? "" : " (" + format + ")")
                            + ": "
                            + why);
            return;
        }
        if (c.has("enum")) {
            boolean found = false;
            for (JsonNode v : c.get("enum")) found |= v.asText().equals(raw);
            if (!found)
                findings.error(
                        "csv.enum",
                        file,
                        where,
                        "field \""
                                + name
                                + "\": \""
                                + shorten(raw)
                                + "\" is not one of "
                                + c.get("enum"));
        }
        Pattern p = patterns.get(name);
        if (p != null && !p.matcher(raw).matches()) {
            findings.error(
                    "csv.pattern",
                    file,
                    where,
                    "field \""
                            + name
                            + "\": \""
                            + shorten(raw)
                            + "\" does not match "
                            + p.pattern());
        }
        int length = raw.codePointCount(0, raw.length());
        if (c.has("minLength") && length < c.get("minLength").asInt()) {
            findings.error("csv.length", file, where, at + " shorter than " + c.get("minLength"));
        }
        if (c.has("maxLength") && length > c.get("maxLength").asInt()) {
            findings.error("csv.length", file, where, at + " longer than " + c.get("maxLength"));
        }
        if ((type.equals("integer") || type.equals("number"))
                && (c.has("minimum") || c.has("maximum"))) {
            double v = Double.parseDouble(raw.replace("INF", "Infinity"));
            if (c.has("minimum") && v < c.get("minimum").asDouble()) {
                findings.error(
                        "csv.range",
                        file,
                        where,
                        "field \""
                                + name
                                + "\": "
                                + raw
                                + " is below the minimum "
                                + c.get("minimum"));
            }
            if (c.has("maximum") && v > c.get("maximum").asDouble()) {
                findings.error(
                        "csv.range",
                        file,
                        where,
                        "field \""
                                + name
                                + "\": "
                                + raw
                                + " is above the maximum "
                                + c.get("maximum"));
            }
        }
        if (c.path("unique").asBoolean(false)) {
            Integer first = uniqueSeen.putIfAbsent(name + '\u0000' + raw, row);
            if (first != null) {
                findings.error(
                        "csv.unique",
                        file,
                        where,
                        "field \"" + name + "\": \"" + shorten(raw) + "\" repeats row " + first);
            }
        }
    }

    /** Why {@code raw} is not of the type, or {@code null} when it is. */
    static String typeError(String type, String format, String raw) {
        switch (type) {
            case "string":
                if (format.equals("uri")) {
                    try {
                        URI u = new URI(raw);
                        return u.isAbsolute() ? null : "not an absolute URI";
                    } catch (URISyntaxException e) {
                        return e.getMessage();
                    }
                }
                if (format.equals("email"))
                    return EMAIL.matcher(raw).matches() ? null : "not an e-mail address";
                return null;
            case "integer":
                return INTEGER.matcher(raw).matches() ? null : "not an integer";
            case "number":
                return NUMBER.matcher(raw).matches() ? null : "not a number";
            case "boolean":
                return List.of("true", "True", "TRUE", "1", "false", "False", "FALSE", "0")
                                .contains(raw)
                        ? null
                        : "not a boolean";
            case "date":
                if (!format.equals("default")) return null;
                try {
                    LocalDate.parse(raw);
                    return null;
                } catch (DateTimeParseException e) {
                    return "not a date YYYY-MM-DD";
                }
            case "datetime":
                if (!format.equals("default")) return null;
                if (!DATETIME.matcher(raw).matches())
                    return "not a date-time YYYY-MM-DDThh:mm:ss[offset]";
                try {
                    if (raw.length() > 19) OffsetDateTime.parse(raw);
                    else LocalDateTime.parse(raw);
                    return null;
                } catch (DateTimeParseException e) {
                    return "no such date or time";
                }
            case "any":
                return null;
            default:
                return null;
        }
    }

    private static String key(String[] cells, List<String> names, List<String> fields) {
        return key(cells, names, fields, Set.of(""));
    }

    private static String key(
            String[] cells, List<String> names, List<String> fields, Set<String> missing) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            int i = names.indexOf(f);
            if (i < 0 || i >= cells.length || missing.contains(cells[i])) return null;
            if (b.length() > 0) b.append('\u0000');
            b.append(cells[i]);
        }
        return b.toString();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) return out;
        if (node.isArray()) node.forEach(n -> out.add(n.asText()));
        else out.add(node.asText());
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
