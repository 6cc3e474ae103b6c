package dev.eventail.parser.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.eventail.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reading HTML with {@link HtmlSubset} gives the blocks that jsoup's reading gives (text, kind,
 * level, emphasis, lines, links), on every body of the fixtures and of the shared corpus, on
 * generated archives when {@code -Deventail.generated=DIR} names one, on shapes at the edges of the
 * subset, and on real HTML blocks perturbed at random; and the subset does read most real blocks.
 */
class HtmlSubsetTest {

    @Test
    void everyBodyReadsAsJsoupReadsIt() {
        List<String> bodies = bodies();
        for (String body : bodies) {
            assertSame(body, body.substring(0, Math.min(80, body.length())));
        }
        assertThat(bodies.size()).isGreaterThan(40);
    }

    /** The subset is worth having only if it reads most of the HTML that posts really hold. */
    @Test
    void theSubsetReadsMostRealHtmlBlocks() {
        int[] real = count(htmlBlocks(bodies()));
        assertThat(real[0]).as("HTML blocks").isGreaterThan(150);
        // the rest hold an iframe, a table, a stray end tag, a script or style
        assertThat(real[1])
                .as("read by the subset, of %d", real[0])
                .isGreaterThan(real[0] * 9 / 10);

        int[] shapes = count(htmlBlocks(texts(Fixtures.path("html-blocks"))));
        assertThat(shapes[0]).isGreaterThan(15);
        assertThat(shapes[1]).as("shapes read by the subset").isEqualTo(shapes[0]);
    }

    /** {HTML blocks, read by the subset}. */
    private static int[] count(List<String> blocks) {
        int read = 0;
        for (String html : blocks) if (HtmlSubset.read(html) != null) read++;
        return new int[] {blocks.size(), read};
    }

    @Test
    void edgesAreReadAlike() {
        List<String> edges =
                List.of(
                        "<p>a</p>\n",
                        "   <div>\n<p>a</p>\n</div>\n",
                        "  texte <b>gras</b>\n",
                        " \n &amp; suite <i>x</i>",
                        "&nbsp;<b>x</b>",
                        "&#32;<b>x</b>",
                        "<p>a<p>b</p>",
                        "<p>a<div>b</div></p>",
                        "<b>a<div>b</div></b>",
                        "<h2>a<h3>b</h3></h2>",
                        "<ul><li>a<li>b</ul>",
                        "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>",
                        "<li>a<div><li>b</li></div></li>",
                        "<a href=\"x\">a<a href=\"y\">b</a></a>",
                        "<b>a<i>b</b>c</i>",
                        "<div>a</p>b</div>",
                        "<p>a</div>",
                        "<br/><br>x</br>",
                        "<div/>x",
                        "<hr/>\n<hr>\n<p>a<hr>b</p>",
                        "<img src=\"a.png\" alt=\"x\"/>texte <img src='b.png'>",
                        "<a href=x>sans guillemets</a>",
                        "<a href=\"x\"class=\"y\">collé</a>",
                        "<a href=\"x\" href=\"y\">double</a>",
                        "<a HREF=\"  /majuscules  \">lien</a>",
                        "<a href=\"/?a=1&amp;b=2&c=3\">requête</a>",
                        "<a href=\"/?a=1&b\">esperluette</a>",
                        "<a \nhref=\"https://x.org\"\n class=\"button\"><b>Lien\n</b></a>",
                        "<a download href=\"f.pdf\">fichier</a>",
                        "<a href=\"\">vide</a> <a>sans cible</a>",
                        "<p>A &amp; B &lt; C &gt; D &quot;E&quot; &apos;F&apos; &#39;G&#x27; &eacute;</p>",
                        "<p>&amp &ampx &notit; &copy2024 &frac12x; &#; &#x; &#0; &#128; &#x1F600;</p>",
                        "<p>R&D, Q&A, & fin &</p>",
                        "<p>a < b et c > d</p>",
                        "<!-- commentaire --><p>a</p>",
                        "<p>a<!-- c -->b</p>",
                        "<script>alert(1)</script><p>a</p>",
                        "<style>p{}</style><p>a</p>",
                        "<table><tr><td>a</td></tr></table>",
                        "<iframe src=\"x\"></iframe><p>a</p>",
                        "<button>a</button>",
                        "<p>a\rb</p>",
                        "<p>a\u0000b\u000cc</p>",
                        "<p>Texte avec\u0085 contrôle</p>",
                        "<P CLASS=\"x\">Majuscules</P>",
                        "<p class=\"a\" / >x</p>",
                        "<p class=\"a\"",
                        "<p>a</p",
                        "<span>**Forum en ligne**</span> et <i>*a* [b](https://b.org)</i>",
                        "<h3 class=\"h2\">**Déroulé :**</h3>\n<br>\n",
                        "<div>\nLigne *un*\nLigne __deux__\n</div>",
                        "<p>{: .classe} texte {:target=\"_blank\"}</p>",
                        "<p>• a\n- b\n[Le 3/11] c</p>",
                        "<b><b><b><b>quatre</b></b></b></b> fin",
                        "<p>😀 et \ud83d seul</p>",
                        "<div><section><nav><ol><li><p>profond</p></li></ol></nav></section></div>");
        for (String html : edges) {
            assertSame(html, html);
        }
    }

