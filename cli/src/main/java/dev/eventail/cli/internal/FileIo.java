package dev.eventail.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the commands open the posts they read and the outputs they write: the file system, or in
 * tests one that fails on cue (a disk that fills up, a file that cannot be read: tests run as root,
 * where permissions do not hold).
 */
public interface FileIo {

    /** The file system itself. */
    FileIo REAL =
            new FileIo() {
                @Override
                public InputStream newInputStream(Path file) throws IOException {
                    return Files.newInputStream(file);
                }

                @Override
                public OutputStream newOutputStream(Path file) throws IOException {
                    return Files.newOutputStream(file);
                }
            };

    /** Opens a post file for reading. */
    InputStream newInputStream(Path file) throws IOException;

    /** Creates or truncates an output file for writing. */
    OutputStream newOutputStream(Path file) throws IOException;
}
