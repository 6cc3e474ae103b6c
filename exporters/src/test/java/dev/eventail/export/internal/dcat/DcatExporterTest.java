package dev.eventail.export.internal.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.export.DatasetMetadata;
import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import dev.eventail.export.ExporterRegistry;
import dev.eventail.export.WrittenFile;
import dev.eventail.export.internal.ical.IcsExporter;
import dev.eventail.export.internal.ical.SampleEvents;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DcatExporterTest {

    private static final String BASE = "https://agenda.numerique.gouv.fr/donnees/";
    private static final String DCAT = DcatSink.DCAT;
    private static final String DCT = DcatSink.DCT;
    private static final String SPDX = DcatSink.SPDX;
    private static final String FOAF = DcatSink.FOAF;

    @TempDir Path dir;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private List<WrittenFile> written;

    /** Writes real files the way a run would: the calendar, plus two small stand-ins. */
    @BeforeEach
    void writeFiles() throws IOException {
        written = new ArrayList<>();
        Exporter ics = new IcsExporter();
        try (OutputStream out = Files.newOutputStream(dir.resolve(ics.defaultFileName()));
                EventSink sink = ics.open(out, baseContext())) {
            for (Event e : SampleEvents.all()) sink.accept(e);
        }
        written.add(describe("events.ics", "ics", "text/calendar"));
        Files.writeString(dir.resolve("events.csv"), "id,title\r\nevenements/x,Atelier\r\n");
        written.add(describe("events.csv", "csv", "text/csv"));
        Files.writeString(dir.resolve("schema.json"), "{\"fields\":[]}\n");
        written.add(describe("schema.json", "csv", "application/schema+json"));
        diagnostics.clear(); // the calendar's own, about the undated sample
    }

    private WrittenFile describe(String name, String format, String mediaType) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(name));
        return new WrittenFile(name, format, mediaType, bytes.length, sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private ExportContext baseContext() {
        return ExportContext.defaults()
                .withBaseUri(BASE)
                .withGeneratedAt("2026-11-29T08:00:00+01:00")
                .withDiagnostics(diagnostics::add);
    }

    private ExportContext fullContext() {
        return baseContext()
                .withWrittenFiles(written)
                .withDataset(
                        DatasetMetadata.defaults()
                                .withTitle("Agenda du numérique public")
                                .withDescription("Les événements annoncés par numerique.gouv.fr.")
                                .withPublisher("Direction interministérielle du numérique")
                                .withKeywords(List.of("agenda", "numérique")));
    }

    private byte[] catalogue(ExportContext context) throws IOException {
        Path file = dir.resolve("catalog.ttl");
        try (OutputStream out = Files.newOutputStream(file);
                EventSink sink = new DcatExporter().open(out, context)) {
            for (Event e : SampleEvents.all()) sink.accept(e);
        }
        return Files.readAllBytes(file);
    }

    private static Model parse(byte[] turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new java.io.ByteArrayInputStream(turtle), BASE, Lang.TURTLE);
        return m;
    }

    private static Property p(String ns, String local) {
        return ModelFactory.createDefaultModel().createProperty(ns, local);
    }

    private static Resource only(Model m, String ns, String type) {
        List<Resource> found =
                m.listSubjectsWithProperty(RDF.type, m.createResource(ns + type)).toList();
        assertThat(found).as("instances of %s", type).hasSize(1);
        return found.get(0);
    }

    private static RDFNode one(Resource s, String ns, String local) {
        List<RDFNode> values = s.getModel().listObjectsOfProperty(s, p(ns, local)).toList();
        assertThat(values).as("%s %s%s", s, ns, local).hasSize(1);
        return values.get(0);
    }

    private static ValidationReport validate(Model data) throws IOException {
        Model shapesModel = ModelFactory.createDefaultModel();
        try (InputStream in = DcatExporter.class.getResourceAsStream("/shapes/dcat-ap.ttl")) {
            assertThat(in).as("shapes on the class path").isNotNull();
            RDFDataMgr.read(shapesModel, in, Lang.TURTLE);
        }
        return ShaclValidator.get().validate(Shapes.parse(shapesModel.getGraph()), data.getGraph());
    }

    @Test
    void distributionsSizesAndChecksumsMatchTheFilesWritten() throws IOException {
        Model m = parse(catalogue(fullContext()));
        Resource dataset = only(m, DCAT, "Dataset");
        List<RDFNode> distributions =
                m.listObjectsOfProperty(dataset, p(DCAT, "distribution")).toList();
        assertThat(distributions).hasSize(3);
        for (WrittenFile file : written) {
            Resource download = m.createResource(BASE + file.fileName());
            List<Resource> matching =
                    m.listSubjectsWithProperty(p(DCAT, "downloadURL"), download).toList();
            assertThat(matching).as("distribution of %s", file.fileName()).hasSize(1);
            Resource d = matching.get(0);
            byte[] actual = Files.readAllBytes(dir.resolve(file.fileName()));
            Literal size = one(d, DCAT, "byteSize").asLiteral();
            assertThat(size.getLexicalForm()).isEqualTo(Long.toString(actual.length));
            assertThat(size.getDatatypeURI())
                    .isEqualTo("http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
            Resource checksum = one(d, SPDX, "checksum").asResource();
            Literal value = one(checksum, SPDX, "checksumValue").asLiteral();
            assertThat(value.getLexicalForm()).isEqualTo(sha256(actual));
            assertThat(value.getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#string");
            assertThat(one(checksum, SPDX, "algorithm").asResource().getURI())
                    .isEqualTo(SPDX + "checksumAlgorithm_sha256");
            assertThat(one(d, DCAT, "mediaType").asResource().getURI())
                    .isEqualTo("https://www.iana.org/assignments/media-types/" + file.mediaType());
            assertThat(one(d, DCAT, "accessURL")).isEqualTo(download);
            assertThat(one(d, DCT, "license").asResource().getURI())
                    .isEqualTo(DatasetMetadata.LICENCE_OUVERTE_2);
        }
        Resource ics =
                m.listSubjectsWithProperty(
                                p(DCAT, "downloadURL"), m.createResource(BASE + "events.ics"))
                        .next();
        assertThat(one(ics, DCT, "format").asResource().getURI())
                .isEqualTo("http://publications.europa.eu/resource/authority/file-type/ICS");
    }

    @Test
    void datasetCarriesTheRunsMetadataAndCoverage() throws IOException {
        Model m = parse(catalogue(fullContext()));
        Resource catalog = only(m, DCAT, "Catalog");
        Resource dataset = only(m, DCAT, "Dataset");
        assertThat(one(catalog, DCAT, "dataset")).isEqualTo(dataset);
        assertThat(one(dataset, DCT, "title").asLiteral().getString())
                .isEqualTo("Agenda du numérique public");
        assertThat(one(dataset, DCT, "description").asLiteral().getString())
                .isEqualTo("Les événements annoncés par numerique.gouv.fr.");
        assertThat(one(dataset, DCT, "identifier").asLiteral().getString())
                .isEqualTo(BASE + "dataset");
        assertThat(one(dataset, DCT, "license").asResource().getURI())
                .isEqualTo(DatasetMetadata.LICENCE_OUVERTE_2);
        Resource publisher = one(dataset, DCT, "publisher").asResource();
        assertThat(publisher.hasProperty(RDF.type, m.createResource(FOAF + "Agent"))).isTrue();
        assertThat(one(publisher, FOAF, "name").asLiteral().getString())
                .isEqualTo("Direction interministérielle du numérique");
        assertThat(one(catalog, DCT, "publisher")).isEqualTo(publisher);
        assertThat(m.listObjectsOfProperty(dataset, p(DCAT, "keyword")).toList())
                .extracting(n -> n.asLiteral().getString())
                .containsExactlyInAnyOrder("agenda", "numérique");
        Resource period = one(dataset, DCT, "temporal").asResource();
        assertThat(period.isAnon()).as("data.gouv.fr dereferences an IRI").isTrue();
        // earliest: the autumn DST day; latest: the spring DST day
        assertThat(one(period, DCAT, "startDate").asLiteral().getLexicalForm())
                .isEqualTo("2021-10-31");
        assertThat(one(period, DCAT, "endDate").asLiteral().getLexicalForm())
                .isEqualTo("2022-03-27");
        assertThat(one(period, DCAT, "endDate").asLiteral().getDatatypeURI())
                .isEqualTo("http://www.w3.org/2001/XMLSchema#date");
        Literal modified = one(dataset, DCT, "modified").asLiteral();
        assertThat(modified.getLexicalForm()).isEqualTo("2026-11-29T08:00:00+01:00");
        assertThat(modified.getDatatypeURI())
                .isEqualTo("http://www.w3.org/2001/XMLSchema#dateTime");
        assertThat(one(dataset, DCT, "issued")).isEqualTo(modified);
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void catalogueConformsToTheShapes() throws IOException {
        ValidationReport report = validate(parse(catalogue(fullContext())));
        assertThat(report.getEntries()).extracting(ReportEntry::message).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void shapesCatchABadChecksumAndAMissingSize() throws IOException {
        Model m = parse(catalogue(fullContext()));
        Resource checksum =
                m.listSubjectsWithProperty(RDF.type, m.createResource(SPDX + "Checksum")).next();
        checksum.removeAll(p(SPDX, "checksumValue"));
        checksum.addProperty(p(SPDX, "checksumValue"), "not-hex");
        Resource dist =
                m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                        .next();
        dist.removeAll(p(DCAT, "byteSize"));
        ValidationReport report = validate(m);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries())
                .extracting(ReportEntry::message)
                .anyMatch(msg -> msg.contains("dcat:byteSize"))
                .anyMatch(msg -> msg.contains("SHA-256"));
    }

    @Test
    void withoutPublisherOnlyWarningsRemainAndTheRunIsTold() throws IOException {
        ExportContext context = baseContext().withWrittenFiles(written);
        Model m = parse(catalogue(context));
        ValidationReport report = validate(m);
        assertThat(report.getEntries())
                .isNotEmpty()
                .allMatch(e -> e.severity().level().equals(Severity.Warning.level()));
        assertThat(diagnostics)
                .extracting(Diagnostic::code)
                .containsExactly("export.dcat.no-publisher");
        Resource dataset = only(m, DCAT, "Dataset");
        assertThat(one(dataset, DCT, "title").asLiteral().getString())
                .isEqualTo(DcatSink.DEFAULT_TITLE);
    }

    @Test
    void catalogueOfNoFileIsReported() throws IOException {
        catalogue(fullContext().withWrittenFiles(List.of()));
        assertThat(diagnostics)
                .extracting(Diagnostic::code)
                .containsExactly("export.dcat.no-files");
    }

    @Test
    void fileNamesAreEncodedInTheDownloadUrl() {
        assertThat(DcatSink.encode("événements 2021.csv"))
                .isEqualTo("%C3%A9v%C3%A9nements%202021.csv");
        assertThat(DcatSink.root("https://example.org/data#")).isEqualTo("https://example.org/");
        assertThat(DcatSink.bareMediaType("text/csv; charset=utf-8")).isEqualTo("text/csv");
    }

    @Test
    void licenceIsConfigurable() throws IOException {
        String odbl = "https://opendatacommons.org/licenses/odbl/1-0/";
        ExportContext context =
                fullContext().withDataset(fullContext().dataset().withLicence(odbl));
        Model m = parse(catalogue(context));
        assertThat(one(only(m, DCAT, "Dataset"), DCT, "license").asResource().getURI())
                .isEqualTo(odbl);
    }

    @Test
    void withoutGeneratedAtTheCatalogueIsUndatedAndSaysSo() throws IOException {
        Model m = parse(catalogue(fullContext().withGeneratedAt(null)));
        Resource dataset = only(m, DCAT, "Dataset");
        assertThat(dataset.hasProperty(p(DCT, "modified"))).isFalse();
        assertThat(dataset.hasProperty(p(DCT, "issued"))).isFalse();
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("export.dcat.no-date");
        assertThat(validate(m).conforms()).isTrue();
    }

    @Test
    void aDateAloneIsAnXsdDate() throws IOException {
        Model m = parse(catalogue(fullContext().withGeneratedAt("2026-11-29")));
        Literal modified = one(only(m, DCAT, "Dataset"), DCT, "modified").asLiteral();
        assertThat(modified.getLexicalForm()).isEqualTo("2026-11-29");
        assertThat(modified.getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#date");
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        String first = new String(catalogue(fullContext()), StandardCharsets.UTF_8);
        String second = new String(catalogue(fullContext()), StandardCharsets.UTF_8);
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("dcat:Catalog");
    }

    @Test
    void registryListsItAsDescribingOtherFiles() {
        Exporter dcat = ExporterRegistry.load().require("dcat");
        assertThat(dcat.describesOtherFiles()).isTrue();
        assertThat(dcat.defaultFileName()).isEqualTo("catalog.ttl");
        assertThat(dcat.mediaType()).isEqualTo("text/turtle");
    }

    /** Listing the formats must not start Jena: ServiceLoader instantiates every exporter. */
    @Test
    void instantiatingTheExporterLoadsNoJenaClass() throws Exception {
        URL[] classPath =
                java.util.Arrays.stream(
                                System.getProperty("java.class.path")
                                        .split(java.io.File.pathSeparator))
                        .map(
                                s -> {
                                    try {
                                        return Path.of(s).toUri().toURL();
                                    } catch (java.net.MalformedURLException e) {
                                        throw new AssertionError(e);
                                    }
                                })
                        .toArray(URL[]::new);
        try (RecordingLoader loader = new RecordingLoader(classPath)) {
            Class<?> spi = loader.loadClass(Exporter.class.getName());
            List<String> ids = new ArrayList<>();
            for (Object e : ServiceLoader.load(spi, loader)) {
                ids.add((String) spi.getMethod("formatId").invoke(e));
            }
            assertThat(ids).contains("dcat", "ics");
            assertThat(loader.loadedJena).isEmpty();
        }
    }

    private static final class RecordingLoader extends URLClassLoader {
        final List<String> loadedJena = new ArrayList<>();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.apache.jena.")) loadedJena.add(name);
            return super.loadClass(name, resolve);
        }
    }
}
