package dev.eventail.parser.internal.eval;

import dev.eventail.model.Event;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import dev.eventail.model.Post;
import dev.eventail.parser.ArchiveReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compares what the parser finds in an archive with a labels file written by people: precision and
 * recall per level (post, session, slot), accuracy per field over the matched events.
 *
 * <p>Matching, per file and level: first by start to the minute (offset included), the closest
 * title winning among equal starts; then the remaining ones by title similarity (shared words, Dice
 * coefficient ≥ 0.5). A file labelled {@code none} counts every event predicted in it as a false
 * positive. Files without a label row are not scored (listed as unlabelled).
 *
 * <pre>
 * java ... Evaluation SITE_FOLDER LABELS.tsv [SITE_FOLDER LABELS.tsv ...]
 * java ... Evaluation --corpus CORPUS_DIR --labels LABELS_DIR   (LABELS_DIR/&lt;site&gt;.tsv for
 *                                                               each CORPUS_DIR/&lt;site&gt;)
 * </pre>
 */
public final class Evaluation {

    static final List<String> LEVELS = List.of("post", "session", "slot");
    static final List<String> FIELDS = List.of("start", "end", "mode", "place", "registration");

    private Evaluation() {}

    /** Runs the comparison and prints the table; exit code 0, or 2 on bad arguments. */
    public static void main(String[] args) throws IOException {
        boolean details = args.length > 0 && args[0].equals("--details");
        if (details) args = Arrays.copyOfRange(args, 1, args.length);
        List<Path[]> pairs = new ArrayList<>();
        if (args.length == 4 && args[0].equals("--corpus") && args[2].equals("--labels")) {
            pairs.addAll(pairsIn(Path.of(args[1]), Path.of(args[3])));
        } else if (args.length >= 2 && args.length % 2 == 0) {
            for (int i = 0; i < args.length; i += 2) {
                pairs.add(new Path[] {Path.of(args[i]), Path.of(args[i + 1])});
            }
        } else {
            System.err.println(
                    "usage: Evaluation [--details] SITE_FOLDER LABELS.tsv [SITE_FOLDER LABELS.tsv"
                            + " ...]\n"
                            + "       Evaluation [--details] --corpus CORPUS_DIR --labels LABELS_DIR");
            System.exit(2);
            return;
        }
        Score total = new Score();
        for (Path[] p : pairs) {
            Score s = evaluate(p[0], p[1]);
            print(System.out, p[0].getFileName() + " (" + p[1].getFileName() + ")", s);
            total.add(s);
        }
        if (pairs.size() > 1) print(System.out, "ALL", total);
        if (details) printDetails(System.out, total);
    }

    /** For each {@code labels/<site>.tsv}, the folder {@code corpus/<site>} when it exists. */
    public static List<Path[]> pairsIn(Path corpus, Path labels) throws IOException {
        List<Path[]> out = new ArrayList<>();
        try (var files = Files.list(labels)) {
            for (Path tsv : files.sorted().toList()) {
                String name = tsv.getFileName().toString();
                if (!name.endsWith(".tsv")) continue;
                Path site = corpus.resolve(name.substring(0, name.length() - 4));
                if (Files.isDirectory(site)) out.add(new Path[] {site, tsv});
            }
        }
        return out;
    }

    /** Parses every file of {@code site} and scores it against {@code labelsTsv}. */
    public static Score evaluate(Path site, Path labelsTsv) throws IOException {
        List<Labels.Row> rows = Labels.read(labelsTsv);
        Map<String, List<Labels.Row>> byFile = new TreeMap<>();
        for (Labels.Row r : rows) byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
        ArchiveReader archive = ArchiveReader.open(site);
        Score score = new Score();
        Set<String> seen = new HashSet<>();
        for (String file : archive.files()) {
            List<Labels.Row> labelled = byFile.get(file);
            if (labelled == null) {
                score.unlabelled.add(file);
                continue;
            }
            seen.add(file);
            Post post = archive.read(file);
            List<Found> predicted = new ArrayList<>();
            for (Event e : post.events()) {
                for (Event x : e.flatten()) predicted.add(Found.of(x));
            }
            score.files++;
            compareFile(file, labelled, predicted, score);
        }
        for (String f : byFile.keySet()) {
            if (!seen.contains(f)) score.missingFiles.add(f);
        }
        return score;
    }

