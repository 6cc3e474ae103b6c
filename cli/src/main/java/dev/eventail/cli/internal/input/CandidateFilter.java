package dev.eventail.cli.internal.input;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files of an input are posts: a known extension, no skipped folder on the way, and the
 * user's {@code --include}/{@code --exclude} globs. A glob without {@code /} matches the file name
 * anywhere ({@code *.html}); one with {@code /} matches the path from the input's root ({@code
 * _evenements/**}).
 */
public final class CandidateFilter {

    /** Extensions of post files. */
    public static final Set<String> EXTENSIONS = Set.of("md", "markdown", "html", "htm", "txt");

    /**
     * Folders that never hold posts: build output, version control, dependencies, and Jekyll's
     * layouts, includes, styles, data and plugins.
     */
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

    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final boolean drafts;

    private record Glob(PathMatcher matcher, boolean nameOnly) {
        boolean matches(String relativePath) {
            String subject =
                    nameOnly
                            ? relativePath.substring(relativePath.lastIndexOf('/') + 1)
                            : relativePath;
            return matcher.matches(Path.of(subject));
        }
    }

    public CandidateFilter(List<String> includes, List<String> excludes, boolean drafts) {
        this.includes = includes.stream().map(CandidateFilter::glob).toList();
        this.excludes = excludes.stream().map(CandidateFilter::glob).toList();
        this.drafts = drafts;
    }

    /** Every post file, drafts folder left out. */
    public static CandidateFilter all() {
        return new CandidateFilter(List.of(), List.of(), false);
    }

    private static Glob glob(String pattern) {
        String p = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        return new Glob(FileSystems.getDefault().getPathMatcher("glob:" + p), !p.contains("/"));
    }

    /** True for a folder whose content is never read ({@code _site}, {@code .git}, ...). */
    public boolean skipsFolder(String folderName) {
        if (folderName.startsWith(".")) return true;
        if (folderName.equals("_drafts")) return !drafts;
        return SKIPPED_FOLDERS.contains(folderName);
    }

    /** True when the file at this root-relative path is a post to read. */
    public boolean accepts(String relativePath) {
        String[] parts = relativePath.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (skipsFolder(parts[i])) return false;
        }
        String name = parts[parts.length - 1];
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!includes.isEmpty() && includes.stream().noneMatch(g -> g.matches(relativePath))) {
            return false;
        }
        return excludes.stream().noneMatch(g -> g.matches(relativePath));
    }

    /** True when {@code --drafts} asked for unpublished posts too. */
    public boolean drafts() {
        return drafts;
    }
}
