package dev.eventail.export.internal.schemaorg;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Turns a URL as the model holds it into an IRI every RDF syntax and JSON-LD accept. */
public final class Iris {
    private Iris() {}

    /** Code of the diagnostic for a URL that is not an absolute IRI and was left out. */
    public static final String BAD_IRI = "export.bad-iri";

    private static final String HEX = "0123456789ABCDEF";

    /** Space, controls, DEL and {@code <>"{}|\^`}: looked up, every character of every URL. */
    private static final boolean[] NOT_IN_IRI = new boolean[0x80];

    static {
        for (char c = 0; c <= 0x20; c++) NOT_IN_IRI[c] = true;
        for (char c : "\u007F<>\"{}|\\^`".toCharArray()) NOT_IN_IRI[c] = true;
    }

    /**
     * The URL with characters no IRI may hold (space, {@code <>"{}|\^`}, controls) percent-encoded,
     * or {@code null} when it has no scheme: a relative reference would be resolved against
     * whatever base a reader picks, or dropped (jsonld.js drops it).
     */
    public static @Nullable String toIri(String url) {
        String s = url.strip();
        int colon = s.indexOf(':');
        if (colon <= 0 || !Character.isLetter(s.charAt(0))) return null;
        for (int i = 1; i < colon; i++) {
            char c = s.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || c == '+'
                            || c == '-'
                            || c == '.';
            if (!ok) return null;
        }
        if (colon == s.length() - 1) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x80 && NOT_IN_IRI[c];
            if (bad && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b == null) continue;
            if (bad) {
                for (byte x : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX.charAt((x >> 4) & 0xf)).append(HEX.charAt(x & 0xf));
                }
            } else {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * The diagnostic for a URL of {@code event} left out because {@link #toIri} refused it; the
     * same for every format, so that a run writing several reports it once after de-duplication.
     */
    public static Diagnostic notAbsolute(String what, Event event, String url) {
        return Diagnostic.warning(
                BAD_IRI,
                "the "
                        + what
                        + " of event "
                        + event.id()
                        + " is not an absolute URL: \""
                        + url
                        + "\"; left out of the exports",
                event.source());
    }
}
