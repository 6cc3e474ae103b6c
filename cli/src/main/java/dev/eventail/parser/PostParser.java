package dev.eventail.parser;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.EventTime;
import dev.eventail.model.Post;
import dev.eventail.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * TEMPORARY stand-in for helper A's parser, with the agreed signatures, so that the CLI compiles
 * and its tests run before wt/a-foundation lands. Deleted on merge.
 */
public final class PostParser {
    private static final DateTimeFormatter JEKYLL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx", Locale.ROOT);
    private final ZoneId zone;
    private final SiteConfig site;

    private PostParser(Builder b) {
        this.site = b.site;
        this.zone = b.zone != null ? b.zone : b.site.timezone().orElse(ZoneId.of("Europe/Paris"));
    }

    public static PostParser create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public ZoneId zone() {
        return zone;
    }

    public Post parse(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.getFileName().toString());
    }

    public Post parse(byte[] content, String sourceName) {
        return parse(new String(content, StandardCharsets.UTF_8), sourceName);
    }

    public Post parse(String content, String sourceName) {
        List<Diagnostic> diags = new ArrayList<>();
        String text = content.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int slash = sourceName.lastIndexOf('/');
        String folder = slash < 0 ? "" : sourceName.substring(0, slash);
        String stem = sourceName.substring(slash + 1).replaceFirst("\\.[^.]*$", "");
        Map<String, Object> fm = new LinkedHashMap<>();
        String body = text;
        int bodyLine = 1;
        if (text.startsWith("---\n")) {
            int close = text.indexOf("\n---", 3);
            if (close < 0) {
                diags.add(
                        Diagnostic.error(
                                "frontmatter.unclosed",
                                "front matter opened on line 1 is never closed",
                                SourceRef.of(sourceName, 1)));
                body = "";
            } else {
                String yaml = text.substring(4, close + 1);
                bodyLine = (int) yaml.chars().filter(c -> c == '\n').count() + 3;
                int after = text.indexOf('\n', close + 1);
                body = after < 0 ? "" : text.substring(after + 1);
                try {
                    Object loaded =
                            new Yaml(new SafeConstructor(new LoaderOptions()) {}).load(yaml);
                    if (loaded instanceof Map<?, ?> m) {
                        m.forEach((k, v) -> fm.put(String.valueOf(k), v));
                    }
                } catch (MarkedYAMLException e) {
                    int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 2;
                    diags.add(
                            Diagnostic.error(
                                    "yaml.syntax",
                                    String.valueOf(e.getProblem()),
                                    SourceRef.of(sourceName, line)));
                } catch (YAMLException e) {
                    diags.add(
                            Diagnostic.error(
                                    "yaml.syntax", e.getMessage(), SourceRef.of(sourceName, 1)));
                }
            }
        } else {
            diags.add(
                    Diagnostic.info(
                            "frontmatter.missing", "no front matter", SourceRef.file(sourceName)));
        }
        String title = fm.get("title") == null ? "" : String.valueOf(fm.get("title"));
        boolean published = !Boolean.FALSE.equals(fm.get("published"));
        String collection = folder;
        String id =
                (folder.isEmpty() ? "post" : folder.replaceAll("^_", "").replace('/', '-'))
                        + "/"
                        + stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        List<Event> events = new ArrayList<>();
        Object start = fm.get("event_start_date");
        if (start != null && !title.isEmpty()) {
            EventTime t = null;
            if (start instanceof java.util.Date d) {
                start = d.toInstant().atZone(zone).toOffsetDateTime().format(JEKYLL);
            } else if (start instanceof java.util.List<?> l && !l.isEmpty()) {
                start =
                        l.get(0) instanceof java.util.Date d
                                ? d.toInstant().atZone(zone).toOffsetDateTime().format(JEKYLL)
                                : l.get(0);
            }
            try {
                t = EventTime.of(OffsetDateTime.parse(String.valueOf(start).strip(), JEKYLL));
            } catch (RuntimeException e) {
                try {
                    t = EventTime.allDay(LocalDate.parse(String.valueOf(start).strip()));
                } catch (RuntimeException e2) {
                    diags.add(
                            Diagnostic.error(
                                    "date.unparseable",
                                    "cannot read " + start,
                                    SourceRef.of(sourceName, 2)));
                }
            }
            events.add(
                    Event.builder(id, EventKind.POST, title, SourceRef.of(sourceName, 1))
                            .start(t)
                            .build());
        }
        return new Post(
                SourceRef.file(sourceName),
                collection,
                stem,
                null,
                published,
                title,
                null,
                null,
                fm,
                body,
                bodyLine,
                events,
                diags);
    }

    public static final class Builder {
        private ZoneId zone;
        private SiteConfig site = SiteConfig.none();

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Builder site(SiteConfig site) {
            this.site = site;
            return this;
        }

        public PostParser build() {
            return new PostParser(this);
        }
    }
}
