package dev.eventail.parser.internal.frontmatter;

import java.util.regex.Pattern;

/**
 * Splits a file into its YAML front matter and its body the way Jekyll does: front matter exists
 * only when the very first line is {@code ---} (trailing spaces allowed; a byte order mark has been
 * removed before), and it ends at the next line that is {@code ---} or {@code ...}.
 */
public final class FrontMatterSplitter {

    private static final Pattern OPENING = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSING = Pattern.compile("(?:---|\\.\\.\\.)[ \\t]*");

    private FrontMatterSplitter() {}

    /** What the split found. */
    public enum Shape {
        /** Opening and closing lines found. */
        FRONT_MATTER,
        /** The file does not start with {@code ---}: all body. */
        NONE,
        /** Starts with {@code ---} but no closing line: Jekyll reads it all as body. */
        UNCLOSED
    }

    /**
     * The parts of a file.
     *
     * @param shape what was found
     * @param yaml the YAML between the delimiters ({@code ""} when none)
     * @param yamlLine the 1-based file line of the YAML's first line
     * @param body the body text
     * @param bodyLine the 1-based file line of the body's first line
     */
    public record Split(Shape shape, String yaml, int yamlLine, String body, int bodyLine) {}

    /**
     * Splits {@code text}, whose line ends are already {@code \n} (CRLF turned into LF by the
     * caller).
     */
    public static Split split(String text) {
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!OPENING.matcher(first).matches()) {
            return new Split(Shape.NONE, "", 0, text, 1);
        }
        if (firstEnd < 0) {
            return new Split(Shape.UNCLOSED, "", 0, text, 1);
        }
        int lineStart = firstEnd + 1;
        int line = 2;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current =
                    lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (CLOSING.matcher(current).matches()) {
                String yaml = text.substring(firstEnd + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new Split(Shape.FRONT_MATTER, yaml, 2, body, line + 1);
            }
            if (lineEnd < 0) break;
            lineStart = lineEnd + 1;
            line++;
        }
        return new Split(Shape.UNCLOSED, "", 0, text, 1);
    }
}
