package dev.eventail.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a Java Flight Recorder file: the execution samples counted by the
 * method on top of the stack (self time), by the nearest eventail method on the stack (time spent
 * in or under each of our methods, libraries included) and by library package. Printed as Markdown.
 *
 * <pre>
 * java -cp ... dev.eventail.bench.JfrSummary recording.jfr [top]
 * </pre>
 */
public final class JfrSummary {

    private static final String OURS = "dev.eventail.";
    private static final String BENCH = "dev.eventail.bench.";

    private JfrSummary() {}

    /** The summary of {@code recording}, {@code top} lines per table. */
    public static String summarize(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> nearestOurs = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) continue;
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            RecordedMethod topMethod = frames.get(0).getMethod();
            self.merge(name(topMethod), 1, Integer::sum);
            packages.merge(packageGroup(topMethod.getType().getName()), 1, Integer::sum);
            String ours = "(no eventail frame)";
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                if (type.startsWith(OURS) && !type.startsWith(BENCH)) {
                    ours = name(f.getMethod());
                    break;
                }
            }
            nearestOurs.merge(ours, 1, Integer::sum);
        }
        StringBuilder md = new StringBuilder();
        md.append(
                String.format(
                        Locale.ROOT,
                        "%d execution samples in `%s`.%n%n",
                        samples,
                        recording.getFileName()));
        table(md, "method on top of the stack (self)", self, samples, top);
        table(md, "nearest eventail method on the stack", nearestOurs, samples, top);
        table(md, "package group on top of the stack", packages, samples, top);
        return md.toString();
    }

    private static void table(
            StringBuilder md, String title, Map<String, Integer> counts, int total, int top) {
        md.append("| ").append(title).append(" | samples | share |\n|---|---:|---:|\n");
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(
                Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(top, sorted.size()))) {
            md.append(
                    String.format(
                            Locale.ROOT,
                            "| `%s` | %d | %.1f%% |%n",
                            e.getKey(),
                            e.getValue(),
                            total == 0 ? 0.0 : 100.0 * e.getValue() / total));
        }
        md.append('\n');
    }

    private static String name(RecordedMethod m) {
        String type = m.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
    }

    /** {@code dev.eventail.parser}, {@code com.vladsch.flexmark}, {@code java.util.regex}... */
    static String packageGroup(String type) {
        String[] parts = type.split("\\.");
        int keep =
                type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                        ? 2
                        : 3;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(keep, parts.length - 1); i++) {
            if (i > 0) b.append('.');
            b.append(parts[i]);
        }
        return b.length() == 0 ? type : b.toString();
    }

    /** {@code recording.jfr [top]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrSummary RECORDING.jfr [top]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        System.out.print(summarize(Paths.get(args[0]), top));
    }
}
