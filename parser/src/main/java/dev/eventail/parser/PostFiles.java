package dev.eventail.parser;

import java.util.Locale;
import java.util.Set;

/**
 * Which files of a site are posts: the one rule that {@link ArchiveReader}, the command line and
 * the benchmarks all follow, so that a library user and a CLI run read the same files.
 *
 * <p>A post is a {@code .md}, {@code .markdown}, {@code .html}, {@code .htm} or {@code .txt} file,
 * not hidden, and not a repository's {@code README}, {@code LICENSE} or {@code CHANGELOG}. Hidden
 * folders ({@code .git}, {@code .jekyll-cache}), build output ({@code _site}, {@code public}),
 * dependencies ({@code node_modules}, {@code vendor}), Jekyll's templates, styles, data and plugins
 * and Hugo's {@code resources} are never read; {@code _drafts} only when drafts are asked for.
 *
 * <pre>{@code
 * PostFiles.isPostFileName("2021-03-21-evenement.md");   // true
 * PostFiles.isSkippedFolder("_drafts", false);           // true
 * }</pre>
 */
public final class PostFiles {

    /** Extensions of post files, lower case, without the dot. */
    public static final Set<String> EXTENSIONS = Set.of("md", "markdown", "html", "htm", "txt");

    /** Folders that never hold posts (besides hidden ones and {@link #DRAFTS}). */
    public static final Set<String> SKIPPED_FOLDERS =
            Set.of(
                    "_site",
                    "node_modules",
                    "vendor",
                    "_layouts",
                    "_includes",
                    "_sass",
                    "_data",
                    "_plugins",
                    "public",
                    "resources");

    /** Jekyll's folder of unpublished posts. */
    public static final String DRAFTS = "_drafts";

    private static final Set<String> REPOSITORY_FILES = Set.of("README", "LICENSE", "CHANGELOG");

    private PostFiles() {}

    /** True for a folder whose content is never read; {@code _drafts} is read only with drafts. */
    public static boolean isSkippedFolder(String folderName, boolean drafts) {
        if (folderName.startsWith(".")) return true;
        if (folderName.equals(DRAFTS)) return !drafts;
        return SKIPPED_FOLDERS.contains(folderName);
    }

    /** True for a file name (no folder) that can hold a post. */
    public static boolean isPostFileName(String fileName) {
        if (fileName.startsWith(".")) return false;
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) return false;
        if (REPOSITORY_FILES.contains(fileName.substring(0, dot).toUpperCase(Locale.ROOT))) {
            return false;
        }
        return EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
