package dev.eventail.export.internal.rdf;

/**
 * How IRIs and strings are written in N-Triples and Turtle: Jena's rules (the outputs published so
 * far came from Jena, and a test compares both on hostile strings), without loading Jena.
 */
public final class NTriplesSyntax {

    private NTriplesSyntax() {}

    /**
     * Jena's policy for IRIs: the characters the IRIREF production forbids (controls below U+0014,
     * space, {@code <>"{}|^`\} and DEL) become {@code \}{@code uXXXX}; the rest is written as is.
     */
    public static void iri(StringBuilder b, String iri) {
        b.append('<');
        int copied = 0;
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (needsIriEscape(c)) {
                // runs between escapes are copied whole: most IRIs need none
                b.append(iri, copied, i);
                unicodeEscape(b, c);
                copied = i + 1;
            }
        }
        b.append(iri, copied, iri.length());
        b.append('>');
    }

    private static boolean needsIriEscape(char c) {
        return c < 20
                || c == ' '
                || c == '<'
                || c == '>'
                || c == '"'
                || c == '{'
                || c == '}'
                || c == '|'
                || c == '^'
                || c == '`'
                || c == '\\'
                || c == '\u007F';
    }

    /**
     * Jena's single-line string escapes: backslash, quote, {@code \n \t \r \f}, and U+FFFD as
     * {@code \}{@code uFFFD}; everything else is written raw (a lone surrogate then becomes {@code
     * ?} in the UTF-8 encoder, as it did in Jena's).
     */
    public static void string(StringBuilder b, String s) {
        b.append('"');
        int len = s.length();
        int copied = 0;
        for (int i = 0; i < len; i++) {
            String escaped =
                    switch (s.charAt(i)) {
                        case '\\' -> "\\\\";
                        case '"' -> "\\\"";
                        case '\n' -> "\\n";
                        case '\t' -> "\\t";
                        case '\r' -> "\\r";
                        case '\f' -> "\\f";
                        case '\uFFFD' -> "\\uFFFD";
                        default -> null;
                    };
            if (escaped == null) continue;
            b.append(s, copied, i).append(escaped);
            copied = i + 1;
        }
        b.append(s, copied, len);
        b.append('"');
    }

    private static void unicodeEscape(StringBuilder b, char c) {
        b.append("\\u");
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        for (int pad = hex.length(); pad < 4; pad++) b.append('0');
        b.append(hex);
    }
}
