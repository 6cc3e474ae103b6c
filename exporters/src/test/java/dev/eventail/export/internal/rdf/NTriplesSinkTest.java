package dev.eventail.export.internal.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.export.ExportContext;
import dev.eventail.export.internal.schemaorg.RdfValue;
import dev.eventail.export.internal.schemaorg.Statement;
import dev.eventail.export.internal.schemaorg.Vocab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.Test;

/**
 * The goldens were written by Jena's streaming N-Triples writer: eventail's own writer must give
 * the same bytes for every string, including those the mapping never produces today.
 */
class NTriplesSinkTest {

    private static final String S = "https://example.org/e/1";
    private static final String P = Vocab.SCHEMA + "name";

    @Test
    void literalsAreEscapedExactlyAsJenaEscapesThem() {
        List<String> strings = hostileStrings();
        for (String datatype : List.of(Vocab.XSD_STRING, Vocab.SCHEMA_DATE, Vocab.XSD_INTEGER)) {
            for (String s : strings) {
                RdfValue.Literal lit = new RdfValue.Literal(s, datatype);
                Node o =
                        NodeFactory.createLiteralDT(
                                s, TypeMapper.getInstance().getSafeTypeByName(datatype));
                assertThat(sink(new Statement(S, P, lit)))
                        .as("literal %s ^^ %s", codes(s), datatype)
                        .isEqualTo(jena(S, P, o));
            }
        }
    }

    @Test
    void irisAreEscapedExactlyAsJenaEscapesThem() {
        for (String s : hostileStrings()) {
            // the vocabulary's IRIs and subjects are encoded once and cached: both ways are checked
            for (String iri : List.of("https://example.org/" + s, Vocab.SCHEMA + s)) {
                assertThat(sink(new Statement(S, P, new RdfValue.Iri(iri))))
                        .as("IRI %s", codes(iri))
                        .isEqualTo(jena(S, P, NodeFactory.createURI(iri)));
                assertThat(sink(new Statement(iri, P, new RdfValue.Iri(S))))
                        .as("subject %s", codes(iri))
                        .isEqualTo(jena(iri, P, NodeFactory.createURI(S)));
            }
        }
    }

    @Test
    void theDcatCatalogueEscapesIrisAndStringsAsTheSinkDoes() {
        for (String s : hostileStrings()) {
            StringBuilder b = new StringBuilder();
            NTriplesSyntax.iri(b, S);
            b.append(' ');
            NTriplesSyntax.iri(b, P);
            b.append(' ');
            NTriplesSyntax.string(b, s);
            b.append(" .\n");
            assertThat(b.toString().getBytes(StandardCharsets.UTF_8))
                    .as("string %s", codes(s))
                    .isEqualTo(
                            sink(new Statement(S, P, new RdfValue.Literal(s, Vocab.XSD_STRING))));
        }
    }

    /** The bytes the sink writes for one statement. */
    private static byte[] sink(Statement statement) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            NTriplesSink sink = new NTriplesSink(bytes, ExportContext.defaults());
            sink.write(statement);
            sink.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every ASCII and Latin-1 character, typographic ones, surrogates paired and lone, noise. */
    private static List<String> hostileStrings() {
        List<String> out = new ArrayList<>();
        for (char c = 0; c < 0x100; c++) out.add("a" + c + "b");
        for (String s :
                List.of(
                        "",
                        "Café « crème » – l’été",
                        "\uFFFD",
                        "\u2028\u2029\u0085\uFEFF\u200B",
                        "\uD83D\uDE00 smile",
                        "lone high \uD83D",
                        "lone low \uDE00 x",
                        "low then high \uDE00\uD83D",
                        "end high \uD83D",
                        "\"\"\"",
                        "back\\slash\\",
                        "tab\tnl\ncr\rff\fbs\b")) {
            out.add(s);
        }
        Random random = new Random(7);
        char[] alphabet =
                "ab \"\\\n\r\t\f\b\u0000\u001F\u007F\u0080\u00A0é’\uFFFD\uD83D\uDE00<>{}|^`"
                        .toCharArray();
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int j = 0; j < len; j++) b.append(alphabet[random.nextInt(alphabet.length)]);
            out.add(b.toString());
        }
        return out;
    }

    private static byte[] jena(String s, String p, Node o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NTRIPLES_UTF8);
        stream.start();
        stream.triple(Triple.create(NodeFactory.createURI(s), NodeFactory.createURI(p), o));
        stream.finish();
        return bytes.toByteArray();
    }

    private static String codes(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("U+%04X ", c)));
        return b.toString();
    }
}
