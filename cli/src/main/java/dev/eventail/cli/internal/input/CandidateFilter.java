package dev.eventail.cli.internal.input;

import dev.eventail.parser.PostFiles;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which files of an input are posts: what {@link PostFiles} accepts, no skipped folder on the way,
 * and the user's {@code --include}/{@code --exclude} globs. A glob without {@code /} matches the
 * file name anywhere ({@code *.html}); one with {@code /} matches the path from the input's root
 * ({@code _evenements/**}).
 */
public final class CandidateFilter {

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
        return PostFiles.isSkippedFolder(folderName, drafts);
    }

    /** True when the file at this root-relative path is a post to read. */
    public boolean accepts(String relativePath) {
        String[] parts = relativePath.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (skipsFolder(parts[i])) return false;
        }
        if (!PostFiles.isPostFileName(parts[parts.length - 1])) return false;
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
