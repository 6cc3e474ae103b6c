package dev.eventail.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic archive of event posts shaped like the numerique.gouv.fr agenda (Siteleaf
 * {@code _evenements}) and the design.numerique.gouv.fr articles (Hugo-like {@code
 * content/articles}), with a {@code _config.yml} and a {@code generated.tsv} listing what each post
 * holds. The same seed gives a byte-identical archive; post {@code i} depends only on the seed and
 * {@code i}, so a larger archive starts with the posts of a smaller one.
 *
 * <pre>
 * java -cp ... dev.eventail.bench.ArchiveGenerator --posts 20000 --seed 42 --out /tmp/archive
 * </pre>
 */
public final class ArchiveGenerator {

    /** The manifest written at the archive root, beside {@code _config.yml}. */
    public static final String MANIFEST = "generated.tsv";

    private ArchiveGenerator() {}

    /**
     * One generated post.
     *
     * @param path the path relative to the archive root, with {@code /} separators
     * @param content the whole file
     * @param convention {@code evenements} or {@code articles}
     * @param sessions how many dated sub-events the body announces
     * @param slots how many programme time slots the body lists
     */
    public record GeneratedPost(
            String path, String content, String convention, int sessions, int slots) {

        /** The file's size in UTF-8 bytes. */
        public int bytes() {
            return content.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /**
     * What {@link #write} wrote.
     *
     * @param posts the number of posts
     * @param bytes their total size in bytes (posts only)
     * @param sessions sub-events announced, all posts together
     * @param slots programme slots, all posts together
     */
    public record Summary(int posts, long bytes, long sessions, long slots) {}

    /** The post at {@code index} of the archive of {@code seed}. */
    public static GeneratedPost post(long seed, int index) {
        return PostComposer.compose(seed, index);
    }

    /** The first {@code count} posts of the archive of {@code seed}, in memory. */
    public static List<GeneratedPost> posts(long seed, int count) {
        List<GeneratedPost> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) posts.add(post(seed, i));
        return posts;
    }

    /** The site configuration written at the archive root. */
    public static String siteConfig() {
        return """
                ---
                title: Agenda synthétique
                timezone: Europe/Paris
                url: https://agenda.example.org
                language: fr
                markdown: kramdown
                collections:
                  evenements:
                    title: Evénements
                    output: true
                    permalink: "/agenda/:title/"
                  actualites:
                    title: Actualités
                    output: true
                    permalink: "/actualites/:title/"
                defaults:
                - scope:
                    path: ''
                    type: evenements
                  values:
                    layout: evenement
                    chapeau-text:\s
                    event_start_date:\s
                    event_end_date:\s
                    lieu:\s
                    adresse:\s
                    afficher_la_carte: true
                    champs_informations:
                    - intitule:\s
                      contenu:\s
                """;
    }

    /**
     * Writes {@code count} posts of {@code seed} under {@code root}, which must not exist or be
     * empty.
     */
    public static Summary write(Path root, int count, long seed) throws IOException {
        if (count < 0) throw new IllegalArgumentException("negative post count: " + count);
        if (Files.isDirectory(root)) {
            try (var entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("output folder is not empty: " + root);
                }
            }
        }
        Files.createDirectories(root);
        Files.writeString(root.resolve("_config.yml"), siteConfig(), StandardCharsets.UTF_8);
        StringBuilder manifest = new StringBuilder("path\tconvention\tbytes\tsessions\tslots\n");
        long bytes = 0;
        long sessions = 0;
        long slots = 0;
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GeneratedPost post = post(seed, i);
            byte[] content = post.content().getBytes(StandardCharsets.UTF_8);
            Path file = root.resolve(post.path());
            Path folder = file.getParent();
            if (!made.contains(folder)) {
                Files.createDirectories(folder);
                made.add(folder);
            }
            Files.write(file, content);
            bytes += content.length;
            sessions += post.sessions();
            slots += post.slots();
            manifest.append(post.path())
                    .append('\t')
                    .append(post.convention())
                    .append('\t')
                    .append(content.length)
                    .append('\t')
                    .append(post.sessions())
                    .append('\t')
                    .append(post.slots())
                    .append('\n');
        }
        Files.writeString(root.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        return new Summary(count, bytes, sessions, slots);
    }

    /** {@code --posts N --seed S --out DIR}. */
    public static void main(String[] args) {
        int posts = 1000;
        long seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--posts" -> posts = Integer.parseInt(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--out" -> out = Paths.get(value(args, ++i));
                case "-h", "--help" -> {
                    System.out.println(
                            "usage: ArchiveGenerator --posts N (default 1000) --seed S (default 42) --out DIR");
                    return;
                }
                default -> usage("unknown option " + args[i]);
            }
        }
        if (out == null) usage("--out DIR is required");
        try {
            long t0 = System.nanoTime();
            Summary s = write(out, posts, seed);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "wrote %d posts (%.1f MB, %d sessions, %d slots) to %s in %.1f s%n",
                    s.posts(),
                    s.bytes() / 1e6,
                    s.sessions(),
                    s.slots(),
                    out,
                    seconds);
        } catch (IOException e) {
            System.err.println("ArchiveGenerator: " + e.getMessage());
            System.exit(1);
        } catch (UncheckedIOException e) {
            System.err.println("ArchiveGenerator: " + e.getCause().getMessage());
            System.exit(1);
        }
    }

    static String value(String[] args, int i) {
        if (i >= args.length) usage("missing value after " + args[i - 1]);
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("ArchiveGenerator: " + problem);
        System.err.println("usage: ArchiveGenerator --posts N --seed S --out DIR");
        System.exit(2);
    }
}
