package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class ExporterRegistryTest {

    @Test
    void registryFindsTheBuiltInFormatsAndAThirdPartyExporterFromMetaInfServices() {
        List<String> ids = ExportRun.REGISTRY.all().stream().map(Exporter::formatId).toList();
        assertThat(ids).containsAll(ExportRun.FORMATS).contains("titles").isSorted();
        Exporter titles = ExportRun.REGISTRY.require("titles");
        assertThat(titles).isInstanceOf(TitleListExporter.class);
        String out =
                new String(
                        ExportRun.main(
                                "titles",
                                List.of(SampleEvents.webinars()),
                                ExportContext.defaults()),
                        StandardCharsets.UTF_8);
        assertThat(out)
                .startsWith("content-articles/2021-03-21-webinaires\tLes webinaires de la DINUM\n")
                .contains("/s2\tWebinaire n°2\n");
    }

    @Test
    void unknownFormatNamesTheInstalledOnes() {
        assertThatThrownBy(() -> ExportRun.REGISTRY.require("xlsx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xlsx")
                .hasMessageContaining("csv");
    }

    @Test
    void builtInExportersDescribeThemselves() {
        for (String id : ExportRun.FORMATS) {
            Exporter e = ExportRun.REGISTRY.require(id);
            assertThat(e.defaultFileName()).startsWith("events.");
            assertThat(e.mediaType()).contains("/");
            assertThat(e.description()).isNotEqualTo(id);
        }
    }

    /**
     * ServiceLoader instantiates every exporter; listing them and writing every built-in format
     * must not load Jena (about half a second of start-up): eventail writes its RDF itself. Only a
     * catalogue whose licence IRI is an odd name inside one of its namespaces is left to Jena,
     * which also shows that the probe sees Jena when it is loaded.
     */
    @Test
    void noBuiltInFormatLoadsJena() throws Exception {
        RecordingLoader loader = new RecordingLoader(getClass().getClassLoader());
        @SuppressWarnings("unchecked")
        Callable<List<String>> probe =
                (Callable<List<String>>)
                        loader.loadClass(JenaProbe.class.getName())
                                .getDeclaredConstructor()
                                .newInstance();
        List<String> ids = probe.call();
        assertThat(ids).contains("csv", "dcat", "ics", "jsonld", "ntriples", "rdfxml", "turtle");
        assertThat(loader.jenaClasses()).as("Jena classes loaded writing every format").isEmpty();

        loader.loadClass(JenaProbe.class.getName() + "$OddLicenceCatalogue")
                .getDeclaredConstructor()
                .newInstance()
                .toString();
        assertThat(loader.jenaClasses())
                .as("a catalogue left to Jena's Turtle writer loads Jena")
                .isNotEmpty();
    }

    /** Runs inside {@link RecordingLoader}: lists the exporters, writes every built-in format. */
    public static final class JenaProbe implements Callable<List<String>> {
        @Override
        public List<String> call() throws IOException {
            List<String> ids = new ArrayList<>();
            for (Exporter e : ExporterRegistry.load(JenaProbe.class.getClassLoader()).all()) {
                ids.add(
                        e.formatId()
                                + " "
                                + e.defaultFileName()
                                + " "
                                + e.mediaType()
                                + " "
                                + e.description());
            }
            for (String format : FORMATS) {
                try (EventSink sink =
                        ExporterRegistry.load(JenaProbe.class.getClassLoader())
                                .require(format)
                                .open(OutputStream.nullOutputStream(), ExportContext.defaults())) {
                    sink.accept(SampleEvents.programme());
                }
            }
            return ids.stream().map(s -> s.substring(0, s.indexOf(' '))).toList();
        }

        private static final List<String> FORMATS =
                List.of("csv", "jsonld", "turtle", "ntriples", "rdfxml", "ics", "dcat");

        /** Constructing it writes a catalogue whose licence is {@code dct:a.b}. */
        public static final class OddLicenceCatalogue {
            public OddLicenceCatalogue() throws IOException {
                ExportContext odd =
                        ExportContext.defaults()
                                .withDataset(
                                        DatasetMetadata.defaults()
                                                .withLicence("http://purl.org/dc/terms/a.b"));
                try (EventSink sink =
                        ExporterRegistry.load(OddLicenceCatalogue.class.getClassLoader())
                                .require("dcat")
                                .open(OutputStream.nullOutputStream(), odd)) {
                    sink.accept(SampleEvents.programme());
                }
            }
        }
    }

    /**
     * Loads eventail and Jena classes itself (child first) from the test class path, recording
     * Jena's; everything else is delegated.
     */
    static final class RecordingLoader extends URLClassLoader {
        private final Set<String> jena = Collections.synchronizedSet(new java.util.TreeSet<>());

        RecordingLoader(ClassLoader parent) {
            super(classPath(), parent);
        }

        private static URL[] classPath() {
            String[] entries =
                    System.getProperty("java.class.path").split(java.io.File.pathSeparator);
            List<URL> urls = new ArrayList<>();
            for (String e : entries) {
                try {
                    urls.add(java.nio.file.Path.of(e).toUri().toURL());
                } catch (java.net.MalformedURLException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            return urls.toArray(new URL[0]);
        }

        Set<String> jenaClasses() {
            return Set.copyOf(jena);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            boolean mine = name.startsWith("dev.eventail.") || name.startsWith("org.apache.jena.");
            if (!mine) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                    if (name.startsWith("org.apache.jena.")) jena.add(name);
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }
}
