package dev.eventail.cli.internal.convert;

import java.util.Locale;
import java.util.Map;

/** The media type of a companion file, from its extension (an exporter names only its main one). */
final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION =
            Map.of(
                    "csv", "text/csv",
                    "json", "application/json",
                    "jsonld", "application/ld+json",
                    "ttl", "text/turtle",
                    "nt", "application/n-triples",
                    "rdf", "application/rdf+xml",
                    "ics", "text/calendar",
                    "xml", "application/xml",
                    "txt", "text/plain");

    private MediaTypes() {}

    static String of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }
}
