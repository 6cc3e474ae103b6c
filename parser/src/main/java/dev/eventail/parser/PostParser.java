package dev.eventail.parser;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventTime;
import dev.eventail.model.Post;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.internal.body.BodyReader;
import dev.eventail.parser.internal.body.Deadline;
import dev.eventail.parser.internal.frontmatter.FrontMatterSplitter;
import dev.eventail.parser.internal.frontmatter.SafeYaml;
import dev.eventail.parser.internal.mapping.Decoding;
import dev.eventail.parser.internal.mapping.PostMapper;
import dev.eventail.parser.internal.mapping.SourceName;
import dev.eventail.parser.internal.text.TextHeuristics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
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
    private final int maxChars;
    private final int maxLineLength;
    private final int maxSubEvents;
    private final int maxLines;
    private final Duration maxTimePerFile;
    private final LongSupplier nanoClock;

    /** Default of {@link Builder#maxChars(int)}: 2 M characters, a hundred times a long post. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    /**
     * Default of {@link Builder#maxLineLength(int)}: 10,000 characters (the corpus' longest line
     * has 1,211).
     */
    public static final int DEFAULT_MAX_LINE_LENGTH = 10_000;

    /**
     * Default of {@link Builder#maxLines(int)}: 20,000 lines (the corpus' longest post has 229; the
     * body walk reads 20,000 programme slots in about 2 s).
     */
    public static final int DEFAULT_MAX_LINES = 20_000;

    /**
     * Default of {@link Builder#maxTimePerFile(Duration)}: 10 seconds (a real post takes
     * milliseconds; the other limits keep even hostile files well under it).
     */
    public static final Duration DEFAULT_MAX_TIME_PER_FILE = Duration.ofSeconds(10);

    /** Default of {@link Builder#maxSubEvents(int)}: 1,000 sessions or slots under one event. */
    public static final int DEFAULT_MAX_SUB_EVENTS = 1_000;

    private PostParser(Builder builder) {
        this.site = builder.site;
        this.maxChars = builder.maxChars;
        this.maxLineLength = builder.maxLineLength;
        this.maxSubEvents = builder.maxSubEvents;
        this.maxLines = builder.maxLines;
        this.maxTimePerFile = builder.maxTimePerFile;
        this.nanoClock = builder.nanoClock;
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
        return parse(content, sourceName, new ArrayList<>(), startClock());
    }

    /**
     * Reads a post from its bytes: UTF-8 with or without a byte order mark; bytes that are not
     * UTF-8 are replaced and reported with their offset. A UTF-16 byte order mark makes it UTF-16
     * ({@code encoding.utf-16}); bytes that are not UTF-8 but hold no UTF-8 sequence at all are
     * read as Windows-1252 ({@code encoding.windows-1252}); a file holding NUL bytes is binary and
     * gives a post without events ({@code file.binary}).
     */
    public Post parse(byte[] content, String sourceName) {
        Deadline deadline = startClock();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = Decoding.decode(content, sourceName, diagnostics::add);
        if (text == null) {
            return mapper.withoutEvents(SourceName.of(sourceName), "", 1, Map.of(), diagnostics);
        }
        return parse(text, sourceName, diagnostics, deadline);
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

    private Deadline startClock() {
        return Deadline.after(maxTimePerFile, nanoClock);
    }

    private Post parse(
            String content, String sourceName, List<Diagnostic> diagnostics, Deadline deadline) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        SourceName name = SourceName.of(sourceName);
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        text = text.replace("\r\n", "\n");
        text = withinLimits(text, name.path(), diagnostics);
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
                    return capSubEvents(mapper.map(name, split, yaml, diagnostics, deadline));
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
        } finally {
            // the folds are shared by the heuristics of one post: nothing is kept for the next
            TextHeuristics.forgetFolds();
        }
    }

    /**
     * Cuts each line at {@link #maxLineLength}, then the text at {@link #maxChars} (at a line end):
     * every later step is then bounded, whatever the file holds.
     */
    private String withinLimits(String text, String file, List<Diagnostic> diagnostics) {
        StringBuilder out = null;
        int start = 0;
        int line = 1;
        int cutLines = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end - start > maxLineLength) {
                if (out == null) out = new StringBuilder(text.length()).append(text, 0, start);
                out.append(text, start, start + maxLineLength);
                if (cutLines++ == 0) {
                    diagnostics.add(
                            Diagnostic.warning(
                                    DiagnosticCodes.LIMIT_LINE_LENGTH,
                                    "line "
                                            + line
                                            + " holds "
                                            + (end - start)
                                            + " characters, more than the limit of "
                                            + maxLineLength
                                            + "; cut there",
                                    SourceRef.of(file, line)));
                }
            } else if (out != null) {
                out.append(text, start, end);
            }
            if (end < text.length() && out != null) out.append('\n');
            start = end + 1;
            line++;
        }
        if (cutLines > 1) {
            diagnostics.add(
                    Diagnostic.warning(
                            DiagnosticCodes.LIMIT_LINE_LENGTH,
                            (cutLines - 1) + " more lines were cut at " + maxLineLength,
                            SourceRef.file(file)));
        }
        if (out != null) text = out.toString();
        int lineEnd = -1;
        for (int l = 0; l < maxLines && lineEnd < text.length(); l++) {
            int next = text.indexOf('\n', lineEnd + 1);
            lineEnd = next < 0 ? text.length() : next;
        }
        if (lineEnd < text.length()) {
            diagnostics.add(
                    Diagnostic.warning(
                            DiagnosticCodes.LIMIT_LINES,
                            "the file holds more than "
                                    + maxLines
                                    + " lines; read up to line "
                                    + maxLines
                                    + ", the rest ignored",
                            SourceRef.of(file, maxLines)));
            text = text.substring(0, lineEnd);
        }
        if (text.length() > maxChars) {
            int cut = text.lastIndexOf('\n', maxChars);
            if (cut < 0) cut = maxChars;
            int lastLine = 1 + (int) text.substring(0, cut).chars().filter(c -> c == '\n').count();
            diagnostics.add(
                    Diagnostic.warning(
                            DiagnosticCodes.LIMIT_SIZE,
                            "the file holds "
                                    + text.length()
                                    + " characters, more than the limit of "
                                    + maxChars
                                    + "; read up to line "
                                    + lastLine
                                    + ", the rest ignored",
                            SourceRef.of(file, lastLine)));
            text = text.substring(0, cut);
        }
        return text;
    }

    private Post capSubEvents(Post post) {
        boolean over = false;
        for (Event e : post.events()) over |= e.subEvents().size() > maxSubEvents;
        if (!over) return post;
        List<Diagnostic> diagnostics = new ArrayList<>(post.diagnostics());
        List<Event> events = new ArrayList<>();
        for (Event e : post.events()) {
            if (e.subEvents().size() <= maxSubEvents) {
                events.add(e);
                continue;
            }
            diagnostics.add(
                    Diagnostic.warning(
                            DiagnosticCodes.LIMIT_SUB_EVENTS,
                            "event "
                                    + e.id()
                                    + " has "
                                    + e.subEvents().size()
                                    + " sessions or slots, more than the limit of "
                                    + maxSubEvents
                                    + "; the first "
                                    + maxSubEvents
                                    + " are kept",
                            e.subEvents().get(maxSubEvents).source()));
            events.add(e.toBuilder().subEvents(e.subEvents().subList(0, maxSubEvents)).build());
        }
        return new Post(
                post.source(),
                post.collection(),
                post.slug(),
                post.date(),
                post.published(),
                post.title(),
                post.summary(),
                post.url(),
                post.frontMatter(),
                post.body(),
                post.bodyLine(),
                events,
                diagnostics);
    }

    /** Configures a {@link PostParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private @Nullable ZoneId zone;
        private SiteConfig site = SiteConfig.none();
        private int maxChars = DEFAULT_MAX_CHARS;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxSubEvents = DEFAULT_MAX_SUB_EVENTS;
        private int maxLines = DEFAULT_MAX_LINES;
        private Duration maxTimePerFile = DEFAULT_MAX_TIME_PER_FILE;
        private LongSupplier nanoClock = System::nanoTime;

        /**
         * Wall-clock time spent on one file (default 10 s, {@link
         * PostParser#DEFAULT_MAX_TIME_PER_FILE}), counted from the start of {@code parse}. The body
         * walk checks it between blocks (and every 64 words of a long one): once spent, the body
         * from that block on is ignored, with a {@code limit.time} warning naming its line; the
         * post and the sub-events found before are kept. Building those may go on until twice the
         * limit, then stops at the next sub-event (same warning, its line). A safety net: unlike
         * the other limits, where it falls depends on the machine's speed and load.
         */
        public Builder maxTimePerFile(Duration max) {
            Objects.requireNonNull(max, "max");
            if (max.isNegative() || max.isZero()) {
                throw new IllegalArgumentException("maxTimePerFile must be positive: " + max);
            }
            this.maxTimePerFile = max;
            return this;
        }

        /** The clock the time limit reads (tests pass one they move; default System::nanoTime). */
        Builder nanoClock(LongSupplier clock) {
            this.nanoClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Lines read from one file (default {@value PostParser#DEFAULT_MAX_LINES}); the rest is
         * ignored, with a {@code limit.lines} warning.
         */
        public Builder maxLines(int max) {
            this.maxLines = positive(max, "maxLines");
            return this;
        }

        /**
         * Characters read from one file (default {@value PostParser#DEFAULT_MAX_CHARS}); beyond,
         * the file is read up to the last whole line before the limit, with a {@code limit.size}
         * warning.
         */
        public Builder maxChars(int max) {
            this.maxChars = positive(max, "maxChars");
            return this;
        }

        /**
         * Characters of one line (default {@value PostParser#DEFAULT_MAX_LINE_LENGTH}); longer
         * lines are cut there, with a {@code limit.line-length} warning.
         */
        public Builder maxLineLength(int max) {
            this.maxLineLength = positive(max, "maxLineLength");
            return this;
        }

        /**
         * Sessions or slots kept under one event (default {@value
         * PostParser#DEFAULT_MAX_SUB_EVENTS}); the first ones are kept, with a {@code
         * limit.sub-events} warning.
         */
        public Builder maxSubEvents(int max) {
            this.maxSubEvents = positive(max, "maxSubEvents");
            return this;
        }

        private static int positive(int value, String name) {
            if (value < 1) throw new IllegalArgumentException(name + " must be positive: " + value);
            return value;
        }

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
