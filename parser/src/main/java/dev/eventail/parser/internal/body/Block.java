package dev.eventail.parser.internal.body;

import java.util.List;

/**
 * One block of a body as a reader sees it (a heading, a paragraph, a list item's first paragraph, a
 * paragraph of an HTML block), reduced to plain text that remembers, for each character, whether it
 * was emphasised and which line of the body it came from.
 *
 * @param kind what sort of block
 * @param level heading level (1-6), 0 for other blocks
 * @param text plain text, line breaks as {@code \n}, markup removed, bracketed tags kept
 * @param emphasis for each character of {@code text}, true when it was bold or italic
 * @param lines for each character of {@code text}, its 1-based line in the body
 * @param links links inside the block, in text order
 */
record Block(
        Kind kind, int level, String text, boolean[] emphasis, int[] lines, List<FoundLink> links) {

    enum Kind {
        HEADING,
        PARAGRAPH,
        ITEM,
        RULE
    }

    /** A link as written: its label, its target as written, its body line, its offset in text. */
    record FoundLink(String label, String href, int line, int at) {}

    Block {
        links = List.copyOf(links);
    }

    /** The body line of the first visible character (or of the block start). */
    int firstLine() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) return lines[i];
        }
        return lines.length > 0 ? lines[0] : 0;
    }

    int lineAt(int offset) {
        if (lines.length == 0) return 0;
        return lines[Math.max(0, Math.min(offset, lines.length - 1))];
    }

    boolean emphasisedAt(int offset) {
        return offset >= 0 && offset < emphasis.length && emphasis[offset];
    }

    /** True when every visible character is emphasised. */
    boolean fullyEmphasised() {
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) continue;
            if (!emphasis[i] && !isMarkerPunctuation(text.charAt(i))) return false;
            any = true;
        }
        return any;
    }

    private static boolean isMarkerPunctuation(char c) {
        return c == '[' || c == ']' || c == '*' || c == '_';
    }

    @Override
    public String toString() {
        return kind + (level > 0 ? String.valueOf(level) : "") + "@" + firstLine() + ": " + text;
    }
}
