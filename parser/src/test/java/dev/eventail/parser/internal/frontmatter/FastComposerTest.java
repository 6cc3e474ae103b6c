package dev.eventail.parser.internal.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.eventail.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fast reader of common front matter against SnakeYAML's composer: wherever it takes a text,
 * the trees must be the same node by node; and it must take most real front matter.
 */
class FastComposerTest {

    /** The front matter of every post and the text of every {@code _config.yml}. */
    private static List<String> realYaml(Path root) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                boolean post = name.endsWith(".md") || name.endsWith(".markdown");
                boolean config = name.endsWith(".yml");
                if ((!post && !config) || Files.size(p) > 2_000_000) continue;
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) text = text.substring(1);
                text = text.replace("\r\n", "\n");
                if (config) {
                    out.add(text.startsWith("---\n") ? text.substring(4) : text);
                } else {
                    FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
                    if (split.shape() == FrontMatterSplitter.Shape.FRONT_MATTER) {
                        out.add(split.yaml());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> fixtureYaml() {
        return realYaml(Fixtures.root());
    }

    private static List<String> corpusYaml() {
        Path corpus = Fixtures.sharedCorpus();
        return corpus == null ? List.of() : realYaml(corpus);
    }

    /** Composes with both; returns whether the fast reader took the text. */
    private static boolean compareBoth(String yaml) {
        Node fast = FastComposer.compose(yaml, SafeYaml.resolver());
        if (fast == null) return false;
        Node reference;
        try {
            reference = SafeYaml.snakeYamlCompose(yaml);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "the fast reader took a text SnakeYAML refuses (" + e + "):\n" + yaml, e);
        }
        assertThat(reference).as("SnakeYAML found no document in:\n%s", yaml).isNotNull();
        assertSameTree(fast, reference, "", yaml);
        return true;
    }

    static void assertSameTree(Node fast, Node ref, String path, String yaml) {
        String where = path.isEmpty() ? "/" : path;
        if (fast.getClass() != ref.getClass()) {
            fail("at %s: %s, SnakeYAML %s, in:%n%s", where, fast, ref, yaml);
        }
        assertThat(fast.getTag()).as("tag at %s in:%n%s", where, yaml).isEqualTo(ref.getTag());
        assertThat(fast.getStartMark().getLine())
                .as("line at %s in:%n%s", where, yaml)
                .isEqualTo(ref.getStartMark().getLine());
        assertThat(fast.getStartMark().getColumn())
                .as("column at %s in:%n%s", where, yaml)
                .isEqualTo(ref.getStartMark().getColumn());
        assertThat(fast.getStartMark().getIndex())
                .as("index at %s in:%n%s", where, yaml)
                .isEqualTo(ref.getStartMark().getIndex());
        if (fast instanceof ScalarNode f && ref instanceof ScalarNode r) {
            assertThat(f.getValue()).as("value at %s in:%n%s", where, yaml).isEqualTo(r.getValue());
            assertThat(f.getScalarStyle())
                    .as("style at %s in:%n%s", where, yaml)
                    .isEqualTo(r.getScalarStyle());
            assertThat(f.getEndMark().getLine())
                    .as("end line at %s in:%n%s", where, yaml)
                    .isEqualTo(r.getEndMark().getLine());
            assertThat(f.getEndMark().getColumn())
                    .as("end column at %s in:%n%s", where, yaml)
                    .isEqualTo(r.getEndMark().getColumn());
            return;
        }
        CollectionNode<?> fc = (CollectionNode<?>) fast;
        CollectionNode<?> rc = (CollectionNode<?>) ref;
        assertThat(fc.getFlowStyle())
                .as("flow style at %s in:%n%s", where, yaml)
                .isEqualTo(rc.getFlowStyle());
        assertThat(fc.getValue().size())
                .as("size at %s in:%n%s", where, yaml)
                .isEqualTo(rc.getValue().size());
        if (fast instanceof SequenceNode f && ref instanceof SequenceNode r) {
            for (int i = 0; i < f.getValue().size(); i++) {
                assertSameTree(f.getValue().get(i), r.getValue().get(i), path + "/" + i, yaml);
            }
        } else if (fast instanceof MappingNode f && ref instanceof MappingNode r) {
            assertThat(f.isMerged()).isEqualTo(r.isMerged());
            for (int i = 0; i < f.getValue().size(); i++) {
                NodeTuple ft = f.getValue().get(i);
                NodeTuple rt = r.getValue().get(i);
                String key = path + "/" + i;
                assertSameTree(ft.getKeyNode(), rt.getKeyNode(), key + "(key)", yaml);
                assertSameTree(ft.getValueNode(), rt.getValueNode(), key, yaml);
            }
        }
    }

    @Test
    void theCommonShapesAreTakenAndReadAsSnakeYamlReadsThem() {
        List<String> shapes =
                List.of(
                        "title: Atelier\n",
                        "# note\n\ntitle: 'Café #3 l''après-midi'  # note\nlieu:  En ligne  \n",
                        "t: \"a \\\"b\\\" \\\\ c\\n\\td\"\n",
                        "tags: [API, 'x', \"y\", 2021-11-02 10:00:00 +01:00]\nvide: []\n",
                        "a:\n- x\n- 'y'\nb:\n  - k: v\n    l:\n  - k: w\n",
                        "chapeau-text: un long\n  texte C#\n\n  plié # fin\nsuite: 1\n",
                        "titre: 'un long\n  texte #1\n\n'\n",
                        "adresse: |-\n  77 avenue\n\n    en retrait\n  Paris\nx: |+\n  a\n\n",
                        "e:\nf: 2021-11-02 00:00:00 +01:00\ng: yes\nh: 0x1F\nField name: ~\n",
                        "title: 🎉 fête\ntags: [🎉, b]\n🎉: '🎉'\n");
        for (String yaml : shapes) {
            assertThat(compareBoth(yaml)).as("taken:%n%s", yaml).isTrue();
        }
    }

    @Test
    void everythingElseIsLeftToSnakeYaml() {
        List<String> others =
                List.of(
                        "a: &x 1\nb: *x\n",
                        "a: !!str 1\n",
                        "a:\tb\n",
                        "a:\n\t- b\n",
                        "a: >\n  b\n",
                        "a: |2\n   b\n",
                        "? a\n: b\n",
                        "a: {b: c}\n",
                        "a: b: c\n",
                        "a: 'b\n",
                        "a: [b,\n  c]\n",
                        "%YAML 1.1\n---\na: b\n",
                        "a: b\n---\nc: d\n",
                        "<<: {a: b}\n",
                        "\"a\": b\n",
                        "a: \"\\x41\"\n",
                        "- a\n- b\n",
                        "just text\n",
                        "",
                        "# only a comment\n",
                        "a: b\r\nc: d\n",
                        "a: b\u0085c\n",
                        "\uFEFFa: b\n",
                        "a:\n  - \n",
                        "a:\n    b: 1\n  c: 2\n",
                        "a: b\n  c: d\n");
        for (String yaml : others) {
            assertThat(FastComposer.compose(yaml, SafeYaml.resolver()))
                    .as("declined:%n%s", yaml)
                    .isNull();
        }
    }

    @Test
    void everyIndicatorInEveryPlaceIsDeclinedOrReadTheSame() {
        // each character that means something to YAML, at each place the reader decides on
        List<String> places =
                List.of(
                        "k: X\n",
                        "k: aX\n",
                        "k: a Xb\n",
                        "k: aX b\n",
                        "k: a X\n",
                        "k: a\n  X\n",
                        "k: a\n  Xb\n",
                        "k: a\n  b X\n",
                        "k: a\n\n  X b\nl: c\n",
                        "Xk: a\n",
                        "kX: a\n",
                        "k X: a\n",
                        "k:X\n",
                        "k: 'aX'\n",
                        "k: 'a'X\n",
                        "k: 'a' X\n",
                        "k: 'a\nX'\n",
                        "k: \"a\\X\"\n",
                        "k: \"a\nX b\"\n",
                        "k: [X]\n",
                        "k: [aX, b]\n",
                        "k: [a X]\n",
                        "k: [a,X]\n",
                        "k: [a] X\n",
                        "k:\n- X\n",
                        "k:\n- aX\n- b\n",
                        "k:\n-X\n",
                        "k:\n  - a\n  X\n",
                        "k:\n- a: b\n  X\n",
                        "k:\n- a: b\n  c: X\n",
                        "k:\n  X\n",
                        "k: |\n  X\n",
                        "k: |X\n  a\n",
                        "k: |-\n  a\n X\n",
                        "k: |-\n  a\n   X\n",
                        "k: |+\n  a\nX\n",
                        "k: a\nX\n",
                        "k: a\nX: b\n");
        String indicators = "-?:,[]{}#&*!|>'\"%@`\\<=~. \n\t";
        List<String> extra =
                List.of("- ", ": ", " #", "---", "...", "--- ", "'", "''", "\\n", "0", "1:2", "~");
        int taken = 0;
        for (String place : places) {
            List<String> fills = new ArrayList<>();
            for (char c : indicators.toCharArray()) fills.add(String.valueOf(c));
            fills.addAll(extra);
            for (String fill : fills) {
                if (compareBoth(place.replace("X", fill))) taken++;
            }
        }
        assertThat(taken).isGreaterThan(places.size() * 4);
    }

    @Test
    void everyFixtureFrontMatterIsReadAsSnakeYamlReadsIt() {
        List<String> all = fixtureYaml();
        int taken = 0;
        for (String yaml : all) if (compareBoth(yaml)) taken++;
        assertThat(all).hasSizeGreaterThan(40);
        // the hostile and broken ones are SnakeYAML's; the plain ones are the fast reader's
        assertThat(taken).isGreaterThanOrEqualTo(all.size() * 7 / 10);
    }

    @Test
    void mostOfTheRealCorpusIsReadFastAndTheSame() {
        List<String> all = corpusYaml();
        if (all.isEmpty()) return; // the shared corpus is absent from this checkout
        int taken = 0;
        for (String yaml : all) if (compareBoth(yaml)) taken++;
        assertThat(taken).isGreaterThanOrEqualTo(all.size() * 9 / 10);
    }

    @Test
    void generatedFrontMatterIsReadFastAndTheSame() {
        Random random = new Random(7);
        int taken = 0;
        int total = 400;
        for (int i = 0; i < total; i++) {
            String yaml = FrontMatterShapes.frontMatter(random);
            if (compareBoth(yaml)) taken++;
        }
        assertThat(taken).isGreaterThanOrEqualTo(total * 9 / 10);
    }

    @Test
    void aLongFrontMatterWithCharactersBeyondTheBmpIsReadTheSame() {
        // marks count code points from the previous mark, back and forth: checked over a long text
        Random random = new Random(11);
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            String shape = FrontMatterShapes.frontMatter(random);
            if (FastComposer.compose(shape, SafeYaml.resolver()) != null) {
                yaml.append(shape).append("k🎉").append(i).append(": [🎉, 'é🎉', \"🎉\"]\n");
            }
        }
        assertThat(yaml.length()).isGreaterThan(100_000);
        assertThat(compareBoth(yaml.toString())).isTrue();
    }

    @Test
    void mutatedFrontMatterIsEitherDeclinedOrReadTheSame() {
        List<String> seeds = new ArrayList<>(fixtureYaml());
        seeds.addAll(corpusYaml());
        // a longer search: -Dfastcomposer.mutants=... -Dfastcomposer.seed=...
        Random random = new Random(Long.getLong("fastcomposer.seed", 20261129L));
        for (int i = 0; i < 40; i++) seeds.add(FrontMatterShapes.frontMatter(random));
        seeds.removeIf(s -> s.isEmpty() || FastComposer.compose(s, SafeYaml.resolver()) == null);
        String significant = ":#-'\"[]{},&*!|>?%@\t \n\\<.";
        int taken = 0;
        int mutants = Integer.getInteger("fastcomposer.mutants", 30_000);
        for (int m = 0; m < mutants; m++) {
            StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(text.length() + 1);
                int lineStart = text.lastIndexOf("\n", at - 1) + 1;
                int lineEnd = text.indexOf("\n", at);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
                int kind = random.nextInt(6);
                if (kind == 0 && at < text.length()) {
                    text.deleteCharAt(at);
                } else if (kind == 1 && at < text.length()) {
                    text.setCharAt(at, significant.charAt(random.nextInt(significant.length())));
                } else if (kind == 2) {
                    text.insert(at, significant.charAt(random.nextInt(significant.length())));
                } else if (kind == 3) {
                    // indentation: a line moved in or out by one to three spaces
                    int spaces = 1 + random.nextInt(3);
                    if (random.nextBoolean()) {
                        text.insert(lineStart, " ".repeat(spaces));
                    } else {
                        int remove = 0;
                        while (remove < spaces
                                && lineStart + remove < text.length()
                                && text.charAt(lineStart + remove) == ' ') {
                            remove++;
                        }
                        text.delete(lineStart, lineStart + remove);
                    }
                } else if (kind == 4) {
                    text.insert(lineStart, text.substring(lineStart, lineEnd));
                } else {
                    text.delete(lineStart, lineEnd);
                }
            }
            if (compareBoth(text.toString())) taken++;
        }
        // the mutants must also exercise the fast reader, not only its refusals
        assertThat(taken).isGreaterThan(mutants / 5);
    }
}
