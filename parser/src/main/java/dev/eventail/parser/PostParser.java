package dev.eventail.parser;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.EventTime;
import dev.eventail.model.Post;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.internal.body.BodyReader;
import dev.eventail.parser.internal.frontmatter.FrontMatterSplitter;
import dev.eventail.parser.internal.frontmatter.SafeYaml;
import dev.eventail.parser.internal.mapping.PostMapper;
import dev.eventail.parser.internal.mapping.SourceName;
import dev.eventail.parser.internal.mapping.Utf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads one post (YAML front matter and a Markdown-and-HTML body, as Jekyll, Siteleaf and Hugo
 * write them) into a {@link Post} with its events. Thread-safe and immutable: build once, share.
 *
 * <p>Never throws on bad content: a file without front matter, broken YAML, a nonsense date or a
 * bad link becomes a {@link Diagnostic} in {@link Post#diagnostics()} naming the file and line, and
 * the rest of the post is still read.
 *
 * <pre>{@code
 * PostParser parser = PostParser.builder().site(SiteConfig.read(siteRoot)).build();
 * Post post = parser.parse(Files.readString(file), "_evenements/design-public-meetup-4.markdown");
 * for (Event e : post.events()) System.out.println(e.id() + " " + e.start());
 * post.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class PostParser {

    /** The zone used when neither the builder nor the site names one. */
    public static final ZoneId DEFAULT_ZONE = EventTime.PARIS;

    private final ZoneId zone;
    private final SiteConfig site;
    private final PostMapper mapper;

    private PostParser(Builder builder) {
        this.site = builder.site;
        this.zone = builder.zone != null ? builder.zone : site.timezone().orElse(DEFAULT_ZONE);
        this.mapper = new PostMapper(zone, site, new BodyReader());
    }

    /** A parser with the defaults: Europe/Paris, no site configuration. */
    public static PostParser create() {
        return builder().build();
    }

    /** A builder to set the zone or the site. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a post from its text. {@code sourceName} is its path relative to the archive or site
     * root with {@code /} separators (such as {@code _evenements/mip-2021.markdown}); the
     * collection, slug, file-name date, public URL and event ids are derived from it.
     */
    public Post parse(String content, String sourceName) {
        return parse(content, sourceName, new ArrayList<>());
    }

    /**
     * Reads a post from its bytes: UTF-8 with or without a byte order mark; bytes that are not
     * UTF-8 are replaced and reported with their offset.
     */
    public Post parse(byte[] content, String sourceName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = Utf8.decode(content, sourceName, diagnostics::add);
        return parse(text, sourceName, diagnostics);
    }

    /**
     * Reads a post from a file. Its source name is its path relative to the site root when the site
     * was read from a folder containing it, else its file name.
     *
     * @throws IOException when the file cannot be read
     */
    public Post parse(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return parse(bytes, sourceNameOf(file));
    }

    /** The zone whose rules give the offsets of dates written without one. */
    public ZoneId zone() {
        return zone;
    }

    /** The site configuration this parser reads posts of ({@link SiteConfig#none()} if none). */
    public SiteConfig site() {
        return site;
    }

    private String sourceNameOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (site.root().isPresent() && absolute.startsWith(site.root().get())) {
            return site.root().get().relativize(absolute).toString().replace('\\', '/');
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private Post parse(String content, String sourceName, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        SourceName name = SourceName.of(sourceName);
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        text = text.replace("\r\n", "\n");
        try {
            FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
            switch (split.shape()) {
                case NONE -> {
                    diagnostics.add(
                            Diagnostic.info(
                                    DiagnosticCodes.FRONTMATTER_MISSING,
                                    "the file has no front matter (it does not start with \"---\");"
                                            + " it is read as a page without events",
                                    SourceRef.of(name.path(), 1)));
                    return mapper.withoutEvents(name, text, 1, Map.of(), diagnostics);
                }
                case UNCLOSED -> {
                    diagnostics.add(
                            Diagnostic.error(
                                    DiagnosticCodes.FRONTMATTER_UNCLOSED,
                                    "the front matter opened by \"---\" on line 1 is never closed"
                                            + " by a \"---\" or \"...\" line; the file is read as"
                                            + " a page without events",
                                    SourceRef.of(name.path(), 1)));
                    return mapper.withoutEvents(name, text, 1, Map.of(), diagnostics);
                }
                default -> {
                    SafeYaml.Result yaml =
                            SafeYaml.load(
                                    split.yaml(), split.yamlLine(), name.path(), diagnostics::add);
                    if (!yaml.readable()) {
                        return mapper.withoutEvents(
                                name, split.body(), split.bodyLine(), yaml.values(), diagnostics);
                    }
                    return mapper.map(name, split, yaml, diagnostics);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(
                    Diagnostic.error(
                            DiagnosticCodes.INTERNAL_ERROR,
                            "eventail failed on this file ("
                                    + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                                    + "); please report it",
                            SourceRef.file(name.path())));
            return mapper.withoutEvents(name, text, 1, Map.of(), diagnostics);
        }
    }

    /** Configures a {@link PostParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private @Nullable ZoneId zone;
        private SiteConfig site = SiteConfig.none();

        private Builder() {}

        /** The zone whose rules give offsets; default the site's timezone, else Europe/Paris. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The site the posts belong to: its timezone, url, baseurl and permalinks. */
        public Builder site(SiteConfig site) {
            this.site = Objects.requireNonNull(site, "site");
            return this;
        }

        /** A parser with this configuration. */
        public PostParser build() {
            return new PostParser(this);
        }
    }
}
