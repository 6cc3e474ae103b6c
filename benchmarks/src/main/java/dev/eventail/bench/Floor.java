package dev.eventail.bench;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.eventail.parser.PostFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The parsing floor: what any faithful converter must pay for an archive, measured with the same
 * files and threads as a conversion. Each file is read, its front matter loaded with SnakeYAML and
 * its body parsed by flexmark in the kramdown profile (with attribute lists, as the body walk
 * configures it); nothing else. A conversion's throughput divided by this one is the ratio the
 * benchmark reports, which holds on a busy machine because both are measured in the same run.
 *
 * <pre>
 * java -cp ... dev.eventail.bench.Floor --dir ARCHIVE [--threads N] [--passes P]
 * </pre>
 *
 * <p>The last line printed is machine-readable ({@code FLOOR key=value ...}) for {@link WholeRun}.
 */
public final class Floor {

    /** Folders a site generator never publishes, skipped as the archive reader skips them. */
    private Floor() {}

    /**
     * One measurement.
     *
     * @param files files processed
     * @param bytes their total size
     * @param threads threads used
     * @param wallNanos elapsed time, from the first read to the last parse
     * @param readNanos time spent reading and decoding, all threads together
     * @param yamlNanos time spent in SnakeYAML, all threads together
     * @param markdownNanos time spent in flexmark, all threads together
     * @param yamlFailures front matters SnakeYAML refused
     * @param nodes top-level Markdown nodes seen, so that no work can be optimised away
     */
    public record Result(
            int files,
            long bytes,
            int threads,
            long wallNanos,
            long readNanos,
            long yamlNanos,
            long markdownNanos,
            int yamlFailures,
            long nodes) {

        public double seconds() {
            return wallNanos / 1e9;
        }

        public double postsPerSecond() {
            return files / seconds();
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds();
        }

        /** MB/s of one core for a stage, from the time all threads spent in it. */
        static double perCore(long bytes, long nanos) {
            return nanos == 0 ? 0 : bytes / 1e6 / (nanos / 1e9);
        }

        /** The machine-readable line {@link WholeRun} reads. */
        public String line() {
            return String.format(
                    Locale.ROOT,
                    "FLOOR files=%d bytes=%d threads=%d wallNanos=%d readNanos=%d yamlNanos=%d"
                            + " markdownNanos=%d yamlFailures=%d nodes=%d",
                    files,
                    bytes,
                    threads,
                    wallNanos,
                    readNanos,
                    yamlNanos,
                    markdownNanos,
                    yamlFailures,
                    nodes);
        }

        /** One sentence for a person. */
        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d files, %.1f MB in %.2f s with %d threads: %.0f posts/s, %.1f MB/s"
                            + " (per core: read %.0f MB/s, YAML %.0f MB/s, flexmark %.1f MB/s)",
                    files,
                    bytes / 1e6,
                    seconds(),
                    threads,
                    postsPerSecond(),
                    megabytesPerSecond(),
                    perCore(bytes, readNanos),
                    perCore(bytes, yamlNanos),
                    perCore(bytes, markdownNanos));
        }
    }

    /**
     * The candidate post files under {@code root}, sorted by relative path: those {@link PostFiles}
     * accepts, drafts included, as the whole run converts with {@code --drafts}.
     */
    public static List<Path> postFiles(Path root) throws IOException {
        List<String> relative = new ArrayList<>();
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path name = dir.getFileName();
                        return !dir.equals(root)
                                        && name != null
                                        && PostFiles.isSkippedFolder(name.toString(), true)
                                ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()
                                && PostFiles.isPostFileName(file.getFileName().toString())) {
                            relative.add(root.relativize(file).toString().replace('\\', '/'));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        relative.sort(null);
        List<Path> files = new ArrayList<>(relative.size());
        for (String r : relative) files.add(root.resolve(r));
        return files;
    }

    /**
     * The flexmark parser eventail's body walk starts from: the kramdown emulation profile, with
     * kramdown's attribute lists ({@code {:target="_blank"}}) understood.
     */
    public static Parser kramdownParser() {
        MutableDataSet options = new MutableDataSet();
        options.setFrom(ParserEmulationProfile.KRAMDOWN);
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create()));
        return Parser.builder(options).build();
    }

    /** A SnakeYAML loader building only plain Java types. */
    public static Yaml safeYaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** Front matter and body of a post; the front matter is empty when the file has none. */
    public record Split(String frontMatter, String body) {}

    public static Split split(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (!text.startsWith("---", start)) return new Split("", text);
        int firstLineEnd = text.indexOf('\n', start);
        if (firstLineEnd < 0 || !text.substring(start + 3, firstLineEnd).isBlank()) {
            return new Split("", text);
        }
        int lineStart = firstLineEnd + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.equals("---") || line.equals("...")) {
                return new Split(
                        text.substring(firstLineEnd + 1, lineStart),
                        lineEnd >= text.length() ? "" : text.substring(lineEnd + 1));
            }
            lineStart = lineEnd + 1;
        }
        return new Split("", text);
    }

    /** Reads, loads and parses every file of {@code files} with {@code threads} threads. */
    public static Result measure(List<Path> files, int threads) throws InterruptedException {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        AtomicInteger next = new AtomicInteger();
        Worker[] workers = new Worker[threads];
        Thread[] running = new Thread[threads];
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker(files, next);
            running[i] = new Thread(workers[i], "floor-" + i);
            running[i].start();
        }
        for (Thread t : running) t.join();
        long wall = System.nanoTime() - t0;
        long bytes = 0;
        long read = 0;
        long yaml = 0;
        long markdown = 0;
        long nodes = 0;
        int failures = 0;
        for (Worker w : workers) {
            if (w.failure != null) throw new IllegalStateException(w.failure);
            bytes += w.bytes;
            read += w.readNanos;
            yaml += w.yamlNanos;
            markdown += w.markdownNanos;
            nodes += w.nodes;
            failures += w.yamlFailures;
        }
        return new Result(
                files.size(), bytes, threads, wall, read, yaml, markdown, failures, nodes);
    }

    private static final class Worker implements Runnable {
        private final List<Path> files;
        private final AtomicInteger next;
        private final Yaml yaml = safeYaml();
        private final Parser parser = kramdownParser();
        long bytes;
        long readNanos;
        long yamlNanos;
        long markdownNanos;
        long nodes;
        int yamlFailures;
        Exception failure;

        Worker(List<Path> files, AtomicInteger next) {
            this.files = files;
            this.next = next;
        }

        @Override
        public void run() {
            try {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    byte[] content = Files.readAllBytes(files.get(i));
                    String text = new String(content, StandardCharsets.UTF_8);
                    Split split = split(text);
                    long t1 = System.nanoTime();
                    try {
                        Object loaded = yaml.load(split.frontMatter());
                        if (loaded != null) nodes++;
                    } catch (RuntimeException e) {
                        yamlFailures++;
                    }
                    long t2 = System.nanoTime();
                    Document document = parser.parse(split.body());
                    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) nodes++;
                    long t3 = System.nanoTime();
                    bytes += content.length;
                    readNanos += t1 - t0;
                    yamlNanos += t2 - t1;
                    markdownNanos += t3 - t2;
                }
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
        }
    }

    /**
     * {@code --dir DIR [--threads N] [--passes P]}: prints each pass, the last one
     * machine-readable.
     */
    public static void main(String[] args) throws Exception {
        Path dir = null;
        int threads = Runtime.getRuntime().availableProcessors();
        int passes = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Paths.get(ArchiveGenerator.value(args, ++i));
                case "--threads" -> threads = Integer.parseInt(ArchiveGenerator.value(args, ++i));
                case "--passes" -> passes = Integer.parseInt(ArchiveGenerator.value(args, ++i));
                default -> {
                    System.err.println("Floor: unknown option " + args[i]);
                    System.err.println("usage: Floor --dir DIR [--threads N] [--passes P]");
                    System.exit(2);
                }
            }
        }
        if (dir == null) {
            System.err.println("usage: Floor --dir DIR [--threads N] [--passes P]");
            System.exit(2);
        }
        List<Path> files = postFiles(dir);
        Result last = null;
        for (int p = 1; p <= passes; p++) {
            last = measure(files, threads);
            System.out.println("pass " + p + ": " + last.describe());
        }
        System.out.println(last.line());
    }
}
