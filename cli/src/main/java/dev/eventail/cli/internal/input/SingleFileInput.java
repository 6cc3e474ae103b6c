package dev.eventail.cli.internal.input;

import dev.eventail.cli.internal.FileIo;
import dev.eventail.parser.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One post file named on the command line. When a folder above it holds {@code _config.yml}, that
 * is its site root, so that its name, collection and ids are those a whole-site run gives.
 */
final class SingleFileInput extends SiteInput {

    private final Path file;
    private final String name;
    private final FileIo io;

    SingleFileInput(String label, Path file, FileIo io) {
        super(label);
        this.file = file;
        this.io = io;
        Path abs = file.toAbsolutePath().normalize();
        Path siteRoot = siteRootOf(abs);
        site = siteRoot == null ? SiteConfig.none() : SiteConfig.read(siteRoot);
        this.name =
                siteRoot == null
                        ? abs.getFileName().toString()
                        : siteRoot.relativize(abs).toString().replace('\\', '/');
    }

    /** The nearest folder above {@code file} with a {@code _config.yml}, not past a repository. */
    static @Nullable Path siteRootOf(Path file) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("_config.yml"))) return p;
            if (Files.exists(p.resolve(".git"))) return null;
        }
        return null;
    }

    /** The name the file is parsed under: relative to its site root, or its own name. */
    String sourceName() {
        return name;
    }

    @Override
    public int count() {
        return 1;
    }

    @Override
    public Iterator<SourceFile> files() {
        return List.of(new SourceFile(name, () -> io.newInputStream(file))).iterator();
    }

    @Override
    public void close() {}
}
