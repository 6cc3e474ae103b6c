package dev.eventail.cli.internal.convert;

import dev.eventail.export.DatasetMetadata;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code eventail.yml}, the optional description of the dataset at a site's root:
 *
 * <pre>{@code
 * title: Agenda de numerique.gouv.fr
 * description: Les événements annoncés par la DINUM depuis 2018.
 * publisher: DINUM
 * licence: https://www.etalab.gouv.fr/licence-ouverte-open-licence/
 * keywords: [numérique, innovation publique]
 * base-uri: https://data.example.org/agenda/
 * }</pre>
 *
 * Loaded with SnakeYAML's safe constructor (plain types only, bounded aliases); a bad file gives
 * diagnostics and the defaults, never a failure.
 */
final class DatasetFile {

    static final String NAME = "eventail.yml";

    private DatasetFile() {}

    /** What the file says on top of {@code base}; unknown keys are reported, not fatal. */
    static Result read(String text, DatasetMetadata base) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Consumer<String> warn =
                m ->
                        diagnostics.add(
                                Diagnostic.warning("dataset.invalid", m, SourceRef.file(NAME)));
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(1 << 20);
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            diagnostics.add(
                    Diagnostic.error(
                            "yaml.syntax",
                            NAME + " is not valid YAML: " + e.getProblem(),
                            SourceRef.of(NAME, line)));
            return new Result(base, null, diagnostics);
        } catch (YAMLException e) {
            diagnostics.add(
                    Diagnostic.error(
                            "yaml.syntax",
                            NAME + " is not valid YAML: " + e.getMessage(),
                            SourceRef.file(NAME)));
            return new Result(base, null, diagnostics);
        }
        if (loaded == null) return new Result(base, null, diagnostics);
        if (!(loaded instanceof Map<?, ?> map)) {
            warn.accept(NAME + " should be a mapping of keys (title, description, ...)");
            return new Result(base, null, diagnostics);
        }
        DatasetMetadata d = base;
        String baseUri = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object v = e.getValue();
            switch (key) {
                case "title" -> d = d.withTitle(text(v));
                case "description" -> d = d.withDescription(text(v));
                case "publisher" -> d = d.withPublisher(text(v));
                case "licence", "license" -> {
                    String l = text(v);
                    if (l != null) d = d.withLicence(l);
                }
                case "keywords" -> {
                    if (v instanceof List<?> list) {
                        d =
                                d.withKeywords(
                                        list.stream()
                                                .map(String::valueOf)
                                                .map(String::strip)
                                                .toList());
                    } else if (v != null) {
                        d = d.withKeywords(List.of(String.valueOf(v).strip()));
                    }
                }
                case "base-uri", "base_uri" -> baseUri = text(v);
                default -> warn.accept("unknown key \"" + key + "\" in " + NAME + "; ignored");
            }
        }
        return new Result(d, baseUri, diagnostics);
    }

    private static @Nullable String text(@Nullable Object v) {
        if (v == null) return null;
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    /** The metadata, the base URI the file asks for (or null), and what was wrong. */
    record Result(
            DatasetMetadata dataset, @Nullable String baseUri, List<Diagnostic> diagnostics) {}
}
