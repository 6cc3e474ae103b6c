package dev.eventail.cli.internal.input;

import dev.eventail.cli.ExitStatus;
import dev.eventail.cli.internal.CliFailure;
import dev.eventail.cli.internal.FileIo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipException;

/** Opens what the user named: a folder, a post file, a zip or a tar archive. */
public final class Inputs {

    /** The optional dataset description at a site's root. */
    public static final String DATASET_FILE = "eventail.yml";

    /** Default largest post eventail reads: far above any real post, far below a bomb. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L << 20;

    /** Default memory a tar pass may hold for reordering its posts. */
    public static final long DEFAULT_TAR_CHUNK_BYTES = 64L << 20;

    private Inputs() {}

    /**
     * Opens {@code path}.
     *
     * @param excludedFolders absolute folders never read (the output folder)
     * @throws CliFailure with {@link ExitStatus#INPUT} when it is missing or unreadable
     */
    public static PostInput open(
            String label,
            Path path,
            CandidateFilter filter,
            Set<Path> excludedFolders,
            long maxFileBytes,
            long tarChunkBytes) {
        return open(label, path, filter, excludedFolders, maxFileBytes, tarChunkBytes, FileIo.REAL);
    }

    /**
     * As {@link #open(String, Path, CandidateFilter, Set, long, long)}, the posts of folders and
     * single files read through {@code io}.
     */
    public static PostInput open(
            String label,
            Path path,
            CandidateFilter filter,
            Set<Path> excludedFolders,
            long maxFileBytes,
            long tarChunkBytes,
            FileIo io) {
        if (!Files.exists(path)) {
            throw new CliFailure(ExitStatus.INPUT, "input not found: " + label);
        }
        if (!Files.isReadable(path)) {
            throw new CliFailure(ExitStatus.INPUT, "input not readable: " + label);
        }
        try {
            if (Files.isDirectory(path)) {
                return new FolderInput(label, path, filter, excludedFolders, io);
            }
            String name = path.getFileName().toString();
            if (ArchiveLayout.isArchiveName(name)) {
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                    return new ZipInput(label, path, filter, maxFileBytes);
                }
                return new TarInput(label, path, filter, maxFileBytes, tarChunkBytes);
            }
            return new SingleFileInput(label, path, io);
        } catch (ZipException e) {
            throw new CliFailure(
                    ExitStatus.INPUT,
                    "not a readable zip archive: " + label + " (" + e.getMessage() + ")",
                    e);
        } catch (java.io.EOFException e) {
            throw new CliFailure(
                    ExitStatus.INPUT, "cannot read " + label + ": the archive ends early", e);
        } catch (IOException e) {
            throw new CliFailure(
                    ExitStatus.INPUT, "cannot read " + label + ": " + e.getMessage(), e);
        }
    }
}
