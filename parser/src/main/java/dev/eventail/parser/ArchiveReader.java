package dev.eventail.parser;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Post;
import dev.eventail.model.SourceRef;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Streams the posts of a folder: a Jekyll site root with a {@code _config.yml} (whose timezone, url
 * and permalinks then apply), or any folder of posts. Files are read in a deterministic order,
 * their relative paths sorted, whatever the file system's order.
 *
 * <p>Candidate posts are the files {@link PostFiles} accepts, in folders it does not skip ({@code
 * _drafts} is read with {@link #withDrafts()}). The file list is read once, when opened; the reader
 * is then thread-safe.
 *
 * <pre>{@code
 * ArchiveReader archive = ArchiveReader.open(Path.of("numerique.gouv.fr"));
 * try (Stream<Post> posts = archive.posts()) {
 *     posts.flatMap(p -> p.events().stream()).forEach(e -> System.out.println(e.title()));
 * }
 * }</pre>
 */
public final class ArchiveReader {

    private final Path root;
    private final PostParser parser;
    private final List<String> files;
    private final boolean drafts;

    private ArchiveReader(Path root, PostParser parser, List<String> files, boolean drafts) {
        this.root = root;
        this.parser = parser;
        this.files = List.copyOf(files);
        this.drafts = drafts;
    }

    /**
     * Opens a folder, reading its {@code _config.yml} if present; the parser is configured from it
     * (time zone, url, permalinks).
     *
     * @throws IOException when {@code root} is not a readable folder
     */
    public static ArchiveReader open(Path root) throws IOException {
        SiteConfig site = SiteConfig.read(root);
        return open(root, PostParser.builder().site(site).build());
    }

    /**
     * Opens a folder with a parser of the caller's; the parser's site is used as is.
     *
     * @throws IOException when {@code root} is not a readable folder
     */
    public static ArchiveReader open(Path root, PostParser parser) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        return new ArchiveReader(r, parser, list(r, false), false);
    }

    /**
     * A reader of the same folder that also reads {@code _drafts}.
     *
     * @throws IOException when the folder can no longer be listed
     */
    public ArchiveReader withDrafts() throws IOException {
        if (drafts) return this;
        return new ArchiveReader(root, parser, list(root, true), true);
    }

    /** The site configuration found at the root ({@link SiteConfig#none()} when there was none). */
    public SiteConfig site() {
        return parser.site();
    }

    /** The parser the posts are read with, configured from the site. */
    public PostParser parser() {
        return parser;
    }

    /** The candidate post files, relative to the root with {@code /} separators, sorted. */
    public List<String> files() {
        return files;
    }

    /**
     * Reads one file, given relative to the root; a file that cannot be read gives a post with an
     * error diagnostic ({@link DiagnosticCodes#FILE_UNREADABLE}) instead of an exception.
     */
    public Post read(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            return unreadable(relativePath, "the path leaves the archive folder");
        }
        try {
            return parser.parse(Files.readAllBytes(file), relativePath);
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return unreadable(relativePath, describe(e));
        }
    }

    /** The posts of {@link #files()}, read one by one in that order. */
    public Stream<Post> posts() {
        return files.stream().map(this::read);
    }

    private Post unreadable(String relativePath, String why) {
        Post empty = parser.parse("", relativePath);
        return new Post(
                empty.source(),
                empty.collection(),
                empty.slug(),
                empty.date(),
                empty.published(),
                empty.title(),
                null,
                empty.url(),
                Map.of(),
                "",
                1,
                List.of(),
                List.of(
                        Diagnostic.error(
                                DiagnosticCodes.FILE_UNREADABLE,
                                "the file could not be read: " + why,
                                SourceRef.file(relativePath.replace('\\', '/')))));
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) return "it does not exist";
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static List<String> list(Path root, boolean drafts) throws IOException {
        if (!Files.isDirectory(root)) throw new NotDirectoryException(root.toString());
        List<String> out = new ArrayList<>();
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(root)) return FileVisitResult.CONTINUE;
                        if (PostFiles.isSkippedFolder(dir.getFileName().toString(), drafts)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()
                                && PostFiles.isPostFileName(file.getFileName().toString())) {
                            out.add(root.relativize(file).toString().replace('\\', '/'));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // an unreadable entry is listed so that read() reports it
                        if (PostFiles.isPostFileName(file.getFileName().toString())) {
                            out.add(root.relativize(file).toString().replace('\\', '/'));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        Collections.sort(out);
        return out;
    }
}