    @Test
    void theSubsetReadsWellNestedKnownTagsAndDeclinesWhatJsoupWouldRepair() {
        assertThat(HtmlSubset.read("<div class=\"a\"><p><a href='x'><b>y</b></a></p></div>\n"))
                .isNotNull();
        assertThat(HtmlSubset.read("<ul>\n<li>a &amp; b&nbsp;!</li>\n</ul>")).isNotNull();
        assertThat(HtmlSubset.read("<div>\n<p>jamais fermé")).isNotNull();
        for (String declined :
                List.of(
                        "<p>a<p>b",
                        "<b><div>x</div></b>",
                        "<ul><li>a<li>b</ul>",
                        "<li>a<div><li>b</li></div></li>",
                        "<h2>a<h3>b</h3></h2>",
                        "<a href=\"x\">a<a href=\"y\">b</a></a>",
                        "<div/>",
                        "<a href=x>y</a>",
                        "<!-- c -->",
                        "<table></table>",
                        "a < b",
                        "&unknown;",
                        "<p>a</div>",
                        "<p>\r</p>")) {
            assertThat(HtmlSubset.read(declined)).as(declined).isNull();
        }
    }

    @Test
    void tokensCarryTheirLinesAndDecodedValues() {
        List<HtmlSubset.Token> tokens =
                HtmlSubset.read("<div>\n<a \nhref=\"/a?b=1&amp;c=2\">x &lt; y</a><br/>\n</div>");
        assertThat(tokens)
                .containsExactly(
                        new HtmlSubset.Open("div", 1, "", false),
                        new HtmlSubset.Text("\n", 1),
                        new HtmlSubset.Open("a", 2, "/a?b=1&c=2", false),
                        new HtmlSubset.Text("x < y", 3),
                        new HtmlSubset.Close(),
                        new HtmlSubset.Open("br", 3, "", true),
                        new HtmlSubset.Text("\n", 3),
                        new HtmlSubset.Close());
    }

