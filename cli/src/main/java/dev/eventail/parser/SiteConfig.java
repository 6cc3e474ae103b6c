package dev.eventail.parser;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** TEMPORARY stand-in for helper A's SiteConfig (agreed signatures). Deleted on merge. */
public final class SiteConfig {
    private final ZoneId zone;
    private final String url;
    private final List<Diagnostic> diagnostics;

    private SiteConfig(ZoneId zone, String url, List<Diagnostic> diagnostics) {
        this.zone = zone;
        this.url = url;
        this.diagnostics = diagnostics;
    }

    public static SiteConfig none() {
        return new SiteConfig(null, null, List.of());
    }

    public static SiteConfig read(Path siteRoot) {
        Path f = siteRoot.resolve("_config.yml");
        if (!Files.isRegularFile(f)) return none();
        try {
            return parse(Files.readString(f, StandardCharsets.UTF_8), "_config.yml");
        } catch (IOException e) {
            return new SiteConfig(
                    null,
                    null,
                    List.of(
                            Diagnostic.error(
                                    "config.unreadable",
                                    e.toString(),
                                    SourceRef.file("_config.yml"))));
        }
    }

    public static SiteConfig parse(String configYml, String sourceName) {
        try {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(configYml);
            if (o instanceof Map<?, ?> m) {
                Object tz = m.get("timezone");
                Object url = m.get("url");
                return new SiteConfig(
                        tz == null ? null : ZoneId.of(tz.toString()),
                        url == null ? null : url.toString(),
                        List.of());
            }
            return none();
        } catch (RuntimeException e) {
            return new SiteConfig(
                    null,
                    null,
                    List.of(
                            Diagnostic.error(
                                    "yaml.syntax",
                                    String.valueOf(e.getMessage()),
                                    SourceRef.file(sourceName))));
        }
    }

    public Optional<ZoneId> timezone() {
        return Optional.ofNullable(zone);
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public Optional<String> publicUrl(String collection, String slug, LocalDate date) {
        return Optional.empty();
    }
}
