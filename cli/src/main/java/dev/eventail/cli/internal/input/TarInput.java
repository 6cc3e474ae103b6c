package dev.eventail.cli.internal.input;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.SiteConfig;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A {@code .tar.gz}, {@code .tgz} or {@code .tar}, streamed: a tar has no index and its entries
 * come in any order, so a first pass lists them, then each later pass keeps in memory the next
 * chunk of posts in name order (at most {@code chunkBytes}), so that the output order is the folder
 * run's and memory does not grow with the archive. A site of ordinary size is one chunk: two
 * passes.
 */
final class TarInput extends SiteInput {

    private final Path file;
    private final long maxFileBytes;
    private final long chunkBytes;
    private final String root;

    /** Post name relative to the root, to its size as the header says. */
    private final TreeMap<String, Long> posts = new TreeMap<>();

    TarInput(String label, Path file, CandidateFilter filter, long maxFileBytes, long chunkBytes)
            throws IOException {
        super(label);
        this.file = file;
        this.maxFileBytes = maxFileBytes;
        this.chunkBytes = chunkBytes;
        Map<String, Long> sizes = new TreeMap<>();
        Map<String, byte[]> configs = new HashMap<>();
        try (TarArchiveInputStream tar = open()) {
            TarArchiveEntry e;
            while ((e = nextEntry(tar)) != null) {
                if (e.isDirectory()) continue;
                String name = ArchiveLayout.safeName(e.getName());
                if (name == null) {
                    diagnostics.add(
                            Diagnostic.warning(
                                    "archive.unsafe-entry",
                                    "entry \""
                                            + e.getName()
                                            + "\" points outside the archive; skipped",
                                    SourceRef.file(e.getName())));
                    continue;
                }
                if (e.isSymbolicLink() || e.isLink() || !e.isFile()) {
                    diagnostics.add(
                            Diagnostic.warning(
                                    "archive.link-entry",
                                    "entry \"" + name + "\" is a link or a special file; skipped",
                                    SourceRef.file(name)));
                    continue;
                }
                if (sizes.putIfAbsent(name, e.getSize()) != null) {
                    diagnostics.add(
                            Diagnostic.warning(
                                    "archive.duplicate-entry",
                                    "entry \""
                                            + name
                                            + "\" appears more than once; the first is read",
                                    SourceRef.file(name)));
                    continue;
                }
                // only the shallowest of each is kept: a hostile archive full of config files
                // must not fill the memory
                for (String kind : new String[] {"_config.yml", Inputs.DATASET_FILE}) {
                    if (isNamed(name, kind) && shallowerThanKept(configs, kind, name)) {
                        configs.keySet().removeIf(k -> isNamed(k, kind));
                        configs.put(name, readEntry(tar, name));
                    }
                }
            }
        } catch (IOException e) {
            if (sizes.isEmpty()) throw e;
            diagnostics.add(
                    Diagnostic.error(
                            "archive.truncated",
                            "the archive ends early or is damaged ("
                                    + e.getMessage()
                                    + "); the entries before the damage are read",
                            SourceRef.file(file.getFileName().toString())));
        }
        this.root = ArchiveLayout.root(sizes.keySet());
        byte[] config = configs.get(root + "_config.yml");
        site =
                config == null
                        ? SiteConfig.none()
                        : SiteConfig.parse(
                                new String(config, StandardCharsets.UTF_8), "_config.yml");
        byte[] dataset = configs.get(root + Inputs.DATASET_FILE);
        datasetFile = dataset == null ? null : new String(dataset, StandardCharsets.UTF_8);
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            if (!e.getKey().startsWith(root)) continue;
            String relative = e.getKey().substring(root.length());
            if (filter.accepts(relative)) posts.put(relative, e.getValue());
        }
    }

    private static boolean isNamed(String path, String fileName) {
        return path.equals(fileName) || path.endsWith("/" + fileName);
    }

    private static boolean shallowerThanKept(Map<String, byte[]> kept, String kind, String name) {
        long depth = name.chars().filter(c -> c == '/').count();
        // same choice as ArchiveLayout.root: shallowest, then first by name
        return kept.keySet().stream()
                .filter(k -> isNamed(k, kind))
                .allMatch(
                        k -> {
                            long d = k.chars().filter(c -> c == '/').count();
                            return d > depth || (d == depth && k.compareTo(name) > 0);
                        });
    }

    private TarArchiveInputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz") || n.endsWith(".tgz")) {
            in = GzipCompressorInputStream.builder().setInputStream(in).get();
        }
        return new TarArchiveInputStream(in, StandardCharsets.UTF_8.name());
    }

    private static @Nullable TarArchiveEntry nextEntry(TarArchiveInputStream tar)
            throws IOException {
        return tar.getNextEntry();
    }

    private byte[] readEntry(TarArchiveInputStream tar, String name) throws IOException {
        return new SourceFile(name, () -> nonClosing(tar)).read(maxFileBytes);
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }

    @Override
    public int count() {
        return posts.size();
    }

    @Override
    public Iterator<SourceFile> files() {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        long bytes = 0;
        for (Map.Entry<String, Long> e : posts.entrySet()) {
            long size = Math.min(Math.max(e.getValue(), 0), maxFileBytes);
            if (!chunk.isEmpty() && bytes + size > chunkBytes) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                bytes = 0;
            }
            chunk.add(e.getKey());
            bytes += size;
        }
        if (!chunk.isEmpty()) chunks.add(chunk);
        return new ChunkIterator(chunks);
    }

    /** Gives a chunk's posts in order, reading the archive once more for each chunk. */
    private final class ChunkIterator implements Iterator<SourceFile> {
        private final Iterator<List<String>> chunks;
        private Iterator<SourceFile> current = java.util.Collections.emptyIterator();

        ChunkIterator(List<List<String>> chunks) {
            this.chunks = chunks.iterator();
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && chunks.hasNext()) current = load(chunks.next());
            return current.hasNext();
        }

        @Override
        public SourceFile next() {
            if (!hasNext()) throw new NoSuchElementException();
            return current.next();
        }

        private Iterator<SourceFile> load(List<String> names) {
            Map<String, byte[]> contents = new HashMap<>();
            Map<String, IOException> failures = new HashMap<>();
            java.util.Set<String> wanted = new java.util.HashSet<>(names);
            try (TarArchiveInputStream tar = open()) {
                TarArchiveEntry e;
                while (contents.size() + failures.size() < wanted.size()
                        && (e = nextEntry(tar)) != null) {
                    String name = ArchiveLayout.safeName(e.getName());
                    if (name == null || !name.startsWith(root) || !e.isFile()) continue;
                    String relative = name.substring(root.length());
                    if (!wanted.contains(relative)
                            || contents.containsKey(relative)
                            || failures.containsKey(relative)) continue;
                    try {
                        contents.put(relative, readEntry(tar, relative));
                    } catch (SourceFile.TooLargeException tooLarge) {
                        failures.put(relative, tooLarge);
                    }
                }
            } catch (IOException e) {
                for (String n : names) {
                    if (!contents.containsKey(n)) failures.putIfAbsent(n, e);
                }
            }
            List<SourceFile> files = new ArrayList<>(names.size());
            for (String n : names) {
                byte[] bytes = contents.remove(n);
                IOException failure = failures.get(n);
                files.add(
                        new SourceFile(
                                n,
                                () -> {
                                    if (bytes != null) return new ByteArrayInputStream(bytes);
                                    throw failure != null
                                            ? failure
                                            : new IOException("entry missing on second reading");
                                }));
            }
            return files.iterator();
        }
    }

    @Override
    public void close() {}
}