    /**
     * Real HTML blocks with characters and tags inserted, deleted, replaced or swapped: whatever
     * the subset makes of them, declining or reading, the blocks are jsoup's.
     */
    @Test
    void perturbedRealBlocksReadAsJsoupReadsThem() {
        List<String> blocks = new ArrayList<>(htmlBlocks(bodies()));
        blocks.addAll(htmlBlocks(texts(Fixtures.path("html-blocks"))));
        String[] pieces = {
            "<",
            ">",
            "/",
            "&",
            ";",
            "\"",
            "'",
            "=",
            " ",
            "\n",
            "a",
            "#",
            "<p>",
            "</p>",
            "<b>",
            "</b>",
            "<div>",
            "</div>",
            "<li>",
            "</li>",
            "<br>",
            "<br/>",
            "<hr>",
            "<a href=\"x\">",
            "</a>",
            "<h3>",
            "</h3>",
            "<span>",
            "</span>",
            "&amp;",
            "&nbsp;",
            "&#39;",
            "&lt",
            "<!--",
            "-->",
            "<ul>",
            "</ul>",
            "<img src='y'>",
            "*",
            "**",
            "](",
            "\t",
            "<i>",
            "</i>"
        };
        Random random = new Random(20261129L);
        int read = 0;
        int runs = 6000;
        for (int run = 0; run < runs; run++) {
            String html = blocks.get(random.nextInt(blocks.size()));
            if (html.length() > 3000) html = html.substring(0, 3000);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) html = perturb(html, random, pieces);
            if (HtmlSubset.read(html) != null) read++;
            assertSameFragment(html, "run " + run + ": " + html);
        }
        // enough of them stay in the subset for the comparison to mean something
        assertThat(read).isGreaterThan(runs / 5);
    }

    /**
     * Fragments assembled at random from tags, text, references and whitespace, so that nesting the
     * real blocks never show (lists in lists, links in headings, unclosed elements, stray end tags)
     * is tried too: declined or read, the blocks are jsoup's.
     */
    @Test
    void assembledFragmentsReadAsJsoupReadsThem() {
        String[] pieces = {
            "<p>",
            "<div class=\"x\">",
            "<ul>",
            "<ol>",
            "<li>",
            "<h2>",
            "<h3 id='t'>",
            "<b>",
            "<strong>",
            "<i>",
            "<em>",
            "<span lang=\"EN\">",
            "<a href=\"https://x.org/?b=1&amp;c=2\">",
            "<a href=' /b '>",
            "<a>",
            "<br>",
            "<br/>",
            "<hr/>",
            "<img src=\"i.png\">",
            "<section>",
            "<sup>",
            "</p>",
            "</li>",
            "</b>",
            "Le 3/11 à 14h",
            "[Atelier]",
            "texte",
            " ",
            "\n",
            "\n\n",
            "  ",
            "&amp;",
            "&nbsp;",
            "&#39;",
            "&eacute;",
            "&lt;",
            "*",
            "**gras**",
            "[lien](https://l.org)",
            "- ",
            "{: .c}",
            "texte",
            "suite",
            "\n"
        };
        Random random = new Random(42L);
        int read = 0;
        int runs = 3000;
        for (int run = 0; run < runs; run++) {
            StringBuilder html = new StringBuilder();
            List<String> open = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int k = 0; k < n; k++) {
                // mostly the end tag of the element last opened, sometimes any piece at all
                if (!open.isEmpty() && random.nextInt(3) == 0) {
                    html.append("</").append(open.remove(open.size() - 1)).append('>');
                    continue;
                }
                String piece = pieces[random.nextInt(pieces.length)];
                html.append(piece);
                if (piece.matches("<[a-z0-9]+[ >].*") && !piece.matches("<(br|img|hr).*")) {
                    open.add(piece.substring(1).split("[ >]")[0]);
                }
            }
            if (HtmlSubset.read(html.toString()) != null) read++;
            assertSameFragment(html.toString(), "run " + run + ": " + html);
        }
        assertThat(read).isGreaterThan(runs / 5);
    }

    private static String perturb(String html, Random random, String[] pieces) {
        if (html.isEmpty()) return pieces[random.nextInt(pieces.length)];
        int at = random.nextInt(html.length());
        return switch (random.nextInt(4)) {
            case 0 ->
                    html.substring(0, at)
                            + pieces[random.nextInt(pieces.length)]
                            + html.substring(at);
            case 1 -> html.substring(0, at) + html.substring(at + 1);
            case 2 ->
                    html.substring(0, at)
                            + pieces[random.nextInt(pieces.length)]
                            + html.substring(at + 1);
            default ->
                    at + 1 < html.length()
                            ? html.substring(0, at)
                                    + html.charAt(at + 1)
                                    + html.charAt(at)
                                    + html.substring(at + 2)
                            : html;
        };
    }

    /** An HTML fragment read as an HTML block, and as inline HTML, both ways. */
    private static void assertSameFragment(String html, String name) {
        for (boolean markdownInside : new boolean[] {true, false}) {
            List<String> subset =
                    render(BodyBlocks.readHtmlFragment(html, 7, markdownInside, true));
            List<String> jsoup =
                    render(BodyBlocks.readHtmlFragment(html, 7, markdownInside, false));
            assertThat(subset)
                    .as("%s (Markdown inside: %s)", name, markdownInside)
                    .isEqualTo(jsoup);
        }
    }

    /** Compares block by block, so that a failure shows the first block that differs. */
    private static void assertSame(String body, String name) {
        List<String> subset = render(BodyBlocks.read(body, true, true));
        List<String> jsoup = render(BodyBlocks.read(body, true, false));
        for (int i = 0; i < Math.min(subset.size(), jsoup.size()); i++) {
            assertThat(subset.get(i)).as("block %d of %s", i, name).isEqualTo(jsoup.get(i));
        }
        assertThat(subset.size()).as("blocks of %s", name).isEqualTo(jsoup.size());
        assertSameFragment(body, name);
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
                            + Arrays.toString(b.emphasis())
                            + "|"
                            + Arrays.toString(b.lines())
                            + "|"
                            + b.links());
        }
        return out;
    }

    private static List<String> htmlBlocks(List<String> bodies) {
        List<String> out = new ArrayList<>();
        for (String body : bodies) {
            for (Node n : BodyBlocks.MARKDOWN.parse(body).getDescendants()) {
                if (n instanceof HtmlBlock) out.add(n.getChars().toString());
            }
        }
        return out;
    }

    private static List<String> bodies() {
        List<String> out = new ArrayList<>();
        for (String text : Fixtures.markdownTexts("posts", "sample-site", "hostile")) {
            out.add(body(text));
        }
        out.addAll(texts(Fixtures.path("html-blocks")));
        String generated = System.getProperty("eventail.generated");
        if (generated != null) {
            for (String text : texts(Paths.get(generated))) out.add(body(text));
        }
        return out;
    }

    /** The body: after a closing front-matter fence when there is one. */
    private static String body(String text) {
        int fence = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
        return fence > 0 ? text.substring(text.indexOf('\n', fence + 1) + 1) : text;
    }

    private static List<String> texts(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".md") && !name.endsWith(".markdown")) continue;
                if (name.equals("README.md")) continue;
                out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
