package dev.eventail.export;

import java.util.Objects;

/**
 * A file a run wrote, as a catalogue describes it.
 *
 * @param fileName the plain file name in the output folder
 * @param formatId the id of the exporter that wrote it
 * @param mediaType its IANA media type
 * @param size its length in bytes
 * @param sha256 its SHA-256 digest in lower-case hexadecimal
 */
public record WrittenFile(
        String fileName, String formatId, String mediaType, long size, String sha256) {

    public WrittenFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) throw new IllegalArgumentException("negative size " + size);
    }
}
