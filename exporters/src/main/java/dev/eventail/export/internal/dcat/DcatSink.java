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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Receives the run's events only to learn their time span (two dates held, whatever the archive's
 * size), and writes the whole catalogue when closed.
 */
final class DcatSink implements EventSink {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String XSD_NON_NEGATIVE = XSD + "nonNegativeInteger";
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

    DcatSink(OutputStream out, ExportContext context) {
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
        Graph graph = catalogue();
        if (TurtleBlocks.canWrite(PREFIXES, graph)) {
            TurtleBlocks.write(out, PREFIXES, graph);
        } else {
            // an IRI of the user's (licence, base URI) inside one of our namespaces but not a
            // plain name there: Jena's rules for prefixed names decide how it prints
            JenaTurtleBlocks.write(out, PREFIXES, graph);
        }
        out.flush();
    }

    /** The prefixes written, in this order. */
    static final List<Map.Entry<String, String>> PREFIXES =
            List.of(
                    Map.entry("dcat", DCAT),
                    Map.entry("dct", DCT),
                    Map.entry("foaf", FOAF),
                    Map.entry("spdx", SPDX),
                    Map.entry("xsd", XSD));

    /**
     * The catalogue in reading order (catalogue, publisher, dataset, period, then each distribution
     * with its checksum), each subject's triples sorted (its type first, then by predicate, then by
     * object): the same bytes whatever the order they were added in, and a file a person reads
     * top-down.
     */
    Graph catalogue() {
        DatasetMetadata meta = context.dataset();
        String root = root(context.baseUri());
        Graph g = new Graph();

        Term licence = Term.iri(meta.licence());
        String title = meta.title() == null ? DEFAULT_TITLE : meta.title();
        String description = meta.description() == null ? DEFAULT_DESCRIPTION : meta.description();

        Term catalog = Term.iri(root + "catalog");
        g.subject(catalog);
        Term publisher = null;
        if (meta.publisher() != null && !meta.publisher().isBlank()) {
            publisher = Term.iri(root + "catalog#publisher");
            g.subject(publisher);
            g.add(publisher, RDF_TYPE, Term.iri(FOAF + "Agent"));
            g.add(publisher, FOAF + "name", Term.string(meta.publisher().strip()));
        } else {
            context.diagnostics()
                    .accept(
                            Diagnostic.warning(
                                    "export.dcat.no-publisher",
                                    "no publisher given (--publisher or eventail.yml); DCAT-AP"
                                            + " expects one on the catalogue and the dataset",
                                    SourceRef.file("catalog.ttl")));
        }

        Term dataset = Term.iri(root + "dataset");
        g.subject(dataset);
        g.add(dataset, RDF_TYPE, Term.iri(DCAT + "Dataset"));
        g.add(dataset, DCT + "title", Term.string(title));
        g.add(dataset, DCT + "description", Term.string(description));
        // the dataset's IRI: stable as long as the base URI is, which is what a harvester keys
        // its records on
        g.add(dataset, DCT + "identifier", Term.string(root + "dataset"));
        g.add(dataset, DCT + "license", licence);
        if (publisher != null) g.add(dataset, DCT + "publisher", publisher);
        for (String k : meta.keywords()) {
            if (!k.isBlank()) g.add(dataset, DCAT + "keyword", Term.string(k.strip()));
        }
        if (earliest != null && latest != null) {
            // a blank node, not an IRI: data.gouv.fr's harvester dereferences a dct:temporal IRI
            // over the network instead of reading the dates written here
            Term period = Term.blank();
            g.add(dataset, DCT + "temporal", period);
            g.subject(period);
            g.add(period, RDF_TYPE, Term.iri(DCT + "PeriodOfTime"));
            g.add(period, DCAT + "startDate", date(earliest));
            g.add(period, DCAT + "endDate", date(latest));
        }
        Term modified = modified();
        if (modified != null) {
            g.add(dataset, DCT + "issued", modified);
            g.add(dataset, DCT + "modified", modified);
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
            g.add(dataset, DCAT + "distribution", distribution(g, root, file, licence));
        }

        g.add(catalog, RDF_TYPE, Term.iri(DCAT + "Catalog"));
        g.add(catalog, DCT + "title", Term.string(title));
        g.add(catalog, DCT + "description", Term.string(description));
        g.add(catalog, DCT + "license", licence);
        g.add(catalog, DCAT + "dataset", dataset);
        if (publisher != null) g.add(catalog, DCT + "publisher", publisher);
        if (modified != null) g.add(catalog, DCT + "modified", modified);
        return g;
    }

    private Term distribution(Graph g, String root, WrittenFile file, Term licence) {
        String name = encode(file.fileName());
        Term download = Term.iri(root + name);
        String mediaType = bareMediaType(file.mediaType());
        Term d = Term.iri(root + "dataset#distribution-" + name);
        g.add(d, RDF_TYPE, Term.iri(DCAT + "Distribution"));
        g.add(d, DCT + "title", Term.string(file.fileName()));
        g.add(d, DCAT + "downloadURL", download);
        // DCAT-AP makes accessURL mandatory; for a plain file both are the file
        g.add(d, DCAT + "accessURL", download);
        g.add(d, DCAT + "mediaType", Term.iri(IANA_MEDIA_TYPES + mediaType));
        g.add(d, DCT + "license", licence);
        // DCAT 3 (and DCAT-AP 3) type the size as xsd:nonNegativeInteger; DCAT 2 said xsd:decimal
        g.add(d, DCAT + "byteSize", Term.typed(Long.toString(file.size()), XSD_NON_NEGATIVE));
        String fileType = FILE_TYPES.get(mediaType);
        if (fileType != null) g.add(d, DCT + "format", Term.iri(EU_FILE_TYPE + fileType));
        Term checksum = Term.iri(root + "dataset#checksum-" + name);
        g.add(checksum, RDF_TYPE, Term.iri(SPDX + "Checksum"));
        g.add(checksum, SPDX + "algorithm", Term.iri(SPDX + "checksumAlgorithm_sha256"));
        // a plain literal, not xsd:hexBinary: data.gouv.fr's harvester turns a hexBinary into
        // bytes and then fails to store it as the checksum text
        g.add(
                checksum,
                SPDX + "checksumValue",
                Term.string(file.sha256().toLowerCase(Locale.ROOT)));
        g.add(d, SPDX + "checksum", checksum);
        g.subject(d);
        g.subject(checksum);
        return d;
    }

    /**
     * The run's date, {@link ExportContext#generatedAt()}; {@code null} without it. No clock (two
     * runs over the same archive give the same bytes), and no date of the events either: an
     * agenda's last event is usually in the future, and data.gouv.fr rejects a future modification
     * date.
     */
    private @Nullable Term modified() {
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
            return Term.typed(XSD_DATE_TIME.format(OffsetDateTime.parse(s)), XSD + "dateTime");
        } catch (DateTimeException e) {
            // maybe a date alone
        }
        try {
            return date(LocalDate.parse(s));
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

    private static Term date(LocalDate d) {
        return Term.typed(d.toString(), XSD + "date");
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
