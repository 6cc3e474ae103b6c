package dev.eventail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventail.export.Exporter;
import dev.eventail.export.ExporterRegistry;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The whole-run benchmark: generates an archive once into a cache folder, then, in the same run and
 * on the same files, measures the parsing floor ({@link Floor}) and {@code eventail convert} to
 * every format and to each format alone, each in its own JVM, and prints a Markdown report:
 * posts/s, MB/s, cores busy, peak resident memory, the ratio to the floor, and the start-up times.
 *
 * <pre>
 * benchmarks/run.sh whole [--posts 20000[,200000]] [--seed 42] [--threads N] [--repeat 1]
 *     [--formats csv,jsonld] [--no-singles] [--jvm-opts "-Xmx256m"] [--launcher ./eventail]
 *     [--main-class dev.eventail.cli.Main] [--cache DIR] [--report FILE]
 * </pre>
 */
public final class WholeRun {

    /**
     * What {@code convert} is called with; {@code {in}}, {@code {out}}, {@code {threads}}. Drafts
     * are included so that the conversion reads every file the floor reads.
     */
    static final String DEFAULT_CONVERT_ARGS =
            "convert {in} --out {out} --threads {threads} --drafts --quiet --fail-on never";

    /** The option that restricts a conversion to one format; {@code {format}}. */
    static final String DEFAULT_FORMAT_ARGS = "--to {format}";

    private static final List<String> MAIN_CLASS_GUESSES =
            List.of(
                    "dev.eventail.cli.Main",
                    "dev.eventail.cli.Eventail",
                    "dev.eventail.cli.EventailCli",
                    "dev.eventail.cli.EventailCommand");

    private List<Integer> sizes = List.of(20_000);

    /** The size being measured. */
    private int posts;

    private long seed = 42;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int repeat = 1;
    private List<String> formats = List.of();
    private boolean singles = true;
    private boolean startup = true;
    private List<String> jvmOpts = List.of();
    private List<String> launcher = List.of();
    private String mainClass = "";
    private String convertArgs = DEFAULT_CONVERT_ARGS;
    private String formatArgs = DEFAULT_FORMAT_ARGS;
    private Path cache = defaultCache();
    private Path report = null;
    private boolean profile = false;

    private WholeRun() {}

    public static void main(String[] args) throws Exception {
        WholeRun run = new WholeRun();
        run.parse(args);
        String markdown = run.run();
        System.out.println();
        System.out.println(markdown);
    }

