package dev.eventail.export;

import dev.eventail.model.Diagnostic;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Everything an exporter needs to know about a run besides its events. Immutable: every {@code
 * withXxx} returns a copy.
 *
 * <p>Defaults: base URI {@link #DEFAULT_BASE_URI}, zone {@code Europe/Paris}, {@link
 * DatasetMetadata#defaults()}, diagnostics discarded, no options, no written files.
 */
public final class ExportContext {

    /** The base under which event IRIs are minted when none is given. */
    public static final String DEFAULT_BASE_URI = "https://example.org/eventail/";

    private static final ExportContext DEFAULTS =
            new ExportContext(
                    DEFAULT_BASE_URI,
                    ZoneId.of("Europe/Paris"),
                    DatasetMetadata.defaults(),
                    d -> {},
                    Map.of(),
                    List.of(),
                    null);

    private final String baseUri;
    private final ZoneId zone;
    private final DatasetMetadata dataset;
    private final Consumer<Diagnostic> diagnostics;
    private final Map<String, String> options;
    private final List<WrittenFile> writtenFiles;
    private final @Nullable String generatedAt;

    private ExportContext(
            String baseUri,
            ZoneId zone,
            DatasetMetadata dataset,
            Consumer<Diagnostic> diagnostics,
            Map<String, String> options,
            List<WrittenFile> writtenFiles,
            @Nullable String generatedAt) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        if (!baseUri.endsWith("/") && !baseUri.endsWith("#")) {
            throw new IllegalArgumentException("base URI must end with / or #: " + baseUri);
        }
        this.zone = Objects.requireNonNull(zone, "zone");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.options = Map.copyOf(options);
        this.writtenFiles = List.copyOf(writtenFiles);
        this.generatedAt = generatedAt;
    }

    /** The default context. */
    public static ExportContext defaults() {
        return DEFAULTS;
    }

    /** The base IRI, ending with {@code /} or {@code #}; an event's IRI is base + its id. */
    public String baseUri() {
        return baseUri;
    }

    /** The IRI of an event id under {@link #baseUri()}. */
    public String iri(String eventId) {
        return baseUri + eventId;
    }

    public ZoneId zone() {
        return zone;
    }

    public DatasetMetadata dataset() {
        return dataset;
    }

    /** Where an exporter reports what it could not say (a Google-required property missing). */
    public Consumer<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Exporter-specific options, keys prefixed with the format id ({@code csv.spreadsheet-safe}),
     * in key order.
     */
    public Map<String, String> options() {
        return new TreeMap<>(options);
    }

    /** An option's value, or {@code fallback}. */
    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    /**
     * The files written before this one, for a format that {@link Exporter#describesOtherFiles()}.
     */
    public List<WrittenFile> writtenFiles() {
        return writtenFiles;
    }

    /**
     * The ISO 8601 date-time the run stands for, or {@code null}: exporters that must date their
     * output use it so that the same input gives the same bytes; without it they use no clock.
     */
    public @Nullable String generatedAt() {
        return generatedAt;
    }

    public ExportContext withBaseUri(String v) {
        return new ExportContext(v, zone, dataset, diagnostics, options, writtenFiles, generatedAt);
    }

    public ExportContext withZone(ZoneId v) {
        return new ExportContext(
                baseUri, v, dataset, diagnostics, options, writtenFiles, generatedAt);
    }

    public ExportContext withDataset(DatasetMetadata v) {
        return new ExportContext(baseUri, zone, v, diagnostics, options, writtenFiles, generatedAt);
    }

    public ExportContext withDiagnostics(Consumer<Diagnostic> v) {
        return new ExportContext(baseUri, zone, dataset, v, options, writtenFiles, generatedAt);
    }

    public ExportContext withOptions(Map<String, String> v) {
        return new ExportContext(baseUri, zone, dataset, diagnostics, v, writtenFiles, generatedAt);
    }

    public ExportContext withWrittenFiles(List<WrittenFile> v) {
        return new ExportContext(baseUri, zone, dataset, diagnostics, options, v, generatedAt);
    }

    public ExportContext withGeneratedAt(@Nullable String v) {
        return new ExportContext(baseUri, zone, dataset, diagnostics, options, writtenFiles, v);
    }
}
