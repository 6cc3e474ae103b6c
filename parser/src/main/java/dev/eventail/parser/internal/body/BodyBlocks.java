package dev.eventail.parser.internal.body;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Turns a body into {@link Block}s in one walk: flexmark (kramdown emulation, attribute lists
 * recognised and dropped) gives the block structure and Markdown inlines; a block's inline content
 * holding raw HTML becomes a small HTML fragment, so inline HTML ({@code <b>}, {@code <br>}, {@code
 * <a class="button">}) and HTML blocks go through the same reader: {@link HtmlSubset} for the HTML
 * posts commonly hold, jsoup for the rest, both walked into the same calls. Text inside HTML that
 * still carries Markdown ({@code <i>**Title** : ...</i>}) goes back through flexmark's inline
 * parser. Thread-safe.
 */
final class BodyBlocks {

    /** Package-private: the tests find HTML blocks with the same options. */
    static final Parser MARKDOWN;

    static {
        MutableDataSet options = new MutableDataSet();
        options.setFrom(ParserEmulationProfile.KRAMDOWN);
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create()));
        MARKDOWN = Parser.builder(options).build();
    }

    /** kramdown attribute lists that flexmark did not take ({@code {:target="_blank"}}). */
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:[^}\\n]*\\}");

    private static final Pattern BRACKETED_DATE =
            Pattern.compile(
                    "[ \\t]*\\[\\s*(?:(?i:le|les|du)\\s+)?(?:(?i:lundi|mardi|mercredi|jeudi"
                            + "|vendredi|samedi|dimanche)\\s+)?\\d");

    private static final Set<String> SKIPPED =
            Set.of(
                    "script",
                    "style",
                    "iframe",
                    "noscript",
                    "svg",
                    "img",
                    "head",
                    "title",
                    "video",
                    "audio",
                    "object",
                    "embed",
                    "template",
                    "button");
    private static final Set<String> BLOCKS =
            Set.of(
                    "p",
                    "div",
                    "section",
                    "article",
                    "header",
                    "footer",
                    "aside",
                    "main",
                    "nav",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "td",
                    "th",
                    "dl",
                    "dt",
                    "dd",
                    "figure",
                    "figcaption",
                    "center",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "pre",
                    "form",
                    "fieldset",
                    "details",
                    "summary");
    private static final Set<String> EMPHASIS = Set.of("b", "strong", "i", "em");

    private BodyBlocks() {}

    /** The blocks of a body, in text order. */
    static List<Block> read(String body) {
        return read(body, true);
    }

    /**
     * {@code direct}: Markdown paragraphs and headings without raw HTML are read from flexmark's
     * tree; false sends every one through jsoup, as {@code BodyBlocksDirectTest} compares.
     */
    static List<Block> read(String body, boolean direct) {
        return read(body, direct, true);
    }

    /**
     * {@code htmlSubset}: HTML that {@link HtmlSubset} reads is read without jsoup; false sends all
     * HTML through jsoup, as {@code HtmlSubsetTest} compares.
     */
    static List<Block> read(String body, boolean direct, boolean htmlSubset) {
        Document doc = MARKDOWN.parse(body);
        Collector out = new Collector(new LineIndex(body));
        out.direct = direct;
        out.htmlSubset = htmlSubset;
        walk(doc, out);
        out.flush();
        return out.blocks;
    }

    /**
     * An HTML fragment alone, opening on body line {@code firstLine}, read as {@link #read} reads
     * an HTML block ({@code markdownInside}) or a paragraph's inline HTML: for the tests that
     * compare {@link HtmlSubset} with jsoup.
     */
    static List<Block> readHtmlFragment(
            String html, int firstLine, boolean markdownInside, boolean htmlSubset) {
        Collector out = new Collector(new LineIndex(html));
        out.htmlSubset = htmlSubset;
        out.start(Block.Kind.PARAGRAPH, 0, firstLine);
        readHtml(html, firstLine, out, markdownInside);
        out.flush();
        return out.blocks;
    }

    /**
     * Line numbers by offset, counted as flexmark's {@code Node.getStartLineNumber()} counts them
     * (a line ends at "\r\n", "\n" or "\r"), which rescans the body from its start on each call:
     * quadratic in long bodies.
     */
    static final class LineIndex {
        /** The offset just after each line end, ascending. */
        private final int[] lineStarts;

        private final int count;

        LineIndex(CharSequence text) {
            int[] starts = new int[16];
            int n = 0;
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c != '\n' && c != '\r') continue;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') i++;
                if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
            this.lineStarts = starts;
            this.count = n;
        }

        /** The 0-based line of an offset: how many line ends close at or before it. */
        int lineOf(int offset) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lineStarts[mid] <= offset) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    private static void walk(Node node, Collector out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                out.start(Block.Kind.HEADING, h.getLevel(), line(n, out));
                readInlines(n, line(n, out), out);
                out.flush();
            } else if (n instanceof Paragraph) {
                boolean first = n.getParent() instanceof ListItem && n.getPrevious() == null;
                out.start(first ? Block.Kind.ITEM : Block.Kind.PARAGRAPH, 0, line(n, out));
                readInlines(n, line(n, out), out);
                out.flush();
            } else if (n instanceof HtmlBlock) {
                out.flush();
                out.start(Block.Kind.PARAGRAPH, 0, line(n, out));
                readHtml(n.getChars().toString(), line(n, out), out, true);
                out.flush();
            } else if (n instanceof ThematicBreak) {
                out.flush();
                out.start(Block.Kind.RULE, 0, line(n, out));
                out.flush();
            } else if (n instanceof ListItem && n.getFirstChild() == null) {
                continue;
            } else if (n instanceof HtmlCommentBlock
                    || n instanceof FencedCodeBlock
                    || n instanceof IndentedCodeBlock
                    || n instanceof AttributesNode
                    || n instanceof Reference) {
                continue;
            } else {
                walk(n, out);
            }
        }
    }

    private static int line(Node n, Collector out) {
        return out.lineIndex.lineOf(n.getChars().getStartOffset()) + 1;
    }

    /**
     * A Markdown block's inline content. It used to be written as HTML and read back with jsoup,
     * which cost more than flexmark's parse of the whole body; without raw HTML in it, the same
     * text runs, emphasis and links are taken from flexmark's tree, exactly as jsoup would give
     * them back: adjacent text merged into one run, a run's line being that of its first character.
     * Anything jsoup would treat differently (raw HTML, entities, control characters, a link inside
     * a link, leading whitespace, which HTML drops before the body) still goes through jsoup.
     */
    private static void readInlines(Node block, int firstLine, Collector out) {
        Inlines pieces = new Inlines();
        pieces.collect(block);
        if (out.direct && pieces.direct && !pieces.startsWithWhitespace()) {
            pieces.replay(firstLine, out);
        } else {
            readHtml(pieces.html(), firstLine, out, false);
        }
    }

    /**
     * The inline content of one block as text runs, raw HTML and element boundaries: replayed into
     * the collector when jsoup would read it the same way (see readInlines), else written as the
     * HTML fragment jsoup reads.
     */
    private static final class Inlines {
        private static final Object EM_OPEN = new Object();
        private static final Object EM_CLOSE = new Object();
        private static final Object LINK_CLOSE = new Object();

        private record LinkOpen(String href) {}

        /** Raw HTML or an entity as written: only jsoup reads it. */
        private record Raw(String html) {}

        final List<Object> pieces = new ArrayList<>();
        boolean direct = true;
        private int linkDepth;

        void collect(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text) {
                    text(withoutAttributeLists(n.getChars().unescape()));
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    text("\n");
                } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                    pieces.add(EM_OPEN);
                    collect(n);
                    pieces.add(EM_CLOSE);
                } else if (n instanceof Link l) {
                    link(l.getUrl().unescape(), n, null);
                } else if (n instanceof AutoLink l) {
                    String url = l.getText().toString();
                    link(url, null, url);
                } else if (n instanceof MailLink l) {
                    String mail = l.getText().toString();
                    link("mailto:" + mail, null, mail);
                } else if (n instanceof LinkRef ref) {
                    // an undefined reference is what the author typed: a bracketed tag such as
                    // [Atelier]; its brackets are in the source span, not in its rendered text
                    if (n.getFirstChild() != null) {
                        text("[");
                        collect(n);
                        text("]");
                        if (!ref.isReferenceTextCombined()) text("[" + ref.getReference() + "]");
                    } else {
                        text(ref.getChars().toString());
                    }
                } else if (n instanceof Code c) {
                    text(c.getText().toString());
                } else if (n instanceof HtmlInline || n instanceof HtmlEntity) {
                    direct = false;
                    pieces.add(new Raw(n.getChars().toString()));
                } else if (n instanceof HtmlInlineComment
                        || n instanceof AttributesNode
                        || n instanceof Image
                        || n instanceof ImageRef) {
                    continue;
                } else if (n.getFirstChild() != null) {
                    collect(n);
                } else {
                    text(n.getChars().toString());
                }
            }
        }

        private void link(String href, @Nullable Node children, @Nullable String label) {
            // HTML has no link inside a link: jsoup rearranges them
            if (linkDepth > 0) direct = false;
            check(href);
            pieces.add(new LinkOpen(href));
            linkDepth++;
            if (children != null) collect(children);
            if (label != null) text(label);
            linkDepth--;
            pieces.add(LINK_CLOSE);
        }

        private void text(String s) {
            check(s);
            if (!s.isEmpty()) pieces.add(s);
        }

        /** Control characters other than line feed and tab are rewritten by an HTML parser. */
        private void check(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\t') {
                    direct = false;
                    return;
                }
            }
        }

        /** The pieces as the HTML fragment jsoup reads; source newlines are kept. */
        String html() {
            StringBuilder b = new StringBuilder();
            for (Object p : pieces) {
                if (p instanceof String text) {
                    b.append(escape(text));
                } else if (p == EM_OPEN) {
                    b.append("<em>");
                } else if (p == EM_CLOSE) {
                    b.append("</em>");
                } else if (p instanceof LinkOpen open) {
                    b.append("<a href=\"").append(escape(open.href())).append("\">");
                } else if (p == LINK_CLOSE) {
                    b.append("</a>");
                } else if (p instanceof Raw raw) {
                    b.append(raw.html());
                }
            }
            return b.toString();
        }

        boolean startsWithWhitespace() {
            if (pieces.isEmpty()) return false;
            if (!(pieces.get(0) instanceof String first)) return false;
            char c = first.charAt(0);
            return c == ' ' || c == '\n' || c == '\t';
        }

        void replay(int firstLine, Collector out) {
            StringBuilder run = new StringBuilder();
            int runLine = firstLine;
            int newlines = 0;
            List<int[]> openLinks = new ArrayList<>(); // {from, line}
            List<String> hrefs = new ArrayList<>();
            for (Object p : pieces) {
                if (p instanceof String s) {
                    if (run.length() == 0) runLine = firstLine + newlines;
                    run.append(s);
                    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') newlines++;
                    continue;
                }
                flushRun(run, runLine, out);
                if (p == EM_OPEN) {
                    out.emphasis++;
                } else if (p == EM_CLOSE) {
                    out.emphasis--;
                } else if (p instanceof LinkOpen open) {
                    openLinks.add(new int[] {out.length(), firstLine + newlines});
                    hrefs.add(open.href());
                } else if (p == LINK_CLOSE) {
                    int[] at = openLinks.remove(openLinks.size() - 1);
                    String href = hrefs.remove(hrefs.size() - 1).strip();
                    String label = out.textFrom(at[0]).strip();
                    if (!href.isEmpty()) out.link(label, href, at[1], at[0]);
                }
            }
            flushRun(run, runLine, out);
        }

        private static void flushRun(StringBuilder run, int line, Collector out) {
            if (run.length() == 0) return;
            out.text(withoutAttributeLists(run.toString()), line);
            run.setLength(0);
        }
    }

    /** Text without kramdown attribute lists ({@code {: .class}}), which always open with "{:". */
    private static String withoutAttributeLists(String text) {
        return text.indexOf("{:") < 0 ? text : ATTRIBUTE_LIST.matcher(text).replaceAll("");
    }

    /** A Markdown block's inline content as an HTML fragment; source newlines are kept. */
    static String inlineHtml(Node block) {
        Inlines pieces = new Inlines();
        pieces.collect(block);
        return pieces.html();
    }

    private static String escape(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Reads an HTML fragment whose first line is body line {@code firstLine}; {@code
     * markdownInside} when its text may still hold Markdown (an HTML block). The common HTML of
     * posts is read by {@link HtmlSubset}, the rest by jsoup; both feed the collector the same
     * calls, through {@link #text}, {@link #open} and {@link #close}.
     */
    private static void readHtml(
            String html, int firstLine, Collector out, boolean markdownInside) {
        if (out.htmlSubset) {
            List<HtmlSubset.Token> tokens = HtmlSubset.read(html);
            if (tokens != null) {
                replay(tokens, firstLine, out, markdownInside);
                return;
            }
        }
        org.jsoup.parser.Parser parser =
                org.jsoup.parser.Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document doc = Jsoup.parse(html, "", parser);
        node(doc.body(), firstLine, out, markdownInside);
    }

    /** The walk of {@link #node} over the tree that {@code tokens} spell, in the same order. */
    private static void replay(
            List<HtmlSubset.Token> tokens, int firstLine, Collector out, boolean markdownInside) {
        // the elements open, each with the text length where it started (the subset bounds the
        // depth)
        List<Opened> open = new ArrayList<>();
        for (HtmlSubset.Token token : tokens) {
            if (token instanceof HtmlSubset.Text t) {
                text(t.text(), firstLine + t.line() - 1, out, markdownInside);
            } else if (token instanceof HtmlSubset.Open o) {
                String tag = o.tag();
                // the subset's skipped and line-break elements are empty: nothing inside to walk
                if (SKIPPED.contains(tag)) continue;
                int line = firstLine + o.line() - 1;
                if (tag.equals("br")) {
                    out.text("\n", line);
                    continue;
                }
                Opened opened = new Opened(o, line, open(tag, line, out));
                if (o.empty()) {
                    opened.close(out);
                } else {
                    open.add(opened);
                }
            } else {
                open.remove(open.size() - 1).close(out);
            }
        }
        // elements still open at the end close there, as jsoup leaves them
        while (!open.isEmpty()) open.remove(open.size() - 1).close(out);
    }

    /**
     * An element of {@link HtmlSubset}'s reading, opened on body line {@code line} at {@code from}.
     */
    private record Opened(HtmlSubset.Open element, int line, int from) {
        void close(Collector out) {
            BodyBlocks.close(element.tag(), line, from, element.href(), out);
        }
    }

    private static void node(
            org.jsoup.nodes.Node n, int firstLine, Collector out, boolean markdownInside) {
        for (org.jsoup.nodes.Node c : n.childNodes()) {
            if (c instanceof TextNode t) {
                int line = firstLine + Math.max(0, t.sourceRange().start().lineNumber() - 1);
                text(t.getWholeText(), line, out, markdownInside);
            } else if (c instanceof Element e) {
                String tag = e.normalName();
                int line = firstLine + Math.max(0, e.sourceRange().start().lineNumber() - 1);
                if (SKIPPED.contains(tag)) continue;
                if (tag.equals("br")) {
                    out.text("\n", line);
                    continue;
                }
                int from = open(tag, line, out);
                node(e, firstLine, out, markdownInside);
                close(tag, line, from, tag.equals("a") ? e.attr("href") : "", out);
            }
        }
    }

    /** A text node of HTML on body line {@code line}. */
    private static void text(String text, int line, Collector out, boolean markdownInside) {
        if (markdownInside && looksLikeMarkdown(text)) {
            Document md = MARKDOWN.parse(text);
            StringBuilder html = new StringBuilder();
            markdownInlines(md, html);
            int lead = countLeadingNewlines(text);
            readHtml(html.toString(), line + lead, out, false);
        } else {
            out.text(withoutAttributeLists(text), line);
        }
    }

    /**
     * What opening an element (other than a skipped one or a line break) does; gives the text
     * length where the element starts, for {@link #close}.
     */
    private static int open(String tag, int line, Collector out) {
        if (BLOCKS.contains(tag)) {
            out.flush();
            Block.Kind kind = Block.Kind.PARAGRAPH;
            int level = 0;
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                kind = Block.Kind.HEADING;
                level = tag.charAt(1) - '0';
            } else if (tag.equals("li")) {
                kind = Block.Kind.ITEM;
            } else if (tag.equals("hr")) {
                kind = Block.Kind.RULE;
            }
            out.start(kind, level, line);
        } else if (EMPHASIS.contains(tag)) {
            out.emphasis++;
        }
        return out.length();
    }

    /** What closing an element opened by {@link #open} at {@code from} does. */
    private static void close(String tag, int line, int from, String href, Collector out) {
        if (BLOCKS.contains(tag)) {
            out.flush();
            out.start(Block.Kind.PARAGRAPH, 0, line);
        } else if (EMPHASIS.contains(tag)) {
            out.emphasis--;
        } else if (tag.equals("a")) {
            String label = out.textFrom(from).strip();
            String target = href.strip();
            if (!target.isEmpty()) out.link(label, target, line, from);
        }
    }

    private static int countLeadingNewlines(String text) {
        int k = 0;
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n') k++;
        }
        return k;
    }

    private static void markdownInlines(Node node, StringBuilder html) {
        boolean first = true;
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof Heading) {
                if (!first) html.append('\n');
                html.append(inlineHtml(n));
                first = false;
            } else if (n.getFirstChild() != null) {
                if (!first) html.append('\n');
                markdownInlines(n, html);
                first = false;
            }
        }
    }

    private static boolean looksLikeMarkdown(String text) {
        return text.contains("*") || text.contains("](") || text.contains("__");
    }

    /** Accumulates text runs into blocks. */
    private static final class Collector {
        final LineIndex lineIndex;
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        // per character of text: emphasised, and its body line (grown with text, not boxed)
        boolean[] emph = new boolean[256];
        int[] lines = new int[256];
        final List<Block.FoundLink> links = new ArrayList<>();
        Block.Kind kind = Block.Kind.PARAGRAPH;
        int level;
        int startLine;
        int emphasis;
        boolean direct = true;
        boolean htmlSubset = true;

        Collector(LineIndex lineIndex) {
            this.lineIndex = lineIndex;
        }

        void start(Block.Kind k, int lvl, int line) {
            if (text.length() > 0 || !links.isEmpty()) flush();
            kind = k;
            level = lvl;
            startLine = line;
        }

        void text(String s, int line) {
            int l = line;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                // emphasis markers that flexmark could not pair are typing, not text
                if (c == '*' && !(atLineStart() && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
                    continue;
                }
                if (c == '\r') continue;
                int at = text.length();
                if (at == emph.length) {
                    emph = java.util.Arrays.copyOf(emph, at * 2);
                    lines = java.util.Arrays.copyOf(lines, at * 2);
                }
                text.append(c == '\u00A0' ? ' ' : c);
                emph[at] = emphasis > 0;
                lines[at] = l;
                if (c == '\n') l++;
            }
        }

        void link(String label, String href, int line, int at) {
            links.add(new Block.FoundLink(label, href, line, at));
        }

        int length() {
            return text.length();
        }

        String textFrom(int from) {
            return text.substring(Math.min(from, text.length()));
        }

        void flush() {
            String all = text.toString();
            if (all.isBlank() && links.isEmpty() && kind != Block.Kind.RULE) {
                reset();
                return;
            }
            if (kind == Block.Kind.RULE) {
                blocks.add(new Block(kind, level, "", new boolean[0], new int[0], List.of()));
                reset();
                return;
            }
            // list items that did not interrupt a paragraph (kramdown) are still items to a reader
            List<Integer> cuts = new ArrayList<>();
            cuts.add(0);
            for (int i = 0; i < all.length(); i++) {
                if (i > 0
                        && all.charAt(i - 1) == '\n'
                        && (bulletAt(all, i) > 0 || opensBracketedDate(all, i))) {
                    cuts.add(i);
                }
            }
            cuts.add(all.length());
            for (int c = 0; c + 1 < cuts.size(); c++) {
                int from = cuts.get(c);
                int to = cuts.get(c + 1);
                Block.Kind k = kind;
                int skip = bulletAt(all, from);
                if (skip > 0 && (c > 0 || kind == Block.Kind.PARAGRAPH)) {
                    k = Block.Kind.ITEM;
                    from += skip;
                }
                add(all, k, from, to);
            }
            reset();
        }

        /**
         * True when the line at i opens with a bracketed date ("[Le 04/11 ...", "[Du 16/11"): two
         * sub-event headers typed on consecutive lines are two blocks to a reader.
         */
        private static boolean opensBracketedDate(String s, int i) {
            return BRACKETED_DATE.matcher(s).region(i, s.length()).lookingAt();
        }

        /** Length of a bullet marker ("- ", "* ", "• ") starting a line at i, else 0. */
        private static int bulletAt(String s, int i) {
            int j = i;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            if (j + 1 < s.length() && "-*+•".indexOf(s.charAt(j)) >= 0 && s.charAt(j + 1) == ' ') {
                return j + 2 - i;
            }
            return 0;
        }

        private boolean atLineStart() {
            int j = text.length() - 1;
            while (j >= 0 && text.charAt(j) == ' ') j--;
            return j < 0 || text.charAt(j) == '\n';
        }

        private void add(String all, Block.Kind k, int from, int to) {
            List<Block.FoundLink> mine = new ArrayList<>();
            for (Block.FoundLink fl : links) {
                if (fl.at() >= from && fl.at() < to || to == text.length() && fl.at() >= to) {
                    mine.add(
                            new Block.FoundLink(
                                    fl.label(), fl.href(), fl.line(), Math.max(0, fl.at() - from)));
                }
            }
            String ct = all.substring(from, to);
            if (ct.isBlank() && mine.isEmpty()) return;
            blocks.add(
                    new Block(
                            k,
                            level,
                            ct,
                            java.util.Arrays.copyOfRange(emph, from, to),
                            java.util.Arrays.copyOfRange(lines, from, to),
                            mine));
        }

        private void reset() {
            text.setLength(0);
            links.clear();
            kind = Block.Kind.PARAGRAPH;
            level = 0;
        }
    }
}
