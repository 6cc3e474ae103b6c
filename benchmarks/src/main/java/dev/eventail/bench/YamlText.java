package dev.eventail.bench;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes YAML scalars the way Siteleaf and people write them: plain when YAML 1.1 reads them back
 * as the same string, single-quoted otherwise. Every value the generator writes goes through here
 * so that the synthetic front matter always loads.
 */
final class YamlText {

    private YamlText() {}

    private static final Set<String> SPECIAL_WORDS =
            Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=");
    // what YAML 1.1 would read as an int, a float, a sexagesimal number or a timestamp
    private static final Pattern NUMBER_OR_DATE =
            Pattern.compile(
                    "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|0x[0-9a-fA-F_]+|0b[01_]+)"
                            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /** A scalar for one line: plain if that is safe, else single-quoted. */
    static String scalar(String value) {
        return isPlainSafe(value) ? value : singleQuoted(value);
    }

    static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Double-quoted with escapes, the style Siteleaf uses for values holding a line break. */
    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * A long value folded over several lines, as Siteleaf writes a {@code chapeau-text}: plain when
     * safe, else single-quoted; continuation lines are indented by {@code indent} spaces.
     */
    static String folded(String value, int indent, int width) {
        String head = isPlainSafe(value) ? value : singleQuoted(value);
        if (head.length() <= width) return head;
        StringBuilder out = new StringBuilder(head.length() + 16);
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            // never break at a doubled quote or at a space next to another space: both would
            // change the value read back
            if (c == ' '
                    && i > 0
                    && i + 1 < head.length()
                    && head.charAt(i - 1) != ' '
                    && head.charAt(i + 1) != ' ') {
                lastSpace = i;
            }
            if (i - lineStart >= width && lastSpace > lineStart) {
                out.append(head, lineStart, lastSpace).append('\n');
                out.append(" ".repeat(indent));
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        out.append(head, lineStart, head.length());
        return out.toString();
    }

    /** A {@code |-} literal block, its lines indented by {@code indent} spaces. */
    static String literalBlock(String value, int indent) {
        StringBuilder out = new StringBuilder("|-");
        for (String line : value.split("\n", -1)) {
            out.append('\n');
            if (!line.isEmpty()) out.append(" ".repeat(indent)).append(line);
        }
        return out.toString();
    }

    static boolean isPlainSafe(String value) {
        if (value.isEmpty() || value.isBlank()) return false;
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') return false;
        if (INDICATORS.indexOf(value.charAt(0)) >= 0) return false;
        if (value.endsWith(":")) return false;
        if (value.contains(": ") || value.contains(" #") || value.contains("\n")) return false;
        if (value.contains("\t")) return false;
        if (SPECIAL_WORDS.contains(value.toLowerCase(Locale.ROOT))) return false;
        return !NUMBER_OR_DATE.matcher(value).matches();
    }
}
