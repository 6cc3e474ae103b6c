package dev.eventail.export.internal.dcat;

import dev.eventail.export.DatasetMetadata;
import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.WrittenFile;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventTime;
import dev.eventail.model.SourceRef;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue writer as it was before eventail wrote its own Turtle: a Jena model written by
 * Jena's {@code TURTLE_BLOCKS} stream, kept here unchanged as the reference that {@link DcatSink}
 * must match byte for byte.
 */
final class JenaDcatReference implements EventSink {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    static final String EU_FILE_TYPE =
            "http://publications.europa.eu/resource/authority/file-type/";

    static final String DEFAULT_TITLE = "Événements";
    static final String DEFAULT_DESCRIPTION =
            "Événements annoncés par les articles d'un site, extraits par eventail : un"
                    + " enregistrement par événement, session et créneau, avec dates, lieux et"
                    + " liens.";

    /** The EU "file type" authority table's code for each media type we write. */
    private static final Map<String, String> FILE_TYPES =
            Map.of(
                    "text/csv", "CSV",
                    "application/json", "JSON",
                    "application/schema+json", "JSON",
                    "application/ld+json", "JSON_LD",
                    "text/turtle", "RDF_TURTLE",
                    "application/n-triples", "RDF_N_TRIPLES",
                    "application/rdf+xml", "RDF_XML",
                    "text/calendar", "ICS",
                    "application/zip", "ZIP");

    private static final DateTimeFormatter XSD_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final OutputStream out;
    private final ExportContext context;
    private @Nullable LocalDate earliest;
    private @Nullable LocalDate latest;
    private boolean closed;

    JenaDcatReference(OutputStream out, ExportContext context) {
        this.out = out;
        this.context = context;
    }

