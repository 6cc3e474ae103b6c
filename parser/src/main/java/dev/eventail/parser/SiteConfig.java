package dev.eventail.parser;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.internal.frontmatter.SafeYaml;
import dev.eventail.parser.internal.mapping.SourceName;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a Jekyll site's {@code _config.yml} says that matters for its posts: the time zone, the
 * public address ({@code url} + {@code baseurl}) and each collection's permalink pattern. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * SiteConfig site = SiteConfig.read(Path.of("numerique.gouv.fr"));
 * site.publicUrl("_evenements", "design-public-meetup-4", null);
 * // Optional[https://www.numerique.gouv.fr/agenda/design-public-meetup-4/]
 * }</pre>
 */
public final class SiteConfig {

    private static final SiteConfig NONE =
            new SiteConfig(null, null, null, null, Map.of(), Map.of(), List.of());

    private final @Nullable Path root;
    private final @Nullable ZoneId timezone;
    private final @Nullable String url;
    private final @Nullable String globalPermalink;
    private final Map<String, Map<String, @Nullable Object>> collections;
    private final Map<String, @Nullable Object> values;
    private final List<Diagnostic> diagnostics;

    private SiteConfig(
            @Nullable Path root,
            @Nullable ZoneId timezone,
            @Nullable String url,
            @Nullable String globalPermalink,
            Map<String, Map<String, @Nullable Object>> collections,
            Map<String, @Nullable Object> values,
            List<Diagnostic> diagnostics) {
        this.root = root;
        this.timezone = timezone;
        this.url = url;
        this.globalPermalink = globalPermalink;
        this.collections = Map.copyOf(collections);
        this.values = values;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** No site: no time zone, no URL, no permalinks. */
    public static SiteConfig none() {
        return NONE;
    }

    /**
     * Reads {@code siteRoot/_config.yml} if present (else {@link #none()}); bad YAML or an
     * unreadable file gives {@link #diagnostics()}, never an exception.
     */
    public static SiteConfig read(Path siteRoot) {
        Path config = siteRoot.resolve("_config.yml");
        if (!Files.isRegularFile(config)) {
            return new SiteConfig(
                    siteRoot.toAbsolutePath().normalize(),
                    null,
                    null,
                    null,
                    Map.of(),
                    Map.of(),
                    List.of());
        }
        String text;
        try {
            text = new String(Files.readAllBytes(config), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new SiteConfig(
                    siteRoot.toAbsolutePath().normalize(),
                    null,
                    null,
                    null,
                    Map.of(),
                    Map.of(),
                    List.of(
                            Diagnostic.error(
                                    DiagnosticCodes.FILE_UNREADABLE,
                                    "_config.yml could not be read: " + e.getMessage(),
                                    SourceRef.file("_config.yml"))));
        }
        return parse(text, "_config.yml").withRoot(siteRoot.toAbsolutePath().normalize());
    }

    /** Reads the text of a {@code _config.yml}; {@code sourceName} names it in diagnostics. */
    public static SiteConfig parse(String configYml, String sourceName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = configYml.startsWith("\uFEFF") ? configYml.substring(1) : configYml;
        text = text.replace("\r\n", "\n");
        int firstLine = 1;
        // a _config.yml may itself start with "---"
        if (text.startsWith("---\n")) {
            text = text.substring(4);
            firstLine = 2;
        }
        SafeYaml.Result yaml = SafeYaml.load(text, firstLine, sourceName, diagnostics::add);
        Map<String, @Nullable Object> v = yaml.values();

        ZoneId zone = null;
        Object tz = v.get("timezone");
        if (tz instanceof String s && !s.isBlank()) {
            try {
                zone = ZoneId.of(s.strip());
            } catch (DateTimeException e) {
                diagnostics.add(
                        Diagnostic.warning(
                                DiagnosticCodes.CONFIG_TIMEZONE,
                                "unknown time zone \"" + s + "\"; Europe/Paris is used",
                                SourceRef.of(sourceName, yaml.lineOfKey("timezone", 0))));
            }
        }
        String url = null;
        if (v.get("url") instanceof String u && !u.isBlank()) {
            String base = v.get("baseurl") instanceof String b ? b.strip() : "";
            url = stripSlash(u.strip()) + (base.isEmpty() ? "" : "/" + trimSlashes(base));
            url = stripSlash(url);
        }
        String permalink = v.get("permalink") instanceof String p ? p.strip() : null;
        Map<String, Map<String, @Nullable Object>> collections = new LinkedHashMap<>();
        if (v.get("collections") instanceof Map<?, ?> cs) {
            for (Map.Entry<?, ?> e : cs.entrySet()) {
                Map<String, @Nullable Object> settings = new LinkedHashMap<>();
                if (e.getValue() instanceof Map<?, ?> m) {
                    for (Map.Entry<?, ?> s : m.entrySet()) {
                        settings.put(String.valueOf(s.getKey()), s.getValue());
                    }
                }
                collections.put(String.valueOf(e.getKey()), settings);
            }
        } else if (v.get("collections") instanceof List<?> names) {
            for (Object n : names) collections.put(String.valueOf(n), Map.of());
        }
        return new SiteConfig(null, zone, url, permalink, collections, v, diagnostics);
    }

    private SiteConfig withRoot(Path newRoot) {
        return new SiteConfig(
                newRoot, timezone, url, globalPermalink, collections, values, diagnostics);
    }

    /** The site's {@code timezone}, when it names a known zone. */
    public Optional<ZoneId> timezone() {
        return Optional.ofNullable(timezone);
    }

    /** The site's public address: {@code url} followed by {@code baseurl}, no trailing slash. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The site's {@code lang} or {@code language}, when given. */
    public Optional<String> language() {
        for (String key : List.of("lang", "language", "locale")) {
            if (values.get(key) instanceof String s && !s.isBlank()) {
                return Optional.of(s.strip().replace('_', '-'));
            }
        }
        return Optional.empty();
    }

    /** The folder the configuration was read from, when read from disk. */
    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    /** Problems met reading {@code _config.yml}, in file order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The public URL of a post, or empty when the site gives none (no {@code url}, or a collection
     * the configuration does not publish). {@code collection} is the folder ({@code _evenements})
     * or the collection name ({@code evenements}); {@code slug} fills {@code :title}; {@code date}
     * fills {@code :year}, {@code :month}, {@code :day}.
     */
    public Optional<String> publicUrl(String collection, String slug, @Nullable LocalDate date) {
        if (url == null) return Optional.empty();
        String name = collection;
        int slash = name.lastIndexOf('/');
        if (slash >= 0) name = name.substring(slash + 1);
        name = name.replaceFirst("^_", "");
        String pattern = null;
        Map<String, @Nullable Object> settings = collections.get(name);
        if (settings != null && settings.get("permalink") instanceof String p) {
            pattern = p.strip();
        } else if (name.equals("posts")) {
            pattern = globalPermalink == null ? "date" : globalPermalink;
        } else if (settings != null && Boolean.TRUE.equals(settings.get("output"))) {
            pattern = "/:collection/:path:output_ext";
        }
        if (pattern == null) return Optional.empty();
        pattern =
                switch (pattern) {
                    case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
                    case "pretty" -> "/:categories/:year/:month/:day/:title/";
                    case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
                    case "none" -> "/:categories/:title:output_ext";
                    default -> pattern;
                };
        String path = expand(pattern, name, slug, date);
        if (path == null) return Optional.empty();
        try {
            String encoded = new URI(null, null, path, null).toASCIIString();
            return Optional.of(url + encoded);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String expand(
            String pattern, String collection, String slug, @Nullable LocalDate date) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != ':') {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < pattern.length()
                    && (Character.isLetterOrDigit(pattern.charAt(j)) || pattern.charAt(j) == '_')) {
                j++;
            }
            String key = pattern.substring(i + 1, j);
            String value =
                    switch (key) {
                        case "title" -> SourceName.jekyllPrettySlug(slug);
                        case "slug", "name", "path" -> SourceName.jekyllDefaultSlug(slug);
                        case "collection" -> collection;
                        case "categories" -> "";
                        case "output_ext" -> ".html";
                        case "year" -> date == null ? null : String.valueOf(date.getYear());
                        case "short_year" ->
                                date == null
                                        ? null
                                        : String.format(Locale.ROOT, "%02d", date.getYear() % 100);
                        case "month" ->
                                date == null
                                        ? null
                                        : String.format(Locale.ROOT, "%02d", date.getMonthValue());
                        case "i_month" ->
                                date == null ? null : String.valueOf(date.getMonthValue());
                        case "day" ->
                                date == null
                                        ? null
                                        : String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
                        case "i_day" -> date == null ? null : String.valueOf(date.getDayOfMonth());
                        case "y_day" ->
                                date == null
                                        ? null
                                        : String.format(Locale.ROOT, "%03d", date.getDayOfYear());
                        default -> ":" + key;
                    };
            if (value == null) return null;
            out.append(value);
            i = j;
        }
        String path = out.toString().replaceAll("/{2,}", "/");
        return path.startsWith("/") ? path : "/" + path;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String trimSlashes(String s) {
        return s.replaceAll("^/+|/+$", "");
    }

    @Override
    public String toString() {
        return "SiteConfig[timezone="
                + timezone
                + ", url="
                + url
                + ", collections="
                + collections.keySet()
                + "]";
    }
}
