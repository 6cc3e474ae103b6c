package dev.eventail.export;

import java.io.IOException;
import java.io.OutputStream;

/** Opens the files an exporter writes beside its main file. */
@FunctionalInterface
public interface CompanionWriter {

    /**
     * Opens {@code fileName} (a plain name, no folder) for writing; the caller closes the stream.
     * The file appears under that name only once the whole run succeeds.
     */
    OutputStream open(String fileName) throws IOException;
}