    private static Path defaultCache() {
        Path here = Paths.get("benchmarks");
        return (Files.isDirectory(here) ? here : Paths.get("."))
                .resolve("target")
                .resolve("bench-cache")
                .toAbsolutePath();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--posts" -> {
                    List<Integer> list = new ArrayList<>();
                    for (String n : ArchiveGenerator.value(args, ++i).split(",")) {
                        list.add(Integer.parseInt(n.strip()));
                    }
                    sizes = List.copyOf(list);
                }
                case "--seed" -> seed = Long.parseLong(ArchiveGenerator.value(args, ++i));
                case "--threads" -> threads = Integer.parseInt(ArchiveGenerator.value(args, ++i));
                case "--repeat" -> repeat = Integer.parseInt(ArchiveGenerator.value(args, ++i));
                case "--formats" ->
                        formats = Arrays.asList(ArchiveGenerator.value(args, ++i).split(","));
                case "--no-singles" -> singles = false;
                case "--no-startup" -> startup = false;
                case "--jvm-opts" -> jvmOpts = words(ArchiveGenerator.value(args, ++i));
                case "--launcher" -> launcher = words(ArchiveGenerator.value(args, ++i));
                case "--main-class" -> mainClass = ArchiveGenerator.value(args, ++i);
                case "--convert-args" -> convertArgs = ArchiveGenerator.value(args, ++i);
                case "--format-args" -> formatArgs = ArchiveGenerator.value(args, ++i);
                case "--cache" ->
                        cache = Paths.get(ArchiveGenerator.value(args, ++i)).toAbsolutePath();
                case "--report" -> report = Paths.get(ArchiveGenerator.value(args, ++i));
                case "--profile" -> profile = true;
                case "-h", "--help" -> {
                    System.out.println(
                            """
                            usage: WholeRun [--posts 20000[,200000...]] [--seed 42] [--threads N] [--repeat 1]
                                            [--formats a,b] [--no-singles] [--no-startup]
                                            [--jvm-opts "-Xmx256m ..."] [--launcher "./eventail"]
                                            [--main-class CLASS] [--convert-args "..."] [--format-args "..."]
                                            [--cache DIR] [--report FILE] [--profile]""");
                    System.exit(0);
                }
                default -> {
                    System.err.println("WholeRun: unknown option " + a + " (try --help)");
                    System.exit(2);
                }
            }
        }
        if (sizes.stream().anyMatch(n -> n < 1) || threads < 1 || repeat < 1) {
            System.err.println("WholeRun: --posts, --threads and --repeat must be at least 1");
            System.exit(2);
        }
    }

    /**
     * The options {@code ./eventail} starts the JVM with ({@code cli/jvm.options}), followed by
     * {@code --jvm-opts}: the floor and the conversions run on the same JVM as users get, and a
     * collector named in {@code --jvm-opts} replaces the file's.
     */
    static List<String> effectiveJvmOptions(List<String> fileOptions, List<String> given) {
        boolean givenCollector = given.stream().anyMatch(WholeRun::isCollector);
        List<String> out = new ArrayList<>();
        for (String o : fileOptions) if (!(givenCollector && isCollector(o))) out.add(o);
        out.addAll(given);
        return out;
    }

    private static boolean isCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /** The lines of {@code cli/jvm.options} that are options (none when it is missing). */
    static List<String> launcherJvmOptions(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return List.of();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String option = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!option.isEmpty()) out.add(option);
        }
        return out;
    }

    private List<String> jvmOptions() throws IOException {
        // read once: every child of the run starts with the same options
        if (jvmOptions == null) {
            jvmOptions =
                    effectiveJvmOptions(
                            launcherJvmOptions(Paths.get("cli", "jvm.options").toAbsolutePath()),
                            jvmOpts);
        }
        return jvmOptions;
    }

    private @Nullable List<String> jvmOptions;

    private String jvmOptionsShown() {
        try {
            List<String> all = jvmOptions();
            return all.isEmpty() ? "none" : "`" + String.join(" ", all) + "`";
        } catch (IOException e) {
            return "unreadable cli/jvm.options (" + e.getMessage() + ")";
        }
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    /** One measured line of the report. */
    private record Row(String name, ChildRun.Measured measured, long outputBytes) {}

    /**
     * Measures each size in turn; with several sizes, ends with the peak memory of each against the
     * first (memory must not grow with the archive).
     */
    private String run() throws Exception {
        StringBuilder markdown = new StringBuilder();
        List<Row> everyFormat = new ArrayList<>();
        for (int k = 0; k < sizes.size(); k++) {
            posts = sizes.get(k);
            Row[] all = new Row[1];
            markdown.append(k == 0 ? "" : "\n").append(runOne(startup && k == 0, all));
            everyFormat.add(all[0]);
        }
        if (sizes.size() > 1) markdown.append(memoryTable(everyFormat));
        String name = String.join("-", sizes.stream().map(String::valueOf).toList());
        Path reportFile = report != null ? report : cache.resolve("whole-run-" + name + ".md");
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, markdown, StandardCharsets.UTF_8);
        log("report written to " + reportFile);
        return markdown.toString();
    }

    private String memoryTable(List<Row> everyFormat) {
        StringBuilder md =
                new StringBuilder("\n### Memory against archive size (convert → every format)\n\n");
        md.append("| posts | peak RSS MiB | × first | target |\n|---:|---:|---:|---|\n");
        double first = everyFormat.get(0).measured().peakRssMib();
        for (int k = 0; k < sizes.size(); k++) {
            ChildRun.Measured m = everyFormat.get(k).measured();
            double ratio = m.peakRssMib() / first;
            md.append(
                    String.format(
                            Locale.ROOT,
                            "| %,d | %s | %s | %s |%n",
                            sizes.get(k),
                            m.exitCode() != 0
                                    ? "failed: exit " + m.exitCode()
                                    : String.format(Locale.ROOT, "%.0f", m.peakRssMib()),
                            k == 0 || first <= 0 ? "" : String.format(Locale.ROOT, "%.2f", ratio),
                            k == 0
                                    ? ""
                                    : ratio <= 1.2 && m.exitCode() == 0
                                            ? "≤ 1.20 met"
                                            : "≤ 1.20 **not met**"));
        }
        return md.toString();
    }

    private String runOne(boolean withStartup, Row[] everyFormat) throws Exception {
        Path archive = archive(posts);
        List<Path> files = Floor.postFiles(archive);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        String summary = manifestSummary(archive);
        List<String> cli = cliCommand();
        List<String> formatIds = formats.isEmpty() ? installedFormats() : formats;
        log(
                "archive: "
                        + archive
                        + " ("
                        + files.size()
                        + " posts, "
                        + mb(bytes)
                        + " MB"
                        + summary
                        + ")");
        log("eventail: " + shown(cli));
        log("formats: " + formatIds);

        List<List<Row>> rounds = new ArrayList<>();
        for (int r = 1; r <= repeat; r++) {
            List<Row> rows = new ArrayList<>();
            log("round " + r + "/" + repeat + ": floor");
            rows.add(floor(archive, r));
            log("round " + r + "/" + repeat + ": convert, every format");
            rows.add(convert("every format", archive, null, "all", r, cli));
            if (singles) {
                for (String f : formatIds) {
                    log("round " + r + "/" + repeat + ": convert, " + f);
                    rows.add(convert(f, archive, f, f, r, cli));
                }
            }
            rounds.add(rows);
        }
        List<Row> rows = medians(rounds);
        everyFormat[0] = rows.get(1);

        List<String[]> startupRows = new ArrayList<>();
        if (withStartup) startupRows = startup(cli);
        String markdown = markdown(files.size(), bytes, summary, cli, rows, startupRows);
        if (profile) markdown += profiles(archive, cli);
        return markdown;
    }

    /** Start-up runs are short and noisy: the median of this many. */
    private static final int STARTUP_RUNS = 5;

    /**
     * {@code --version} and a one-post conversion to every format, each the median of {@link
     * #STARTUP_RUNS} fresh processes. Users run {@code ./eventail}, which also maps its class-data
     * archive (made once per build, by an untimed first run here): it is measured whenever it is
     * there and nothing else was asked for ({@code --launcher}, {@code --main-class}, {@code
     * --jvm-opts}); the plain {@code java -jar} start follows for comparison.
     */
    private List<String[]> startup(List<String> cli) throws IOException, InterruptedException {
        List<String[]> rows = new ArrayList<>();
        Path userLauncher = Paths.get("eventail").toAbsolutePath();
        boolean viaLauncher =
                launcher.isEmpty()
                        && mainClass.isEmpty()
                        && jvmOpts.isEmpty()
                        && Files.isExecutable(userLauncher);
        if (viaLauncher) {
            List<String> user = List.of(userLauncher.toString());
            log("start-up: priming ./eventail (its class-data archive is made once per build)");
            ChildRun.run(
                    command(user, "--version"), cache.resolve("logs").resolve("startup-prime.log"));
            startupRows(rows, user, "`./eventail`");
            startupRows(rows, cli, "`java -jar` (no class-data archive)");
        } else {
            startupRows(rows, cli, "");
        }
        return rows;
    }

    private void startupRows(List<String[]> rows, List<String> cli, String how)
            throws IOException, InterruptedException {
        String suffix = how.isEmpty() ? "" : ", " + how;
        boolean targets = rows.isEmpty();
        ChildRun.Measured v = median(command(cli, "--version"), "version", STARTUP_RUNS);
        rows.add(
                new String[] {
                    "`eventail --version`" + suffix,
                    seconds(v),
                    cpu(v),
                    targets ? "≤ 0.5 s" : "",
                    targets ? verdict(v.exitCode() == 0 && v.wallSeconds() <= 0.5, v) : ""
                });
        Path one = archive(1);
        ChildRun.Measured o =
                median(
                        convertCommand(cli, one, cache.resolve("out").resolve("one-post"), null),
                        "one-post",
                        STARTUP_RUNS);
        rows.add(
                new String[] {
                    "one post → every format" + suffix,
                    seconds(o),
                    cpu(o),
                    targets ? "≤ 1.5 s" : "",
                    targets ? verdict(o.exitCode() == 0 && o.wallSeconds() <= 1.5, o) : ""
                });
    }

    private static List<String> command(List<String> cli, String... args) {
        List<String> command = new ArrayList<>(cli);
        command.addAll(List.of(args));
        return command;
    }

    private static String cpu(ChildRun.Measured m) {
        return m.cpuSeconds() < 0 ? "" : String.format(Locale.ROOT, "%.2f", m.cpuSeconds());
    }

    private ChildRun.Measured median(List<String> command, String name, int times)
            throws IOException, InterruptedException {
        List<ChildRun.Measured> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            if (command.contains("--out"))
                clean(Paths.get(command.get(command.indexOf("--out") + 1)));
            runs.add(ChildRun.run(command, cache.resolve("logs").resolve(name + "-" + i + ".log")));
        }
        runs.sort(Comparator.comparingDouble(ChildRun.Measured::wallSeconds));
        return runs.get(runs.size() / 2);
    }

    /** The generated archive of {@code count} posts, written once per seed and size. */
    private Path archive(int count) throws IOException {
        Path dir =
                cache.resolve("archive-" + count + "-seed-" + seed + "-" + generatorFingerprint());
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            clean(dir);
            log("generating " + count + " posts into " + dir);
            ArchiveGenerator.write(dir, count, seed);
            Files.writeString(done, "");
        }
        return dir;
    }

    /**
     * A short hash of what the generator writes for this seed, so that a cached archive from an
     * older generator is never reused.
     */
    private String generatorFingerprint() {
        int h = ArchiveGenerator.siteConfig().hashCode();
        for (int i = 0; i < 20; i++)
            h = 31 * h + ArchiveGenerator.post(seed, i).content().hashCode();
        return String.format(Locale.ROOT, "%08x", h);
    }

    private static String manifestSummary(Path archive) throws IOException {
        Path manifest = archive.resolve(ArchiveGenerator.MANIFEST);
        if (!Files.exists(manifest)) return "";
        long sessions = 0;
        long slots = 0;
        List<String> lines = Files.readAllLines(manifest);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            sessions += Long.parseLong(cells[3]);
            slots += Long.parseLong(cells[4]);
        }
        return ", " + sessions + " sessions and " + slots + " programme slots announced";
    }

    private Row floor(Path archive, int round) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(
                List.of(
                        Floor.class.getName(),
                        "--dir",
                        archive.toString(),
                        "--threads",
                        Integer.toString(threads)));
        ChildRun.Measured m =
                ChildRun.run(command, cache.resolve("logs").resolve("floor-" + round + ".log"));
        if (m.exitCode() != 0) {
            throw new IllegalStateException("the floor measurement failed; see " + m.log());
        }
        return new Row("floor", m, 0);
    }

    /**
     * One more floor and one more conversion to every format, each recorded by Java Flight Recorder
     * (not timed: the recorder costs a little), summarised by {@link JfrSummary}.
     */
    private String profiles(Path archive, List<String> cli)
            throws IOException, InterruptedException {
        if (!cli.get(0).endsWith("java")) {
            return "\nProfiles: need eventail started by java (not `--launcher`).\n";
        }
        Path dir = cache.resolve("profiles");
        Files.createDirectories(dir);
        StringBuilder md =
                new StringBuilder("\n### Where the time goes (JFR, separate untimed runs)\n\n");
        Path floorJfr = dir.resolve("floor-" + posts + ".jfr");
        List<String> floor = new ArrayList<>(javaCommand());
        floor.add(1, recording(floorJfr));
        floor.addAll(
                List.of(
                        Floor.class.getName(),
                        "--dir",
                        archive.toString(),
                        "--threads",
                        Integer.toString(threads)));
        log("profile: floor");
        ChildRun.run(floor, cache.resolve("logs").resolve("profile-floor.log"));
        Path convertJfr = dir.resolve("convert-all-" + posts + ".jfr");
        List<String> convert =
                new ArrayList<>(
                        convertCommand(
                                cli, archive, cache.resolve("out").resolve("profile"), null));
        convert.add(1, recording(convertJfr));
        log("profile: convert, every format");
        clean(cache.resolve("out").resolve("profile"));
        ChildRun.run(convert, cache.resolve("logs").resolve("profile-convert.log"));
        md.append("#### Floor\n\n").append(JfrSummary.summarize(floorJfr, 12));
        md.append("#### Convert → every format\n\n").append(JfrSummary.summarize(convertJfr, 15));
        md.append("Recordings: `")
                .append(cache.relativize(floorJfr))
                .append("`, `")
                .append(cache.relativize(convertJfr))
                .append("` (open them in JDK Mission Control).\n");
        return md.toString();
    }

    private static String recording(Path file) {
        return "-XX:StartFlightRecording=settings=profile,filename=" + file;
    }

    private Row convert(
            String name, Path archive, String format, String folder, int round, List<String> cli)
            throws IOException, InterruptedException {
        Path out = cache.resolve("out").resolve(folder);
        clean(out);
        List<String> command = convertCommand(cli, archive, out, format);
        ChildRun.Measured m =
                ChildRun.run(
                        command,
                        cache.resolve("logs").resolve("convert-" + folder + "-" + round + ".log"));
        return new Row(name, m, folderBytes(out));
    }

    private List<String> convertCommand(List<String> cli, Path in, Path out, String format) {
        List<String> command = new ArrayList<>(cli);
        for (String w : words(convertArgs)) {
            command.add(
                    w.replace("{in}", in.toString())
                            .replace("{out}", out.toString())
                            .replace("{threads}", Integer.toString(threads)));
        }
        if (format != null) {
            for (String w : words(formatArgs)) command.add(w.replace("{format}", format));
        }
        return command;
    }

    private List<String> javaCommand() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    /**
     * How to start eventail: the launcher given; else the main class given, on this class path;
     * else the runnable jar the {@code ./eventail} launcher runs, when it was built; else the CLI's
     * main class found on this class path.
     */
    private List<String> cliCommand() throws IOException {
        if (!launcher.isEmpty()) return launcher;
        Path jar = Paths.get("cli", "target", "eventail.jar").toAbsolutePath();
        if (mainClass.isEmpty() && Files.isRegularFile(jar)) {
            List<String> command = new ArrayList<>();
            command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions());
            command.add("-jar");
            command.add(jar.toString());
            return command;
        }
        String main = mainClass.isEmpty() ? findMainClass() : mainClass;
        List<String> command = new ArrayList<>(javaCommand());
        command.add(main);
        return command;
    }

    /** A command as a person reads it: the class path elided. */
    private static String shown(List<String> command) {
        List<String> words = new ArrayList<>(command);
        int cp = words.indexOf("-cp");
        if (cp >= 0 && cp + 1 < words.size()) words.set(cp + 1, "…");
        if (!words.isEmpty() && words.get(0).endsWith("/bin/java")) words.set(0, "java");
        return String.join(" ", words);
    }

    private static String findMainClass() throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("eventail-cli") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    var manifest = jar.getManifest();
                    String main =
                            manifest == null
                                    ? null
                                    : manifest.getMainAttributes().getValue("Main-Class");
                    if (main != null) return main;
                }
            }
        }
        ClassLoader loader = WholeRun.class.getClassLoader();
        for (String guess : MAIN_CLASS_GUESSES) {
            try (InputStream in = loader.getResourceAsStream(guess.replace('.', '/') + ".class")) {
                if (in != null) return guess;
            }
        }
        throw new IllegalStateException(
                "no eventail main class on the class path (cli module not built yet?);"
                        + " give --main-class or --launcher");
    }

    private static List<String> installedFormats() {
        List<String> ids = new ArrayList<>();
        for (Exporter e : ExporterRegistry.load().all()) ids.add(e.formatId());
        return ids;
    }

    /** Per row name, the round with the median wall time. */
    private static List<Row> medians(List<List<Row>> rounds) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rounds.get(0).size(); i++) {
            List<Row> same = new ArrayList<>();
            for (List<Row> round : rounds) same.add(round.get(i));
            same.sort(Comparator.comparingDouble(r -> r.measured().wallSeconds()));
            out.add(same.get(same.size() / 2));
        }
        return out;
    }

    private String markdown(
            int fileCount,
            long bytes,
            String summary,
            List<String> cli,
            List<Row> rows,
            List<String[]> startupRows) {
        StringBuilder md = new StringBuilder();
        md.append("### Whole run: ")
                .append(String.format(Locale.ROOT, "%,d", fileCount))
                .append(" generated posts, ")
                .append(threads)
                .append(threads == 1 ? " thread" : " threads")
                .append("\n\n");
        md.append(machine()).append("\n\n");
        md.append("Archive: `ArchiveGenerator --posts ")
                .append(posts)
                .append(" --seed ")
                .append(seed)
                .append("`, ")
                .append(mb(bytes))
                .append(" MB")
                .append(summary)
                .append(". JVM options (`cli/jvm.options`, then `--jvm-opts`), for the floor and")
                .append(" the conversions alike: ")
                .append(jvmOptionsShown())
                .append(". Median of ")
                .append(repeat)
                .append(repeat == 1 ? " round" : " rounds")
                .append("; each line is a fresh JVM, timed from start to exit.\n\n");
        Row floor = rows.get(0);
        Matcher fl = Pattern.compile("FLOOR .*").matcher(floor.measured().stdout());
        Optional<String> floorLine = fl.find() ? Optional.of(fl.group()) : Optional.empty();
        md.append(
                "| run | wall s | posts/s | MB/s | cores busy | peak RSS MiB | output MB | × floor | target |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        double floorWall = floor.measured().wallSeconds();
        for (Row row : rows) {
            ChildRun.Measured m = row.measured();
            boolean isFloor = row == floor;
            String name = isFloor ? "floor: read + YAML + flexmark" : "convert → " + row.name();
            if (m.exitCode() != 0) {
                md.append("| ")
                        .append(name)
                        .append(" | failed: exit ")
                        .append(m.exitCode())
                        .append(", see `")
                        .append(cache.relativize(m.log()))
                        .append("` | | | | | | | |\n");
                continue;
            }
            double ratio = floorWall / m.wallSeconds();
            String target = "";
            if (!isFloor) {
                double goal = row.name().equals("every format") ? 0.5 : 0.8;
                target =
                        "≥ "
                                + String.format(Locale.ROOT, "%.1f", goal)
                                + (row.name().equals("every format") ? " (aim 0.7)" : "")
                                + (ratio >= goal ? " met" : " **not met**");
            }
            md.append(
                    String.format(
                            Locale.ROOT,
                            "| %s | %.2f | %,.0f | %.1f | %s | %s | %s | %.2f | %s |%n",
                            name,
                            m.wallSeconds(),
                            fileCount / m.wallSeconds(),
                            bytes / 1e6 / m.wallSeconds(),
                            m.coresBusy() < 0
                                    ? "?"
                                    : String.format(Locale.ROOT, "%.2f", m.coresBusy()),
                            m.peakRssMib() < 0
                                    ? "?"
                                    : String.format(Locale.ROOT, "%.0f", m.peakRssMib()),
                            isFloor
                                    ? ""
                                    : String.format(Locale.ROOT, "%.1f", row.outputBytes() / 1e6),
                            ratio,
                            target));
        }
        floorLine.ifPresent(
                line ->
                        md.append("\nFloor inside its JVM: ")
                                .append(describeFloor(line))
                                .append('\n'));
        md.append(whatWasRead(cache.resolve("out").resolve("all").resolve("report.json")));
        if (!startupRows.isEmpty()) {
            md.append(
                    "\n| start-up (median of "
                            + STARTUP_RUNS
                            + ") | wall s | CPU s | target | |\n|---|---:|---:|---|---|\n");
            for (String[] r : startupRows) {
                md.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
        }
        md.append("\neventail started as: `")
                .append(shown(cli))
                .append("`; convert arguments: `")
                .append(convertArgs)
                .append("`.\n");
        return md.toString();
    }

    /**
     * What the conversion to every format read, from its {@code report.json}, so that a fast run
     * that found nothing shows.
     */
    static String whatWasRead(Path reportJson) {
        if (!Files.isRegularFile(reportJson)) return "";
        try {
            JsonNode counts = new ObjectMapper().readTree(reportJson.toFile()).path("counts");
            JsonNode events = counts.path("events");
            JsonNode diagnostics = counts.path("diagnostics");
            return String.format(
                    Locale.ROOT,
                    "%neventail read %,d files: %,d posts, %,d events (%,d post, %,d session, %,d slot);"
                            + " diagnostics: %,d errors, %,d warnings, %,d info.%n",
                    counts.path("files").asLong(),
                    counts.path("posts").asLong(),
                    events.path("total").asLong(),
                    events.path("post").asLong(),
                    events.path("session").asLong(),
                    events.path("slot").asLong(),
                    diagnostics.path("error").asLong(),
                    diagnostics.path("warning").asLong(),
                    diagnostics.path("info").asLong());
        } catch (IOException | RuntimeException e) {
            return "\n(report.json unreadable: " + e.getMessage() + ")\n";
        }
    }

    private static String describeFloor(String line) {
        java.util.Map<String, Long> v = new java.util.HashMap<>();
        for (String kv : line.substring("FLOOR ".length()).split(" ")) {
            String[] p = kv.split("=");
            v.put(p[0], Long.parseLong(p[1]));
        }
        long bytes = v.get("bytes");
        return String.format(
                Locale.ROOT,
                "%.2f s for the parsing itself (JVM start excluded); per core: read %.0f MB/s, SnakeYAML %.0f MB/s, flexmark %.1f MB/s.",
                v.get("wallNanos") / 1e9,
                Floor.Result.perCore(bytes, v.get("readNanos")),
                Floor.Result.perCore(bytes, v.get("yamlNanos")),
                Floor.Result.perCore(bytes, v.get("markdownNanos")));
    }

    /** nproc, CPU model, memory, JVM, kernel and date, for the report's header. */
    static String machine() {
        String cpu = "unknown CPU";
        String mem = "";
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    mem = String.format(Locale.ROOT, ", %.0f GiB RAM", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: say less
        }
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (nproc), %s%s; %s %s (%s); %s %s; %s.",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                mem,
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                ZonedDateTime.now(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    }

    private static String verdict(boolean met, ChildRun.Measured m) {
        if (m.exitCode() != 0)
            return "failed: exit " + m.exitCode() + ", see `" + m.log().getFileName() + "`";
        return met ? "met" : "**not met**";
    }

    private static String seconds(ChildRun.Measured m) {
        return String.format(Locale.ROOT, "%.2f", m.wallSeconds());
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static long folderBytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void log(String message) {
        System.err.println("[whole-run] " + message);
    }
}
