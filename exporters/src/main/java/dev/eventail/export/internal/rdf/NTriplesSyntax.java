package dev.eventail.export.internal.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How IRIs and strings are written in N-Triples and Turtle: Jena's rules (the outputs published so
 * far came from Jena, and a test compares both on hostile strings), without loading Jena.
 *
 * <p>Each rule is written once, against {@link Appendable}: the streaming writers hand it their
 * UTF-8 output, the DCAT catalogue a {@code StringBuilder}.
 */
public final class NTriplesSyntax {

    private NTriplesSyntax() {}

    /** The characters below U+0080 that an IRI gets as {@code \}{@code uXXXX}; none above. */
    private static final boolean[] IRI_ESCAPED = new boolean[0x80];

    static {
        for (char c = 0; c < 20; c++) IRI_ESCAPED[c] = true;
        for (char c : " <>\"{}|^`\\\u007F".toCharArray()) IRI_ESCAPED[c] = true;
    }

    /**
     * Jena's policy for IRIs: the characters the IRIREF production forbids (controls below U+0014,
     * space, {@code <>"{}|^`\} and DEL) become {@code \}{@code uXXXX}; the rest is written as is.
     */
    public static void iri(StringBuilder b, String iri) {
        try {
            iri((Appendable) b, iri);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder throws none
        }
    }

    /** As {@link #iri(StringBuilder, String)}, to any output. */
    public static void iri(Appendable out, String iri) throws IOException {
        out.append('<');
        int copied = 0;
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c < 0x80 && IRI_ESCAPED[c]) {
                // runs between escapes are copied whole: most IRIs need none
                out.append(iri, copied, i);
                unicodeEscape(out, c);
                copied = i + 1;
            }
        }
        out.append(iri, copied, iri.length());
        out.append('>');
    }

    /** {@code <iri>} as {@link #iri(StringBuilder, String)} writes it. */
    public static String iriText(String iri) {
        StringBuilder b = new StringBuilder(iri.length() + 2);
        iri(b, iri);
        return b.toString();
    }

    /**
     * Jena's single-line string escapes: backslash, quote, {@code \n \t \r \f}, and U+FFFD as
     * {@code \}{@code uFFFD}; everything else is written raw (a lone surrogate then becomes {@code
     * ?} in the UTF-8 encoder, as it did in Jena's).
     */
    public static void string(StringBuilder b, String s) {
        try {
            string((Appendable) b, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder throws none
        }
    }

    /** As {@link #string(StringBuilder, String)}, to any output. */
    public static void string(Appendable out, String s) throws IOException {
        out.append('"');
        int len = s.length();
        int copied = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            // every escaped character but U+FFFD sorts at or before the backslash
            if (c > '\\' && c != '\uFFFD') continue;
            String escaped =
                    switch (c) {
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
            out.append(s, copied, i).append(escaped);
            copied = i + 1;
        }
        out.append(s, copied, len);
        out.append('"');
    }

    private static void unicodeEscape(Appendable out, char c) throws IOException {
        out.append("\\u");
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        for (int pad = hex.length(); pad < 4; pad++) out.append('0');
        out.append(hex);
    }
}
