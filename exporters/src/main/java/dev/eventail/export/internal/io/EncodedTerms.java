package dev.eventail.export.internal.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The UTF-8 bytes of the written form of terms that recur on every statement (predicates,
 * datatypes, types, enumeration values), worked out once per term. Bounded, so that terms which do
 * not recur (a base URI inside a cached namespace would make every event one) cannot grow it
 * without end: past the bound a term is rendered each time.
 */
public final class EncodedTerms {

    private static final int LIMIT = 4096;

    private final Function<String, String> render;
    private final Map<String, byte[]> encoded = new HashMap<>();

    /**
     * Terms written as {@code render} gives them; the text it returns must begin and end with ASCII
     * (see {@link Utf8Output#write(byte[])}).
     */
    public EncodedTerms(Function<String, String> render) {
        this.render = render;
    }

    /** The bytes of {@code term}'s written form. */
    public byte[] get(String term) {
        byte[] bytes = encoded.get(term);
        if (bytes == null) {
            bytes = Utf8Output.encode(render.apply(term));
            if (encoded.size() < LIMIT) encoded.put(term, bytes);
        }
        return bytes;
    }
}