    @Override
    public void accept(Event event) {
        for (Event e : event.flatten()) {
            EventTime start = e.start();
            if (start == null) continue;
            LocalDate first = start.date();
            LocalDate last = e.end() == null ? first : e.end().date();
            if (earliest == null || first.isBefore(earliest)) earliest = first;
            if (latest == null || last.isAfter(latest)) latest = last;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        List<Resource> subjects = new ArrayList<>();
        Model model = catalogue(subjects);
        write(model, subjects);
        out.flush();
    }

    /**
     * Turtle in reading order (catalogue, publisher, dataset, period, then each distribution with
     * its checksum), each subject's triples sorted: the same bytes whatever Jena's hashing does,
     * and a file a person reads top-down.
     */
    private void write(Model model, List<Resource> subjects) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        model.getNsPrefixMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> stream.prefix(e.getKey(), e.getValue()));
        Comparator<Statement> order =
                Comparator.comparing((Statement st) -> !st.getPredicate().equals(RDF.type))
                        .thenComparing(st -> st.getPredicate().getURI())
                        .thenComparing(st -> st.getObject().toString());
        for (Resource subject : subjects) {
            List<Statement> statements =
                    model.listStatements(subject, null, (RDFNode) null).toList();
            statements.sort(order);
            for (Statement st : statements) stream.triple(st.asTriple());
        }
        stream.finish();
    }

    Model catalogue(List<Resource> subjects) {
        DatasetMetadata meta = context.dataset();
        String root = root(context.baseUri());
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dct", DCT);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("spdx", SPDX);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");

        Resource licence = m.createResource(meta.licence());
        String title = meta.title() == null ? DEFAULT_TITLE : meta.title();
        String description = meta.description() == null ? DEFAULT_DESCRIPTION : meta.description();

        Resource publisher = null;
        if (meta.publisher() != null && !meta.publisher().isBlank()) {
            publisher =
                    m.createResource(root + "catalog#publisher")
                            .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                            .addProperty(p(m, FOAF, "name"), meta.publisher().strip());
        } else {
            context.diagnostics()
                    .accept(
                            Diagnostic.warning(
                                    "export.dcat.no-publisher",
                                    "no publisher given (--publisher or eventail.yml); DCAT-AP"
                                            + " expects one on the catalogue and the dataset",
                                    SourceRef.file("catalog.ttl")));
        }

        Resource catalog = m.createResource(root + "catalog");
        subjects.add(catalog);
        if (publisher != null) subjects.add(publisher);
        Resource dataset =
                m.createResource(root + "dataset")
                        .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                        .addProperty(p(m, DCT, "title"), title)
                        .addProperty(p(m, DCT, "description"), description)
                        // the dataset's IRI: stable as long as the base URI is, which is what a
                        // harvester keys its records on
                        .addProperty(p(m, DCT, "identifier"), root + "dataset")
                        .addProperty(p(m, DCT, "license"), licence);
        subjects.add(dataset);
        if (publisher != null) dataset.addProperty(p(m, DCT, "publisher"), publisher);
        for (String k : meta.keywords()) {
            if (!k.isBlank()) dataset.addProperty(p(m, DCAT, "keyword"), k.strip());
        }
        if (earliest != null && latest != null) {
            // a blank node, not an IRI: data.gouv.fr's harvester dereferences a dct:temporal IRI
            // over the network instead of reading the dates written here
            Resource period =
                    m.createResource()
                            .addProperty(RDF.type, m.createResource(DCT + "PeriodOfTime"))
                            .addLiteral(p(m, DCAT, "startDate"), date(m, earliest))
                            .addLiteral(p(m, DCAT, "endDate"), date(m, latest));
            dataset.addProperty(p(m, DCT, "temporal"), period);
            subjects.add(period);
        }
        Literal modified = modified(m);
        if (modified != null) {
            dataset.addLiteral(p(m, DCT, "issued"), modified);
            dataset.addLiteral(p(m, DCT, "modified"), modified);
        }
        if (context.writtenFiles().isEmpty()) {
            context.diagnostics()
                    .accept(
                            Diagnostic.warning(
                                    "export.dcat.no-files",
                                    "the catalogue describes no file: it is written after the"
                                            + " other formats of the same run",
                                    SourceRef.file("catalog.ttl")));
        }
        for (WrittenFile file : context.writtenFiles()) {
            dataset.addProperty(
                    p(m, DCAT, "distribution"), distribution(m, root, file, licence, subjects));
        }

        catalog.addProperty(RDF.type, m.createResource(DCAT + "Catalog"))
                .addProperty(p(m, DCT, "title"), title)
                .addProperty(p(m, DCT, "description"), description)
                .addProperty(p(m, DCT, "license"), licence)
                .addProperty(p(m, DCAT, "dataset"), dataset);
        if (publisher != null) catalog.addProperty(p(m, DCT, "publisher"), publisher);
        if (modified != null) catalog.addLiteral(p(m, DCT, "modified"), modified);
        return m;
    }

    private Resource distribution(
            Model m, String root, WrittenFile file, Resource licence, List<Resource> subjects) {
        String name = encode(file.fileName());
        Resource download = m.createResource(root + name);
        String mediaType = bareMediaType(file.mediaType());
        Resource d =
                m.createResource(root + "dataset#distribution-" + name)
                        .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                        .addProperty(p(m, DCT, "title"), file.fileName())
                        .addProperty(p(m, DCAT, "downloadURL"), download)
                        // DCAT-AP makes accessURL mandatory; for a plain file both are the file
                        .addProperty(p(m, DCAT, "accessURL"), download)
                        .addProperty(
                                p(m, DCAT, "mediaType"),
                                m.createResource(IANA_MEDIA_TYPES + mediaType))
                        .addProperty(p(m, DCT, "license"), licence)
                        // DCAT 3 (and DCAT-AP 3) type the size as xsd:nonNegativeInteger; DCAT 2
                        // said xsd:decimal
                        .addLiteral(
                                p(m, DCAT, "byteSize"),
                                m.createTypedLiteral(
                                        Long.toString(file.size()),
                                        XSDDatatype.XSDnonNegativeInteger));
        String fileType = FILE_TYPES.get(mediaType);
        if (fileType != null) {
            d.addProperty(p(m, DCT, "format"), m.createResource(EU_FILE_TYPE + fileType));
        }
        Resource checksum =
                m.createResource(root + "dataset#checksum-" + name)
                        .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                        .addProperty(
                                p(m, SPDX, "algorithm"),
                                m.createResource(SPDX + "checksumAlgorithm_sha256"))
                        // a plain literal, not xsd:hexBinary: data.gouv.fr's harvester turns a
                        // hexBinary into bytes and then fails to store it as the checksum text
                        .addProperty(
                                p(m, SPDX, "checksumValue"),
                                file.sha256().toLowerCase(Locale.ROOT));
        d.addProperty(p(m, SPDX, "checksum"), checksum);
        subjects.add(d);
        subjects.add(checksum);
        return d;
    }

    /**
     * The run's date, {@link ExportContext#generatedAt()}; {@code null} without it. No clock (two
     * runs over the same archive give the same bytes), and no date of the events either: an
     * agenda's last event is usually in the future, and data.gouv.fr rejects a future modification
     * date.
     */
    private @Nullable Literal modified(Model m) {
        String at = context.generatedAt();
        if (at == null || at.isBlank()) {
            context.diagnostics()
                    .accept(
                            Diagnostic.info(
                                    "export.dcat.no-date",
                                    "no generatedAt for the run; the catalogue has no dct:issued"
                                            + " nor dct:modified",
                                    SourceRef.file("catalog.ttl")));
            return null;
        }
        String s = at.strip();
        try {
            return m.createTypedLiteral(
                    XSD_DATE_TIME.format(OffsetDateTime.parse(s)), XSDDatatype.XSDdateTime);
        } catch (DateTimeException e) {
            // maybe a date alone
        }
        try {
            return date(m, LocalDate.parse(s));
        } catch (DateTimeException e) {
            context.diagnostics()
                    .accept(
                            Diagnostic.warning(
                                    "export.dcat.bad-generated-at",
                                    "generatedAt \""
                                            + s
                                            + "\" is not an ISO 8601 date or date-time; the"
                                            + " catalogue has no dct:issued nor dct:modified",
                                    SourceRef.file("catalog.ttl")));
            return null;
        }
    }

    private static Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }

    /** The folder part of the base URI: files and catalogue resources are minted under it. */
    static String root(String baseUri) {
        if (baseUri.endsWith("/")) return baseUri;
        int hash = baseUri.indexOf('#');
        String noFragment = hash < 0 ? baseUri : baseUri.substring(0, hash);
        return noFragment.substring(0, noFragment.lastIndexOf('/') + 1);
    }

    /** {@code text/csv; charset=utf-8} → {@code text/csv}. */
    static String bareMediaType(String mediaType) {
        int semi = mediaType.indexOf(';');
        String bare = semi < 0 ? mediaType : mediaType.substring(0, semi);
        return bare.strip().toLowerCase(Locale.ROOT);
    }

    /** Percent-encodes a file name as one path segment (RFC 3986 unreserved characters kept). */
    static String encode(String fileName) {
        StringBuilder b = new StringBuilder();
        for (byte x : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }
}
