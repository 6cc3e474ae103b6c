package dev.eventail.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One file of an archive, as read: where it came from, what its front matter says, its body, the
 * events found in it and the problems met while reading it.
 *
 * <p>{@link #frontMatter()} is lossless: every key of the file's YAML, known to the mapping or not,
 * with values as plain Java types ({@code String}, {@code Boolean}, {@code Long}, {@code Double},
 * {@code List}, {@code Map}, {@code null}); timestamps are kept as the text written, so that no
 * offset is lost.
 *
 * @param source the file, as a path relative to the archive root with {@code /} separators
 * @param collection the Jekyll collection from the folder ({@code _evenements}, {@code _posts},
 *     {@code content/articles}), or {@code ""} for none
 * @param slug the post's slug (front matter {@code slug}, else the file name without date and
 *     extension)
 * @param date the post's publication date, {@code null} when unknown
 * @param published false for a draft ({@code published: false})
 * @param title the title, {@code ""} when absent
 * @param summary the lead paragraph ({@code chapeau-text}, {@code description}) as plain text
 * @param url the public URL from {@code _config.yml} and the collection's permalink
 * @param frontMatter the whole front matter, in file order
 * @param body the body text after the front matter
 * @param bodyLine the 1-based line of the body's first line in the file
 * @param events the events found, usually none or one post event with sub-events
 * @param diagnostics the problems met, in source order
 */
public record Post(
        SourceRef source,
        String collection,
        String slug,
        @Nullable EventTime date,
        boolean published,
        String title,
        @Nullable String summary,
        @Nullable String url,
        Map<String, @Nullable Object> frontMatter,
        String body,
        int bodyLine,
        List<Event> events,
        List<Diagnostic> diagnostics) {

    public Post {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        events = List.copyOf(events);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when any diagnostic is at least {@code severity}. */
    public boolean has(Severity severity) {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(severity));
    }
}
