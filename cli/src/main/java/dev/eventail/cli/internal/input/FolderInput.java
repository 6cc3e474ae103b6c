package dev.eventail.cli.internal.input;

import dev.eventail.cli.internal.FileIo;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Set;

/**
 * A folder: a site root when it holds {@code _config.yml}, else any folder of posts. Symbolic links
 * to folders are not followed (no loops); links to files are read.
 */
final class FolderInput extends SiteInput {

    private final Path root;
    private final SortedNames names = new SortedNames();
    private final FileIo io;

    FolderInput(
            String label, Path root, CandidateFilter filter, Set<Path> excludedFolders, FileIo io)
            throws IOException {
        super(label);
        this.root = root;
        this.io = io;
        site = SiteConfig.read(root);
        Path yml = root.resolve(Inputs.DATASET_FILE);
        datasetFile =
                Files.isRegularFile(yml) ? Files.readString(yml, StandardCharsets.UTF_8) : null;
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(root)) return FileVisitResult.CONTINUE;
                        if (filter.skipsFolder(dir.getFileName().toString())
                                || excludedFolders.contains(dir.toAbsolutePath().normalize())) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isDirectory()) return FileVisitResult.CONTINUE;
                        String name = relative(file);
                        if (filter.accepts(name)) names.add(name);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String name = relative(file);
                        if (filter.accepts(name) || Files.isDirectory(file)) {
                            diagnostics.add(
                                    Diagnostic.error(
                                            "input.unreadable",
                                            "cannot read " + name + ": " + e.getMessage(),
                                            SourceRef.file(name)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        names.sort();
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    @Override
    public int count() {
        return names.size();
    }

    @Override
    public Iterator<SourceFile> files() {
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(names::get)
                .map(n -> new SourceFile(n, () -> io.newInputStream(root.resolve(n))))
                .iterator();
    }

    @Override
    public void close() {}
}
