package dev.eventail.export;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a published dataset says about itself: from CLI options and an optional {@code eventail.yml}
 * in the site root. Unset values are {@code null}; exporters fall back on their documented
 * defaults.
 *
 * @param title the dataset's title
 * @param description a paragraph describing it
 * @param publisher the organisation that publishes it
 * @param licence the licence IRI; {@link #LICENCE_OUVERTE_2} by default
 * @param keywords keywords for a catalogue
 */
public record DatasetMetadata(
        @Nullable String title,
        @Nullable String description,
        @Nullable String publisher,
        String licence,
        List<String> keywords) {

    /** Etalab's Licence Ouverte 2.0, the default licence of French public data. */
    public static final String LICENCE_OUVERTE_2 =
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    public DatasetMetadata {
        keywords = List.copyOf(keywords);
    }

    /** No title, description nor publisher; Licence Ouverte 2.0. */
    public static DatasetMetadata defaults() {
        return new DatasetMetadata(null, null, null, LICENCE_OUVERTE_2, List.of());
    }

    public DatasetMetadata withTitle(@Nullable String v) {
        return new DatasetMetadata(v, description, publisher, licence, keywords);
    }

    public DatasetMetadata withDescription(@Nullable String v) {
        return new DatasetMetadata(title, v, publisher, licence, keywords);
    }

    public DatasetMetadata withPublisher(@Nullable String v) {
        return new DatasetMetadata(title, description, v, licence, keywords);
    }

    public DatasetMetadata withLicence(String v) {
        return new DatasetMetadata(title, description, publisher, v, keywords);
    }

    public DatasetMetadata withKeywords(List<String> v) {
        return new DatasetMetadata(title, description, publisher, licence, v);
    }
}
