package dev.eventail.bench.jmh;

import dev.eventail.bench.Floor;
import dev.eventail.model.Diagnostic;
import dev.eventail.parser.PostParser;
import dev.eventail.parser.internal.body.BodyInput;
import dev.eventail.parser.internal.body.BodyReader;
import dev.eventail.parser.internal.dates.DateContext;
import dev.eventail.parser.internal.dates.FrenchDates;
import dev.eventail.parser.internal.frontmatter.FrontMatterSplitter;
import dev.eventail.parser.internal.frontmatter.SafeYaml;
import dev.eventail.parser.internal.text.TextHeuristics;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.Yaml;

/**
 * The parser's stages, one input per call, cycling over inputs cut from generated posts: the
 * front-matter split, the YAML load, flexmark's parse (the floor's two costly parts), the body
 * walk, the French date grammar, place and attendance recognition, link roles and URL clean-up. The
 * average time per call, multiplied by the inputs per post, tells where a post's time goes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserStagesBenchmark {

    /** Posts generated to cut inputs from. */
    @Param("300")
    public int posts;

    /** The generator's seed. */
    @Param("42")
    public long seed;

    private Corpus corpus;
    private Yaml yaml;
    private com.vladsch.flexmark.parser.Parser markdown;
    private final BodyReader bodyReader = new BodyReader();
    private final PostParser parser = PostParser.create();
    private final DateContext dates =
            new DateContext(LocalDate.of(2021, 10, 29), ZoneId.of("Europe/Paris"));
    private final Consumer<Diagnostic> ignore = d -> {};
    private int file;
    private int date;
    private int place;
    private int link;
    private int written;

    @Setup
    public void setUp() {
        corpus = new Corpus(seed, posts);
        yaml = Floor.safeYaml();
        markdown = Floor.kramdownParser();
    }

    private int nextFile() {
        int i = file;
        file = i + 1 == corpus.files.size() ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Object wholePost() {
        int i = nextFile();
        return parser.parse(corpus.files.get(i), corpus.paths.get(i));
    }

    @Benchmark
    public Object frontMatterSplit() {
        return FrontMatterSplitter.split(corpus.files.get(nextFile()));
    }

    @Benchmark
    public Object yamlLoad() {
        int i = nextFile();
        return SafeYaml.load(corpus.frontMatters.get(i), 2, corpus.paths.get(i), ignore);
    }

    /** The floor's YAML: SnakeYAML's safe constructor, nothing kept about lines. */
    @Benchmark
    public Object floorSnakeYaml() {
        return yaml.load(corpus.frontMatters.get(nextFile()));
    }

    /** The floor's Markdown: flexmark's parse alone, as the body walk configures it. */
    @Benchmark
    public Object floorFlexmark() {
        return markdown.parse(corpus.bodies.get(nextFile()));
    }

    @Benchmark
    public Object bodyWalk() {
        int i = nextFile();
        return bodyReader.read(
                new BodyInput(
                        corpus.bodies.get(i),
                        20,
                        corpus.paths.get(i),
                        "evenements/post-" + i,
                        LocalDate.of(2021, 11, 2),
                        dates.zone(),
                        "fr",
                        "DINUM",
                        null,
                        ignore));
    }

    @Benchmark
    public Object dateGrammar() {
        int i = date;
        date = i + 1 == corpus.dateTexts.size() ? 0 : i + 1;
        return FrenchDates.find(corpus.dateTexts.get(i), dates);
    }

    @Benchmark
    public void placeRecognition(Blackhole bh) {
        int i = place;
        place = i + 1 == corpus.placeTexts.size() ? 0 : i + 1;
        String text = corpus.placeTexts.get(i);
        bh.consume(TextHeuristics.placeInText(text));
        bh.consume(TextHeuristics.attendanceMode(text));
    }

    @Benchmark
    public void linkRecognition(Blackhole bh) {
        int i = link;
        link = i + 1 == corpus.links.size() ? 0 : i + 1;
        String[] labelAndUrl = corpus.links.get(i);
        bh.consume(TextHeuristics.linkRole(labelAndUrl[0], labelAndUrl[1]));
        bh.consume(TextHeuristics.url(labelAndUrl[1]));
    }

    @Benchmark
    public Object urlCleanUp() {
        int i = written;
        written = i + 1 == corpus.writtenUrls.size() ? 0 : i + 1;
        return TextHeuristics.url(corpus.writtenUrls.get(i));
    }
}
