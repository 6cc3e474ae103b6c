package dev.eventail.cli.internal.input;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.SiteConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.jspecify.annotations.Nullable;

/**
 * A {@code .zip} read in place through {@link ZipFile}'s central directory: entries are read on
 * demand, from any thread, in name order; nothing is unpacked to disk.
 */
final class ZipInput extends SiteInput {

    private final ZipFile zip;
    private final TreeMap<String, ZipEntry> posts = new TreeMap<>();

    ZipInput(String label, Path file, CandidateFilter filter, long maxFileBytes)
            throws IOException {
        super(label);
        this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        Set<String> notFiles = linksAndSpecialFiles(file);
        Map<String, ZipEntry> files = new TreeMap<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.isDirectory()) continue;
            String name = ArchiveLayout.safeName(e.getName());
            if (notFiles.contains(e.getName())) {
                // read as a file, a link entry would give its target path as the post's text
                diagnostics.add(
                        Diagnostic.warning(
                                "archive.link-entry",
                                "entry \""
                                        + e.getName()
                                        + "\" is a link or a special file; skipped",
                                SourceRef.file(name == null ? e.getName() : name)));
            } else if (name == null) {
                diagnostics.add(
                        Diagnostic.warning(
                                "archive.unsafe-entry",
                                "entry \"" + e.getName() + "\" points outside the archive; skipped",
                                SourceRef.file(e.getName())));
            } else if (files.putIfAbsent(name, e) != null) {
                diagnostics.add(
                        Diagnostic.warning(
                                "archive.duplicate-entry",
                                "entry \"" + name + "\" appears more than once; the first is read",
                                SourceRef.file(name)));
            }
        }
        String root = ArchiveLayout.root(files.keySet());
        String config = text(files.get(root + "_config.yml"), maxFileBytes);
        site = config == null ? SiteConfig.none() : SiteConfig.parse(config, "_config.yml");
        datasetFile = text(files.get(root + Inputs.DATASET_FILE), maxFileBytes);
        long total = 0;
        long maxTotal = MAX_TOTAL_FILES * maxFileBytes;
        for (Map.Entry<String, ZipEntry> e : files.entrySet()) {
            if (!e.getKey().startsWith(root)) continue;
            String relative = e.getKey().substring(root.length());
            if (!filter.accepts(relative)) continue;
            ZipEntry entry = e.getValue();
            long size =
                    entry.getSize() < 0 ? maxFileBytes : Math.min(entry.getSize(), maxFileBytes);
            long packed = entry.getCompressedSize();
            if (size > MIN_BOMB_BYTES && packed > 0 && size / packed > MAX_RATIO) {
                diagnostics.add(
                        Diagnostic.error(
                                "archive.bomb",
                                "entry \""
                                        + relative
                                        + "\" unpacks "
                                        + packed
                                        + " bytes into "
                                        + entry.getSize()
                                        + ", more than "
                                        + MAX_RATIO
                                        + " times: a zip bomb; not read",
                                SourceRef.file(relative)));
                continue;
            }
            total += size;
            if (total > maxTotal) {
                diagnostics.add(
                        Diagnostic.error(
                                "archive.too-large",
                                "the archive unpacks to more than "
                                        + maxTotal
                                        + " bytes (64 x --max-file-size); entries from \""
                                        + relative
                                        + "\" on are not read",
                                SourceRef.file(relative)));
                break;
            }
            posts.put(relative, entry);
        }
    }

    /**
     * The entries whose Unix mode (the high 16 bits of the central directory's external attributes,
     * when the entry was made on Unix) is neither a regular file nor a folder: symbolic links
     * ({@code S_IFLNK}), devices, pipes. {@link ZipFile} does not expose the mode.
     */
    static Set<String> linksAndSpecialFiles(Path file) throws IOException {
        Set<String> found = new HashSet<>();
        try (org.apache.commons.compress.archivers.zip.ZipFile z =
                org.apache.commons.compress.archivers.zip.ZipFile.builder()
                        .setPath(file)
                        .setCharset(StandardCharsets.UTF_8)
                        .get()) {
            Enumeration<ZipArchiveEntry> all = z.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                int type = e.getUnixMode() & UnixStat.FILE_TYPE_FLAG;
                if (type != 0 && type != UnixStat.FILE_FLAG && type != UnixStat.DIR_FLAG) {
                    found.add(e.getName());
                }
            }
        }
        return found;
    }

    /** Text compresses 3 to 10 times; deflate at most about 1,030 times (a run of zeros). */
    static final long MAX_RATIO = 200;

    /** Small entries may compress well without harm; the ratio only matters above this size. */
    static final long MIN_BOMB_BYTES = 1L << 20;

    /** The archive's whole unpacked size, in files of the largest size allowed. */
    static final long MAX_TOTAL_FILES = 64;

    private @Nullable String text(@Nullable ZipEntry entry, long limit) throws IOException {
        if (entry == null) return null;
        byte[] bytes = new SourceFile(entry.getName(), () -> zip.getInputStream(entry)).read(limit);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int count() {
        return posts.size();
    }

    @Override
    public Iterator<SourceFile> files() {
        return posts.entrySet().stream()
                .map(
                        e -> {
                            ZipEntry entry = e.getValue();
                            SourceFile.Opener opener = () -> open(entry);
                            return new SourceFile(e.getKey(), opener);
                        })
                .iterator();
    }

    private InputStream open(ZipEntry entry) throws IOException {
        InputStream in = zip.getInputStream(entry);
        if (in == null) throw new IOException("entry vanished: " + entry.getName());
        return in;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
