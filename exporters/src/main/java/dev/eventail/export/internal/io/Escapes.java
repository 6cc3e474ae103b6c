package dev.eventail.export.internal.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A format's escaping rule as a table: the characters it replaces and what it writes instead,
 * everything else written as it is. One rule feeds two writers: {@link Utf8Output#write(String,
 * Escapes)}, which escapes and encodes in one pass over the text (the streaming formats), and
 * {@link #appendTo(StringBuilder, String)} (the DCAT catalogue, tests), so a rule is written once.
 *
 * <p>Surrogates cannot be escaped: they belong to the encoder (see {@link Utf8Output}).
 */
public final class Escapes {

    // null where a character is written as it is
    final byte[][] ascii = new byte[0x80][];
    private final String[] asciiText = new String[0x80];
    private final char[] others;
    private final String[] otherTexts;
    private final byte[][] otherBytes;

    private Escapes(char[] others, String[] otherTexts) {
        this.others = others;
        this.otherTexts = otherTexts;
        this.otherBytes = new byte[others.length][];
        for (int k = 0; k < others.length; k++) otherBytes[k] = Utf8Output.encode(otherTexts[k]);
    }

    /** No character escaped yet. */
    public static Escapes none() {
        return new Escapes(new char[0], new String[0]);
    }

    /** This rule, and {@code c} written as {@code replacement}. */
    public Escapes with(char c, String replacement) {
        if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException(
                    "a surrogate cannot be escaped: U+" + Integer.toHexString(c));
        }
        Escapes copy;
        if (c < 0x80) {
            copy = new Escapes(others, otherTexts);
        } else {
            int k = Arrays.binarySearch(others, c);
            char[] chars = others;
            String[] texts = otherTexts;
            if (k < 0) {
                k = -k - 1;
                chars = new char[others.length + 1];
                texts = new String[others.length + 1];
                System.arraycopy(others, 0, chars, 0, k);
                System.arraycopy(others, k, chars, k + 1, others.length - k);
                System.arraycopy(otherTexts, 0, texts, 0, k);
                System.arraycopy(otherTexts, k, texts, k + 1, others.length - k);
                chars[k] = c;
            } else {
                texts = otherTexts.clone();
            }
            texts[k] = replacement;
            copy = new Escapes(chars, texts);
        }
        for (int a = 0; a < 0x80; a++) {
            copy.ascii[a] = ascii[a];
            copy.asciiText[a] = asciiText[a];
        }
        if (c < 0x80) {
            copy.ascii[c] = Utf8Output.encode(replacement);
            copy.asciiText[c] = replacement;
        }
        return copy;
    }

    /** The encoded replacement of a character from U+0080 up, {@code null} when it has none. */
    byte @Nullable [] other(char c) {
        if (others.length == 0) return null;
        int k = Arrays.binarySearch(others, c);
        return k < 0 ? null : otherBytes[k];
    }

    /** {@code s} with this rule applied, appended to {@code b}. */
    public void appendTo(StringBuilder b, String s) {
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = c < 0x80 ? asciiText[c] : otherText(c);
            if (replacement == null) continue;
            // runs between escapes are copied whole: most text needs none
            b.append(s, copied, i).append(replacement);
            copied = i + 1;
        }
        b.append(s, copied, s.length());
    }

    private @Nullable String otherText(char c) {
        if (others.length == 0) return null;
        int k = Arrays.binarySearch(others, c);
        return k < 0 ? null : otherTexts[k];
    }
}
