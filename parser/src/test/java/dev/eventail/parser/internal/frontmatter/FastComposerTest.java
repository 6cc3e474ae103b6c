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
                int kind = random.nextInt(3);
                if (kind == 0 && at < text.length()) {
                    text.deleteCharAt(at);
                } else if (kind == 1 && at < text.length()) {
                    text.setCharAt(at, significant.charAt(random.nextInt(significant.length())));
                } else {
                    text.insert(at, significant.charAt(random.nextInt(significant.length())));
                }
            }
            if (compareBoth(text.toString())) taken++;
        }
        // the mutants must also exercise the fast reader, not only its refusals
        assertThat(taken).isGreaterThan(mutants / 5);
    }
}
