package dev.eventail.bench.jmh;

import dev.eventail.bench.ArchiveGenerator;
import dev.eventail.bench.SyntheticEvents;
import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import dev.eventail.export.ExporterRegistry;
import dev.eventail.model.Event;
import dev.eventail.parser.PostParser;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each exporter writing the events of {@code posts} posts to a stream that counts and drops the
 * bytes: the cost of a format alone, without parsing or disk. One operation is the whole set;
 * divide by {@code posts} for the cost per post. A format id that is not installed fails its own
 * run only.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportersBenchmark {

    /** The exporter, by format id. */
    @Param({"csv", "jsonld", "turtle", "ntriples", "rdfxml", "ics", "dcat"})
    public String format;

    /** Posts whose events are written per operation. */
    @Param("1000")
    public int posts;

    /** The seed of the events. */
    @Param("42")
    public long seed;

    /**
     * Where the events come from: {@code parsed} (generated posts through {@link PostParser}) or
     * {@code synthetic} (built directly, see {@link SyntheticEvents}).
     */
    @Param({"parsed", "synthetic"})
    public String source;

    private Exporter exporter;
    private List<Event> events;
    private final ExportContext context = ExportContext.defaults();

    @Setup
    public void setUp() {
        exporter = ExporterRegistry.load().require(format);
        events =
                switch (source) {
                    case "synthetic" -> SyntheticEvents.build(seed, posts);
                    case "parsed" -> parsed(seed, posts);
                    default -> throw new IllegalArgumentException("source: parsed or synthetic");
                };
        if (events.isEmpty()) throw new IllegalStateException("no events to write");
    }

    @Benchmark
    public long writeEvents() throws IOException {
        CountingSink out = new CountingSink();
        try (EventSink sink = exporter.open(out, context)) {
            for (Event e : events) sink.accept(e);
        }
        return out.count;
    }

    /** The top-level events of generated posts, as the parser reads them. */
    static List<Event> parsed(long seed, int posts) {
        PostParser parser = PostParser.create();
        List<Event> out = new ArrayList<>();
        for (ArchiveGenerator.GeneratedPost post : ArchiveGenerator.posts(seed, posts)) {
            out.addAll(parser.parse(post.content(), post.path()).events());
        }
        return out;
    }

    /** Counts what it is given and keeps nothing. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