    /** An event reduced to the labelled columns. */
    record Found(
            String level,
            String title,
            String start,
            String end,
            String mode,
            String place,
            String registration) {

        static Found of(Event e) {
            String level = e.kind().name().toLowerCase(Locale.ROOT);
            var reg = e.link(LinkRole.REGISTRATION);
            return new Found(
                    level,
                    e.title(),
                    e.start() == null ? "" : e.start().iso(),
                    e.end() == null ? "" : e.end().iso(),
                    e.attendanceMode().name().toLowerCase(Locale.ROOT),
                    placeColumn(e.place()),
                    reg == null ? "" : reg.url());
        }

        static Found of(Labels.Row r) {
            return new Found(
                    r.level(),
                    r.title(),
                    r.start(),
                    r.end(),
                    r.mode(),
                    r.place(),
                    r.registration());
        }

        String field(String name) {
            return switch (name) {
                case "start" -> start;
                case "end" -> end;
                case "mode" -> mode;
                case "place" -> place;
                case "registration" -> registration;
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    /** "75015 Paris" when the address has a postal code, else the venue name, else the locality. */
    static String placeColumn(@Nullable Place p) {
        if (p == null) return "";
        if (p.postalCode() != null) {
            return p.locality() == null ? p.postalCode() : p.postalCode() + " " + p.locality();
        }
        if (p.name() != null) return p.name();
        return p.locality() == null ? "" : p.locality();
    }

    static void compareFile(
            String file, List<Labels.Row> labelled, List<Found> predicted, Score score) {
        boolean none = labelled.stream().allMatch(r -> r.level().equals("none"));
        if (none) {
            score.noneFiles++;
            if (predicted.isEmpty()) score.noneCorrect++;
        }
        for (String level : LEVELS) {
            List<Found> want = new ArrayList<>();
            for (Labels.Row r : labelled) if (r.level().equals(level)) want.add(Found.of(r));
            List<Found> got = new ArrayList<>();
            for (Found f : predicted) if (f.level().equals(level)) got.add(f);
            LevelScore ls = score.levels.get(level);
            ls.labelled += want.size();
            ls.predicted += got.size();
            boolean[] used = new boolean[got.size()];
            List<Found> unmatched = new ArrayList<>();
            List<Found[]> pairs = new ArrayList<>();
            // by start to the minute, the closest title first
            for (Found w : want) {
                int best = -1;
                double bestSim = -1;
                for (int i = 0; i < got.size(); i++) {
                    if (used[i] || w.start().isEmpty()) continue;
                    if (!sameInstant(w.start(), got.get(i).start())) continue;
                    double sim = similarity(w.title(), got.get(i).title());
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = i;
                    }
                }
                if (best >= 0) {
                    used[best] = true;
                    pairs.add(new Found[] {w, got.get(best)});
                } else {
                    unmatched.add(w);
                }
            }
            // then by title
            List<Found> stillMissing = new ArrayList<>();
            for (Found w : unmatched) {
                int best = -1;
                double bestSim = 0.5;
                for (int i = 0; i < got.size(); i++) {
                    if (used[i]) continue;
                    double sim = similarity(w.title(), got.get(i).title());
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = i;
                    }
                }
                if (best >= 0) {
                    used[best] = true;
                    pairs.add(new Found[] {w, got.get(best)});
                } else {
                    stillMissing.add(w);
                }
            }
            ls.matched += pairs.size();
            for (Found w : stillMissing) {
                score.misses.add(file + "\t" + level + "\tmissed\t" + w.start() + "\t" + w.title());
            }
            for (int i = 0; i < got.size(); i++) {
                if (!used[i]) {
                    Found g = got.get(i);
                    score.misses.add(
                            file + "\t" + level + "\textra\t" + g.start() + "\t" + g.title());
                }
            }
            for (Found[] p : pairs) {
                for (String field : FIELDS) {
                    boolean ok = sameField(field, p[0].field(field), p[1].field(field));
                    score.field(level, field, ok);
                    if (!ok) {
                        score.fieldMisses.add(
                                file
                                        + "\t"
                                        + level
                                        + "\t"
                                        + field
                                        + "\twant="
                                        + p[0].field(field)
                                        + "\tgot="
                                        + p[1].field(field)
                                        + "\t"
                                        + p[0].title());
                    }
                }
            }
        }
    }

    static boolean sameField(String field, String want, String got) {
        return switch (field) {
            case "start", "end" -> want.isEmpty() ? got.isEmpty() : sameInstant(want, got);
            case "place" -> fold(want).equals(fold(got));
            case "registration" -> stripSlash(want).equals(stripSlash(got));
            default -> want.equalsIgnoreCase(got);
        };
    }

    private static String stripSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** Same date, or same date-time to the minute with the same offset. */
    static boolean sameInstant(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        return minute(a).equals(minute(b));
    }

    private static String minute(String iso) {
        String s = iso.strip();
        if (s.length() <= 10) return s;
        // 2021-11-03T14:00:00+01:00 -> 2021-11-03T14:00+01:00
        int t = s.indexOf('T');
        if (t < 0 || s.length() < t + 6) return s;
        String hm = s.substring(0, t + 6);
        int off = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
        String offset = off > t ? s.substring(off) : s.endsWith("Z") ? "+00:00" : "";
        return hm + offset;
    }

    /** Dice coefficient over folded words. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        int common = 0;
        for (String w : x) if (y.contains(w)) common++;
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new TreeSet<>(Arrays.asList(fold(s).split(" ")));
        out.remove("");
        return out;
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Counts for one level. */
    public static final class LevelScore {
        int labelled;
        int predicted;
        int matched;

        public double precision() {
            return predicted == 0 ? (labelled == 0 ? 1 : 0) : (double) matched / predicted;
        }

        public double recall() {
            return labelled == 0 ? 1 : (double) matched / labelled;
        }
    }

    /** Everything counted over one archive, or several added up. */
    public static final class Score {
        int files;
        int noneFiles;
        int noneCorrect;
        final Map<String, LevelScore> levels = new LinkedHashMap<>();

        /** level -> field -> {right, total} */
        final Map<String, Map<String, int[]>> fields = new LinkedHashMap<>();

        final List<String> unlabelled = new ArrayList<>();
        final List<String> missingFiles = new ArrayList<>();
        final List<String> misses = new ArrayList<>();
        final List<String> fieldMisses = new ArrayList<>();

        Score() {
            for (String l : LEVELS) {
                levels.put(l, new LevelScore());
                Map<String, int[]> m = new LinkedHashMap<>();
                for (String f : FIELDS) m.put(f, new int[2]);
                fields.put(l, m);
            }
        }

        void field(String level, String field, boolean ok) {
            int[] c = fields.get(level).get(field);
            if (ok) c[0]++;
            c[1]++;
        }

        void add(Score o) {
            files += o.files;
            noneFiles += o.noneFiles;
            noneCorrect += o.noneCorrect;
            for (String l : LEVELS) {
                LevelScore a = levels.get(l);
                LevelScore b = o.levels.get(l);
                a.labelled += b.labelled;
                a.predicted += b.predicted;
                a.matched += b.matched;
                for (String f : FIELDS) {
                    int[] x = fields.get(l).get(f);
                    int[] y = o.fields.get(l).get(f);
                    x[0] += y[0];
                    x[1] += y[1];
                }
            }
            unlabelled.addAll(o.unlabelled);
            missingFiles.addAll(o.missingFiles);
            misses.addAll(o.misses);
            fieldMisses.addAll(o.fieldMisses);
        }

        public LevelScore level(String level) {
            return levels.get(level);
        }

        /** Accuracy of a field over the matched events of the given levels. */
        public double accuracy(String field, String... ofLevels) {
            int right = 0;
            int total = 0;
            for (String l : ofLevels) {
                int[] c = fields.get(l).get(field);
                right += c[0];
                total += c[1];
            }
            return total == 0 ? 1 : (double) right / total;
        }

        public List<String> misses() {
            return List.copyOf(misses);
        }

        public List<String> fieldMisses() {
            return List.copyOf(fieldMisses);
        }
    }

    /** The table a person reads. */
    public static void print(PrintStream out, String name, Score s) {
        out.println("== " + name);
        out.printf(
                Locale.ROOT,
                "files scored: %d (%d labelled none, %d of them with no event predicted)%n",
                s.files,
                s.noneFiles,
                s.noneCorrect);
        if (!s.unlabelled.isEmpty()) out.println("unlabelled files (not scored): " + s.unlabelled);
        if (!s.missingFiles.isEmpty()) out.println("labelled files not found: " + s.missingFiles);
        out.println();
        out.println("| level   | labelled | predicted | matched | precision | recall |");
        out.println("|---------|---------:|----------:|--------:|----------:|-------:|");
        for (String l : LEVELS) {
            LevelScore ls = s.levels.get(l);
            out.printf(
                    Locale.ROOT,
                    "| %-7s | %8d | %9d | %7d | %9.3f | %6.3f |%n",
                    l,
                    ls.labelled,
                    ls.predicted,
                    ls.matched,
                    ls.precision(),
                    ls.recall());
        }
        out.println();
        out.println("| field (matched events) | all   | post  | session | slot  |");
        out.println("|------------------------|------:|------:|--------:|------:|");
        String[] all = LEVELS.toArray(String[]::new);
        for (String f : FIELDS) {
            out.printf(
                    Locale.ROOT,
                    "| %-22s | %5.3f | %5.3f | %7.3f | %5.3f |%n",
                    f,
                    s.accuracy(f, all),
                    s.accuracy(f, "post"),
                    s.accuracy(f, "session"),
                    s.accuracy(f, "slot"));
        }
        out.println();
    }

    /** Writes the unmatched events and wrong fields, for a person to read. */
    public static void printDetails(PrintStream out, Score s) {
        out.println("-- unmatched events (file, level, missed/extra, start, title)");
        s.misses.forEach(out::println);
        out.println("-- wrong fields of matched events");
        s.fieldMisses.forEach(out::println);
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
