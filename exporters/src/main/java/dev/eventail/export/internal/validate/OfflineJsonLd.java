package dev.eventail.export.internal.validate;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Reads JSON-LD into a Jena graph with no network: {@code https://schema.org} (and its variants) is
 * answered with the schema.org context shipped in this library, any other remote document is
 * refused.
 */
public final class OfflineJsonLd {
    private OfflineJsonLd() {}

    /** The shipped context, release 29.3. */
    public static final String CONTEXT_RESOURCE = "/dev/eventail/export/schemaorg-context.jsonld";

    private static final Set<String> SCHEMA_ORG =
            Set.of(
                    "https://schema.org",
                    "https://schema.org/",
                    "http://schema.org",
                    "http://schema.org/");

    private static volatile JsonDocument context;

    /** The graph of a JSON-LD file. */
    public static Graph read(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(file)
                .lang(Lang.JSONLD)
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options()))
                .parse(graph);
        return graph;
    }

    /** The graph of a JSON-LD document held as a string. */
    public static Graph read(String jsonld) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonld, Lang.JSONLD)
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options()))
                .parse(graph);
        return graph;
    }

    private static JsonLdOptions options() {
        return new JsonLdOptions(new SchemaOrgOnly());
    }

    private static final class SchemaOrgOnly implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!SCHEMA_ORG.contains(url.toString())) {
                throw new JsonLdError(
                        JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                        "offline: only the schema.org context is available, not " + url);
            }
            return schemaOrgContext();
        }
    }

    private static JsonDocument schemaOrgContext() throws JsonLdError {
        JsonDocument c = context;
        if (c == null) {
            try (InputStream in = OfflineJsonLd.class.getResourceAsStream(CONTEXT_RESOURCE)) {
                if (in == null) throw new IOException("missing resource " + CONTEXT_RESOURCE);
                c = JsonDocument.of(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context = c;
        }
        return c;
    }
}
