package dev.eventail.export.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventail.export.ValidationFinding;
import dev.eventail.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** The checks {@link dev.eventail.export.OutputValidator} runs over one folder. */
public final class FolderValidator {

    /** eventail's shapes for schema.org Events. */
    public static final String SHAPES_RESOURCE = "/dev/eventail/export/event-shapes.ttl";

    private static final Node DCAT_CATALOG =
            NodeFactory.createURI("http://www.w3.org/ns/dcat#Catalog");

    private static volatile Shapes shapes;

    private final Path folder;
    private final Findings findings = new Findings();

    public FolderValidator(Path folder) {
        this.folder = folder;
    }

    public List<ValidationFinding> run() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> csv = new ArrayList<>();
        List<Path> jsonld = new ArrayList<>();
        List<Path> rdf = new ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".csv")) csv.add(f);
            else if (n.endsWith(".jsonld") || n.endsWith(".json-ld")) jsonld.add(f);
            else if (n.endsWith(".ttl") || n.endsWith(".nt") || n.endsWith(".rdf")) rdf.add(f);
        }
        if (csv.isEmpty() && jsonld.isEmpty() && rdf.isEmpty()) {
            findings.error(
                    "files",
                    folder.toString(),
                    null,
                    "no CSV, JSON-LD, Turtle, N-Triples or RDF/XML file to check");
        }
        for (Path f : csv) checkCsv(f);
        Graph reference = null;
        String referenceName = null;
        for (Path f : jsonld) {
            Graph g = parse(f, Lang.JSONLD);
            if (g == null) continue;
            shacl(f, g);
            if (reference == null) {
                reference = g;
                referenceName = name(f);
            }
        }
        for (Path f : rdf) {
            String n = name(f).toLowerCase(Locale.ROOT);
            Lang lang =
                    n.endsWith(".ttl")
                            ? Lang.TURTLE
                            : n.endsWith(".nt") ? Lang.NTRIPLES : Lang.RDFXML;
            Graph g = parse(f, lang);
            if (g == null) continue;
            if (g.contains(Node.ANY, RDF.type.asNode(), DCAT_CATALOG)) {
                findings.checked(
                        name(f),
                        "a DCAT catalogue: parsed (" + g.size() + " triples), not an event graph");
                continue;
            }
            if (reference == null) {
                shacl(f, g);
            } else {
                compare(f, g, reference, referenceName);
            }
        }
        return findings.sorted();
    }

    private void checkCsv(Path csv) throws IOException {
        String file = name(csv);
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = null;
        char delimiter = ',';
        Path datapackage = csv.resolveSibling("datapackage.json");
        if (Files.isRegularFile(datapackage)) {
            try {
                for (JsonNode r : json.readTree(datapackage.toFile()).path("resources")) {
                    if (!file.equals(r.path("path").asText())) continue;
                    String d = r.path("dialect").path("delimiter").asText(",");
                    if (d.length() == 1) delimiter = d.charAt(0);
                    JsonNode s = r.get("schema");
                    if (s != null && s.isTextual()) {
                        schema = json.readTree(csv.resolveSibling(s.asText()).toFile());
                    } else if (s != null && s.isObject()) {
                        schema = s;
                    }
                }
            } catch (IOException e) {
                findings.error(
                        "datapackage", "datapackage.json", null, "unreadable: " + e.getMessage());
            }
        }
        String stem = file.substring(0, file.length() - 4);
        for (String candidate : List.of(stem + ".schema.json", "schema.json")) {
            Path p = csv.resolveSibling(candidate);
            if (schema == null && Files.isRegularFile(p)) {
                try {
                    schema = json.readTree(p.toFile());
                } catch (IOException e) {
                    findings.error(
                            "csv.schema", candidate, null, "invalid JSON: " + e.getMessage());
                    return;
                }
            }
        }
        if (schema == null) {
            findings.error(
                    "csv.schema",
                    file,
                    null,
                    "no Table Schema found (datapackage.json resource, "
                            + stem
                            + ".schema.json or schema.json)");
            return;
        }
        new TableSchemaCheck(findings, file).check(csv, schema, delimiter);
    }

    private Graph parse(Path f, Lang lang) {
        try {
            if (lang == Lang.JSONLD) return OfflineJsonLd.read(f);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(f).lang(lang).parse(g);
            return g;
        } catch (RiotException | UncheckedIOException e) {
            findings.error(
                    "rdf.syntax",
                    name(f),
                    null,
                    lang.getLabel() + " does not parse: " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            findings.error("rdf.syntax", name(f), null, lang.getLabel() + " does not parse: " + e);
            return null;
        }
    }

    private void shacl(Path f, Graph g) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), g);
        for (ReportEntry e : report.getEntries()) {
            Severity severity =
                    switch (e.severity().level().getLocalName()) {
                        case "Violation" -> Severity.ERROR;
                        case "Warning" -> Severity.WARNING;
                        default -> Severity.INFO;
                    };
            String subject =
                    e.focusNode().isURI() ? e.focusNode().getURI() : e.focusNode().toString();
            findings.add(severity, "shacl", name(f), subject, e.message());
        }
        findings.checked(
                name(f),
                g.size() + " triple(s) against eventail's SHACL shapes for" + " schema.org Events");
    }

    private void compare(Path f, Graph g, Graph reference, String referenceName) {
        if (hasBlankNodes(g) || hasBlankNodes(reference)) {
            if (g.isIsomorphicWith(reference)) {
                findings.checked(
                        name(f), "isomorphic to " + referenceName + " (" + g.size() + " triples)");
            } else {
                findings.error(
                        "rdf.isomorphic", name(f), null, "not isomorphic to " + referenceName);
            }
            return;
        }
        // Without blank nodes, isomorphism is equality of the triple sets: list the differences.
        int onlyHere = difference(f, g, reference, "triple not in " + referenceName + ": ");
        int onlyThere = difference(f, reference, g, "triple of " + referenceName + " missing: ");
        if (onlyHere + onlyThere == 0) {
            findings.checked(
                    name(f), "the same graph as " + referenceName + " (" + g.size() + " triples)");
        } else {
            findings.error(
                    "rdf.isomorphic",
                    name(f),
                    null,
                    onlyHere
                            + " triple(s) not in "
                            + referenceName
                            + ", "
                            + onlyThere
                            + " of its triples missing");
        }
    }

    private int difference(Path f, Graph a, Graph b, String message) {
        int n = 0;
        for (Triple t : a.find().toList()) {
            if (!b.contains(t)) {
                n++;
                findings.error("rdf.isomorphic", name(f), t.getSubject().toString(), message + t);
            }
        }
        return n;
    }

    private static boolean hasBlankNodes(Graph g) {
        return g.find().toList().stream()
                .anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
    }

    static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            try (InputStream in = FolderValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
                if (in == null) throw new IOException("missing resource " + SHAPES_RESOURCE);
                s = Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shapes = s;
        }
        return s;
    }

    private static String name(Path f) {
        return f.getFileName().toString();
    }
}
