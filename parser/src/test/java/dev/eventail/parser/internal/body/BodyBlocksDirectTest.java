package dev.eventail.parser.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading Markdown paragraphs from flexmark's tree gives the blocks that the jsoup reading of their
 * HTML gives: same text, emphasis, lines and links, on every body of the fixtures and the shared
 * corpus, and on shapes chosen to sit at the edges of the direct path.
 */
class BodyBlocksDirectTest {

    @Test
    void directReadingIsTheJsoupReading() {
        int bodies = 0;
        for (String body : bodies()) {
            assertSame(body, body.substring(0, Math.min(80, body.length())));
            bodies++;
        }
        assertThat(bodies).isGreaterThan(40);
    }

    @Test
    void edgesAreReadAlike() {
        List<String> edges =
                List.of(
                        "Texte *emphase* et **gras** [lien](https://x.org \"t\") fin.",
                        "Un *  \n* astérisque seul et * liste",
                        "[Atelier] [Non défini][ref] et [x][] <https://auto.example.org>",
                        "Contact : <moi@example.org>, `code <b>` et &amp; &eacute; &#233;",
                        "Avec <span>HTML</span> brut et <br> saut",
                        "[*lien* en **gras**](/chemin){: .classe} suite {: #id}",
                        "Ligne un\\\nligne deux  \nligne trois\nligne quatre",
                        "[lien [interne](https://a.org)](https://b.org)",
                        "Texte\u0000nul et\u000bvertical",
                        "![image](x.png) après l'image *fin*",
                        "## Titre *emphase* [lien](https://x.org)\n\nParagraphe",
                        "- item *un*\n- item [deux](https://d.org)\n\n1. premier\n2. second",
                        "<div>\nBloc **HTML** [lien](https://h.org)\n</div>\n\nAprès");
        for (String body : edges) {
            assertSame(body, body);
        }
    }

    /** Compares block by block, so that a failure shows the first block that differs. */
    private static void assertSame(String body, String name) {
        List<String> direct = render(BodyBlocks.read(body, true));
        List<String> jsoup = render(BodyBlocks.read(body, false));
        for (int i = 0; i < Math.min(direct.size(), jsoup.size()); i++) {
            assertThat(direct.get(i)).as("block %d of %s", i, name).isEqualTo(jsoup.get(i));
        }
        assertThat(direct.size()).as("blocks of %s", name).isEqualTo(jsoup.size());
    }

    private static List<String> render(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(
                    b.kind()
                            + "/"
                            + b.level()
                            + "|"
                            + b.text()
                            + "|"
                            + runs(b.emphasis())
                            + "|"
                            + linesUnlessEscaped(b)
                            + "|"
                            + b.links());
        }
        return out;
    }

    /**
     * jsoup dates a text node holding a character it had to unescape ({@code < > & "}) from its
     * last chunk, not its first: the direct reading gives the true line there (see below), so lines
     * are compared only on blocks without such characters.
     */
    private static String linesUnlessEscaped(Block b) {
        if (ESCAPED.matcher(b.text()).find()) return "(lines not compared)";
        return Arrays.toString(b.lines()).replaceAll("(\\d+)(, \\1)+", "$1…");
    }

    private static final java.util.regex.Pattern ESCAPED =
            java.util.regex.Pattern.compile("[<>&\"]");

    @Test
    void aParagraphWithEscapedCharactersKeepsItsTrueLines() {
        String body = "Intro\n\nTom & Jerry, le 3 mai\nà Paris < Lyon\net ensuite";
        Block b = BodyBlocks.read(body, true).get(1);
        assertThat(b.text()).isEqualTo("Tom & Jerry, le 3 mai\nà Paris < Lyon\net ensuite");
        assertThat(b.lineAt(0)).isEqualTo(3);
        assertThat(b.lineAt(b.text().indexOf("Paris"))).isEqualTo(4);
        assertThat(b.lineAt(b.text().indexOf("ensuite"))).isEqualTo(5);
    }

    private static String runs(boolean[] flags) {
        StringBuilder b = new StringBuilder();
        for (boolean f : flags) b.append(f ? '1' : '0');
        return b.toString()
                .replaceAll("(0+|1+)", "$1")
                .replaceAll("0{2,}", "0…")
                .replaceAll("1{2,}", "1…");
    }

    private static List<String> bodies() {
        List<String> out = new ArrayList<>();
        for (String text : Fixtures.markdownTexts("posts", "sample-site", "hostile")) {
            // the body: after a closing front-matter fence when there is one
            int fence = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
            out.add(fence > 0 ? text.substring(text.indexOf('\n', fence + 1) + 1) : text);
        }
        return out;
    }
}
