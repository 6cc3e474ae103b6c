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
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c < 20
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
                    || c == '\u007F') {
                unicodeEscape(b, c);
            } else {
                b.append(c);
            }
        }
        b.append('>');
    }

    /**
     * Jena's single-line string escapes: backslash, quote, {@code \n \t \r \f}, and U+FFFD as
     * {@code \}{@code uFFFD}; everything else is written raw (a lone surrogate then becomes {@code
     * ?} in the UTF-8 encoder, as it did in Jena's).
     */
    public static void string(StringBuilder b, String s) {
        b.append('"');
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\f' -> b.append("\\f");
                case '\uFFFD' -> b.append("\\uFFFD");
                default -> b.append(c);
            }
        }
        b.append('"');
    }

    private static void unicodeEscape(StringBuilder b, char c) {
        b.append("\\u");
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        for (int pad = hex.length(); pad < 4; pad++) b.append('0');
        b.append(hex);
    }
}
