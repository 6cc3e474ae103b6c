package dev.eventail.cli.internal.input;

import dev.eventail.model.Diagnostic;
import dev.eventail.parser.SiteConfig;
import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One input of a run (a folder, a single file, a zip or tar archive) seen the same way: its site
 * configuration, its optional {@code eventail.yml}, and its post files in a deterministic order
 * (sorted by path from the site root).
 */
public interface PostInput extends Closeable {

    /** The input as the user named it. */
    String label();

    /** The {@code _config.yml} at the input's root, or {@link SiteConfig#none()}. */
    SiteConfig site();

    /** The text of {@code eventail.yml} at the input's root, or null. */
    @Nullable String datasetFile();

    /** Problems with the input itself (an unsafe archive entry, a duplicate name). */
    List<Diagnostic> diagnostics();

    /** How many post files {@link #files()} gives. */
    int count();

    /** The post files, sorted by name; may read the archive lazily, once. */
    Iterator<SourceFile> files();
}
