package dev.eventail.parser.internal.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The HTML that posts really hold, read without jsoup's tree builder: well-nested tags of a few
 * known elements ({@code div}, {@code p}, headings, lists, {@code a}, {@code b}, {@code i}, {@code
 * span}, {@code br}, {@code img}, {@code hr}…), quoted attributes, text with character references.
 * For such a fragment jsoup builds exactly the tree the tags spell, so the tokens in document order
 * are that tree walked in order. Anything jsoup could read otherwise is declined ({@link #read}
 * gives null) and jsoup reads it: comments, raw-text and table elements, unknown elements, tags the
 * tree builder would close, reopen or move (a block inside a paragraph or inside inline markup, a
 * heading inside a heading, a list item or link inside another, an end tag that does not close the
 * element last opened), unquoted or odd attributes, a {@code <} that opens none of these, an {@code
 * &} whose reading is not certain, control characters and carriage returns.
 */
final class HtmlSubset {

    /** One step of the reading: text, an element opening, or the last open element closing. */
    sealed interface Token permits Text, Open, Close {}

    /**
     * A text node as jsoup gives it: character references decoded, on the 1-based line of the
     * fragment where it starts.
     */
    record Text(String text, int line) implements Token {}

    /**
     * An element opening on a 1-based line of the fragment; {@code href} is its first {@code href}
     * attribute, decoded ("" without one); a void element ({@code br}, {@code img}, {@code hr}) is
     * {@code empty} and no {@link Close} follows it.
     */
    record Open(String tag, int line, String href, boolean empty) implements Token {}

    /** The element opened last and still open closes. */
    record Close() implements Token {}

    private static final Close CLOSE = new Close();

    /**
     * jsoup reads through a 2,048-character buffer; in a longer input it dates a node by where its
     * buffer started when the node was inserted, not by where the node starts (a text run holding a
     * character reference moves the buffer). Within one buffer its lines are exact.
     */
    private static final int MAX_LENGTH = 2047;

    private static final int MAX_DEPTH = 48;

    private static final int BLOCK = 1;

    /** jsoup's "special" elements: an open list item is not searched for past one of them. */
    private static final int SPECIAL = 2;

    private static final int HEADING = 4;
    private static final int VOID = 8;
    private static final int INLINE = 16;

    private static final Map<String, Integer> KINDS = kinds();

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new java.util.HashMap<>();
        kinds.put("div", BLOCK);
        kinds.put("p", BLOCK);
        for (String block :
                List.of(
                        "section",
                        "article",
                        "header",
                        "footer",
                        "aside",
                        "main",
                        "nav",
                        "blockquote",
                        "center",
                        "figure",
                        "figcaption",
                        "ul",
                        "ol",
                        "li")) {
            kinds.put(block, BLOCK | SPECIAL);
        }
        for (int level = 1; level <= 6; level++) kinds.put("h" + level, BLOCK | SPECIAL | HEADING);
        kinds.put("hr", BLOCK | SPECIAL | VOID);
        for (String inline :
                List.of(
                        "a", "b", "strong", "i", "em", "u", "small", "span", "abbr", "sup",
                        "sub")) {
            kinds.put(inline, INLINE);
        }
        kinds.put("br", INLINE | VOID);
        kinds.put("img", INLINE | VOID);
        return Map.copyOf(kinds);
    }

    private final String html;
    private final int length;
    private int at;
    private int line = 1;

    private final List<Token> tokens = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int textLine;
    private boolean anyTag;

    private final String[] open = new String[MAX_DEPTH];
    private int depth;
    private int paragraphs;
    private int headings;
    private int inlines;
    private int links;

    private HtmlSubset(String html) {
        this.html = html;
        this.length = html.length();
    }

    /**
     * The tokens of a fragment as jsoup's tree of it would be walked in order (its body's
     * children), or null when the fragment is outside the subset.
     */
    static @Nullable List<Token> read(String html) {
        if (html.length() > MAX_LENGTH) return null;
        HtmlSubset reader = new HtmlSubset(html);
        return reader.readAll() ? reader.tokens : null;
    }

    private boolean readAll() {
        while (at < length) {
            char c = html.charAt(at);
            if (c == '<') {
                endText();
                if (!tag()) return false;
            } else {
                if (text.length() == 0) textLine = line;
                if (c == '&') {
                    if (!reference((char) 0, text)) return false;
                } else {
                    // the run up to the next tag or reference, checked, then copied at once
                    int from = at;
                    while (at < length) {
                        char d = html.charAt(at);
                        if (d == '<' || d == '&') break;
                        if (!plain(d)) return false;
                        at++;
                    }
                    text.append(html, from, at);
                }
            }
        }
        endText();
        return true;
    }

    /**
     * Ends a text run at a tag or at the end. Before the first tag, jsoup's tree builder drops a
     * run that is only whitespace (it is read before the document's body exists) and keeps any
     * other run whole.
     */
    private void endText() {
        if (text.length() == 0) return;
        if (anyTag || !blank(text)) tokens.add(new Text(text.toString(), textLine));
        text.setLength(0);
    }

    private static boolean blank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!space(s.charAt(i))) return false;
        }
        return true;
    }

    /**
     * True for the character at {@code at} when jsoup keeps it as it is and it moves lines as
     * flexmark counts them: no control character but tab and line feed (a carriage return ends a
     * line for flexmark, not for jsoup), no C1 control, byte-order mark or non-character,
     * surrogates only in pairs. Counts the line feeds.
     */
    private boolean plain(char c) {
        if (c == '\n') {
            line++;
            return true;
        }
        if (c < 0x20) return c == '\t';
        if (c < 0x7F) return true;
        if (c <= 0x9F) return false;
        if (Character.isHighSurrogate(c)) {
            return at + 1 < length && Character.isLowSurrogate(html.charAt(at + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return at > 0 && Character.isHighSurrogate(html.charAt(at - 1));
        }
        return c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF';
    }

    /** A tag at {@code <}: read, checked against the tree builder's rules, and recorded. */
    private boolean tag() {
        anyTag = true;
        int tagLine = line;
        int i = at + 1;
        boolean end = i < length && html.charAt(i) == '/';
        if (end) i++;
        int nameStart = i;
        if (i >= length || !asciiLetter(html.charAt(i))) return false;
        while (i < length && (asciiLetter(html.charAt(i)) || asciiDigit(html.charAt(i)))) i++;
        String name = known(html, nameStart, i);
        if (name == null) return false;
        at = i;
        if (end) {
            skipSpace();
            if (at >= length || html.charAt(at) != '>') return false;
            at++;
            return close(name);
        }
        String href = null;
        boolean selfClosing = false;
        boolean separated = false;
        while (true) {
            boolean spaced = skipSpace() || separated;
            separated = false;
            if (at >= length) return false;
            char c = html.charAt(at);
            if (c == '>') {
                at++;
                break;
            }
            if (c == '/') {
                if (at + 1 >= length || html.charAt(at + 1) != '>') return false;
                selfClosing = true;
                at += 2;
                break;
            }
            // an attribute glued to the name or value before it reads otherwise in jsoup
            if (!spaced || !asciiLetter(c)) return false;
            int attributeStart = at;
            while (at < length && attributeNameChar(html.charAt(at))) at++;
            boolean isHref =
                    at - attributeStart == 4
                            && html.regionMatches(true, attributeStart, "href", 0, 4);
            separated = skipSpace();
            String value = "";
            if (at < length && html.charAt(at) == '=') {
                at++;
                skipSpace();
                value = attributeValue(isHref);
                if (value == null) return false;
                separated = false;
            }
            if (isHref) {
                // jsoup keeps the first of two; not worth being sure of
                if (href != null) return false;
                href = value;
            }
        }
        return open(name, tagLine, href == null ? "" : href, selfClosing);
    }

    /**
     * A quoted attribute value after its {@code =}; decoded when it is the link's target, else only
     * checked (a character reference cannot end the value early, so the rest of the tag reads the
     * same whatever it decodes to).
     */
    private @Nullable String attributeValue(boolean decode) {
        if (at >= length) return null;
        char quote = html.charAt(at);
        if (quote != '"' && quote != '\'') return null;
        at++;
        StringBuilder value = decode ? new StringBuilder() : null;
        while (true) {
            if (at >= length) return null;
            char c = html.charAt(at);
            if (c == quote) {
                at++;
                break;
            }
            if (c == '&' && value != null) {
                if (!reference(quote, value)) return null;
                continue;
            }
            if (!plain(c)) return null;
            if (value != null) value.append(c);
            at++;
        }
        // jsoup reads what follows a quoted value as a new attribute only after a space
        if (at < length) {
            char next = html.charAt(at);
            if (next != '>' && next != '/' && !space(next)) return null;
        }
        return value == null ? "" : value.toString();
    }

    private boolean open(String name, int tagLine, String href, boolean selfClosing) {
        int kind = KINDS.get(name);
        if ((kind & BLOCK) != 0) {
            // jsoup closes an open paragraph, and moves a block out of inline markup
            if (paragraphs > 0 || inlines > 0) return false;
            if ((kind & HEADING) != 0 && headings > 0) return false;
            if (name.equals("li")) {
                for (int k = depth - 1; k >= 0; k--) {
                    if (open[k].equals("li")) return false;
                    if ((KINDS.get(open[k]) & SPECIAL) != 0) break;
                }
            }
        }
        if (name.equals("a") && links > 0) return false;
        boolean empty = (kind & VOID) != 0;
        if (selfClosing && !empty) return false;
        if (!empty && depth == MAX_DEPTH) return false;
        tokens.add(new Open(name, tagLine, href, empty));
        if (empty) return true;
        open[depth++] = name;
        count(name, kind, 1);
        return true;
    }

    private boolean close(String name) {
        if (depth == 0 || !open[depth - 1].equals(name)) return false;
        depth--;
        count(name, KINDS.get(name), -1);
        tokens.add(CLOSE);
        return true;
    }

    private void count(String name, int kind, int delta) {
        if (name.equals("p")) paragraphs += delta;
        if ((kind & HEADING) != 0) headings += delta;
        if ((kind & INLINE) != 0) inlines += delta;
        if (name.equals("a")) links += delta;
    }

    /**
     * A character reference at {@code &}, decoded into {@code into} as jsoup's tokenizer decodes
     * it; false when not sure. {@code quote} ends the attribute value being read (0 in text).
     */
    private boolean reference(char quote, StringBuilder into) {
        int i = at + 1;
        char next = i < length ? html.charAt(i) : quote;
        if (next == '#') return numericReference(i + 1, into);
        if (asciiLetter(next)) return namedReference(i, into);
        if (asciiDigit(next) || next >= 0x80) return false;
        // nothing a reference can start with: a plain ampersand
        into.append('&');
        at = i;
        return true;
    }

    /** {@code &name;} for a name jsoup knows; without its semicolon, jsoup's reading depends. */
    private boolean namedReference(int from, StringBuilder into) {
        int i = from;
        while (i < length && asciiLetter(html.charAt(i))) i++;
        while (i < length && asciiDigit(html.charAt(i))) i++;
        if (i >= length || html.charAt(i) != ';' || i - from > 32) return false;
        String name = html.substring(from, i);
        if (!org.jsoup.nodes.Entities.isNamedEntity(name)) return false;
        String decoded = org.jsoup.nodes.Entities.getByName(name);
        for (int k = 0; k < decoded.length(); k++) {
            char c = decoded.charAt(k);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F) return false;
        }
        into.append(decoded);
        at = i + 1;
        return true;
    }

    /**
     * {@code &#NN;} or {@code &#xHH;} with its semicolon, for a character jsoup does not replace
     * (no control, surrogate, windows-1252 remapping or non-character).
     */
    private boolean numericReference(int from, StringBuilder into) {
        int i = from;
        boolean hex = i < length && (html.charAt(i) == 'x' || html.charAt(i) == 'X');
        if (hex) i++;
        int digitsStart = i;
        int value = 0;
        while (i < length) {
            char c = html.charAt(i);
            int digit =
                    asciiDigit(c)
                            ? c - '0'
                            : hex && c >= 'a' && c <= 'f'
                                    ? c - 'a' + 10
                                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) break;
            if (i - digitsStart == 6) return false;
            value = value * (hex ? 16 : 10) + digit;
            i++;
        }
        if (i == digitsStart || i >= length || html.charAt(i) != ';') return false;
        boolean safe =
                value >= 0x20 && value < 0x7F
                        || value >= 0xA0 && value < 0xD800
                        || value >= 0xE000 && value < 0xFDD0
                        || value > 0xFDEF && value <= 0x10FFFF && (value & 0xFFFE) != 0xFFFE;
        if (!safe || value == 0xFEFF) return false;
        into.appendCodePoint(value);
        at = i + 1;
        return true;
    }

    /** Skips spaces, tabs and line feeds (counting lines); true when it skipped any. */
    private boolean skipSpace() {
        int from = at;
        while (at < length) {
            char c = html.charAt(at);
            if (c == '\n') line++;
            else if (c != ' ' && c != '\t') break;
            at++;
        }
        return at > from;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean attributeNameChar(char c) {
        return asciiLetter(c) || asciiDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
    }

    /** The element's name as the subset knows it (lower case), or null. */
    private static @Nullable String known(String html, int from, int to) {
        if (to - from > 10) return null;
        String name = html.substring(from, to);
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 'A' && name.charAt(i) <= 'Z') {
                name = name.toLowerCase(java.util.Locale.ROOT);
                break;
            }
        }
        return KINDS.containsKey(name) ? name : null;
    }
}
