package dev.eventail.export.internal.rdf;

import dev.eventail.export.internal.io.Escapes;
import dev.eventail.export.internal.io.Utf8Output;
import java.io.IOException;
import java.util.Locale;

/**
 * How IRIs and strings are written in N-Triples and Turtle: Jena's rules (the outputs published so
 * far came from Jena, and a test compares both on hostile strings), without loading Jena.
 */
public final class NTriplesSyntax {

    private NTriplesSyntax() {}

    /**
     * Jena's policy for IRIs: the characters the IRIREF production forbids (controls below U+0014,
     * sic: Jena tests {@code c < 20}; space, {@code <>"{}|^`\} and DEL) become {@code \}{@code
     * uXXXX}; the rest is written as is.
     */
    private static final Escapes IRI;

    static {
        Escapes iri = Escapes.none();
        for (char c = 0; c < 20; c++) iri = iri.with(c, unicodeEscape(c));
        for (char c : " <>\"{}|^`\\\u007F".toCharArray()) iri = iri.with(c, unicodeEscape(c));
        IRI = iri;
    }

    /**
     * Jena's single-line string escapes: backslash, quote, {@code \n \t \r \f}, and U+FFFD as
     * {@code \}{@code uFFFD}; everything else is written raw (a lone surrogate then becomes {@code
     * ?} in the UTF-8 encoder, as it did in Jena's).
     */
    private static final Escapes STRING =
            Escapes.none()
                    .with('\\', "\\\\")
                    .with('"', "\\\"")
                    .with('\n', "\\n")
                    .with('\t', "\\t")
                    .with('\r', "\\r")
                    .with('\f', "\\f")
                    .with('\uFFFD', "\\uFFFD");

    /** {@code <iri>}, escaped as Jena escapes IRIs. */
    public static void iri(StringBuilder b, String iri) {
        b.append('<');
        IRI.appendTo(b, iri);
        b.append('>');
    }

    /** As {@link #iri(StringBuilder, String)}, encoded. */
    public static void iri(Utf8Output out, String iri) throws IOException {
        out.writeAscii('<');
        out.write(iri, IRI);
        out.writeAscii('>');
    }

    /** {@code <iri>} as {@link #iri(StringBuilder, String)} writes it. */
    public static String iriText(String iri) {
        StringBuilder b = new StringBuilder(iri.length() + 2);
        iri(b, iri);
        return b.toString();
    }

    /** {@code "s"}, escaped as Jena escapes single-line strings. */
    public static void string(StringBuilder b, String s) {
        b.append('"');
        STRING.appendTo(b, s);
        b.append('"');
    }

    /** As {@link #string(StringBuilder, String)}, encoded. */
    public static void string(Utf8Output out, String s) throws IOException {
        out.writeAscii('"');
        out.write(s, STRING);
        out.writeAscii('"');
    }

    private static String unicodeEscape(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }
}
