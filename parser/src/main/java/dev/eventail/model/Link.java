package dev.eventail.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A link of an event with its role: an absolute {@code http(s):} or {@code mailto:} URL, and the
 * label it had in the post.
 */
public record Link(String url, LinkRole role, @Nullable String label, SourceRef source) {

    public Link {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        if (url.isBlank()) throw new IllegalArgumentException("blank link url");
    }
}
