package dev.eventail.export.internal.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.export.internal.schemaorg.RdfValue;
import dev.eventail.export.internal.schemaorg.Vocab;
import java.io.ByteArrayOutputStream;
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
                StringBuilder mine = new StringBuilder();
                NTriplesSyntax.iri(mine, S);
                mine.append(' ');
                NTriplesSyntax.iri(mine, P);
                mine.append(' ');
                NTriplesSink.literal(mine, lit);
                mine.append(" .\n");
                assertThat(utf8(mine.toString()))
                        .as("literal %s ^^ %s", codes(s), datatype)
                        .isEqualTo(jena(S, P, o));
            }
        }
    }

    @Test
    void irisAreEscapedExactlyAsJenaEscapesThem() {
        for (String s : hostileStrings()) {
            String iri = "https://example.org/" + s;
            StringBuilder mine = new StringBuilder();
            NTriplesSyntax.iri(mine, S);
            mine.append(' ');
            NTriplesSyntax.iri(mine, P);
            mine.append(' ');
            NTriplesSyntax.iri(mine, iri);
            mine.append(" .\n");
            assertThat(utf8(mine.toString()))
                    .as("IRI %s", codes(iri))
                    .isEqualTo(jena(S, P, NodeFactory.createURI(iri)));
        }
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

    /** Encoded as the sink's writer encodes: Java's UTF-8 (a lone surrogate never reaches it). */
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String codes(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("U+%04X ", c)));
        return b.toString();
    }
}
