package dev.eventail.cli.internal.convert;

import dev.eventail.cli.internal.FailOn;
import dev.eventail.cli.internal.LimitOptions;
import dev.eventail.cli.internal.input.CandidateFilter;
import dev.eventail.export.DatasetMetadata;
import dev.eventail.export.Exporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a conversion needs, checked: what the command line said, with the exporters already
 * chosen.
 *
 * @param datasetOverrides values given on the command line, applied over {@code eventail.yml}
 */
record ConvertSettings(
        List<String> inputs,
        Path out,
        List<Exporter> exporters,
        @Nullable String baseUri,
        @Nullable ZoneId zone,
        CandidateFilter filter,
        @Nullable LocalDate since,
        @Nullable LocalDate until,
        int threads,
        FailOn failOn,
        int verbosity,
        DatasetOverrides datasetOverrides,
        Map<String, String> exporterOptions,
        @Nullable String generatedAt,
        long tarChunkBytes,
        LimitOptions.Limits limits) {

    ConvertSettings {
        inputs = List.copyOf(inputs);
        exporters = List.copyOf(exporters);
        exporterOptions = Map.copyOf(exporterOptions);
    }

    /** The largest file read ({@code --max-file-size}). */
    long maxFileBytes() {
        return limits.maxFileBytes();
    }

    /** The dataset options given on the command line; null where not given. */
    record DatasetOverrides(
            @Nullable String title,
            @Nullable String description,
            @Nullable String publisher,
            @Nullable String licence,
            @Nullable List<String> keywords) {

        DatasetMetadata applyTo(DatasetMetadata d) {
            if (title != null) d = d.withTitle(title);
            if (description != null) d = d.withDescription(description);
            if (publisher != null) d = d.withPublisher(publisher);
            if (licence != null) d = d.withLicence(licence);
            if (keywords != null && !keywords.isEmpty()) d = d.withKeywords(keywords);
            return d;
        }
    }
}
