package dev.eventail.parser.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Post;
import dev.eventail.parser.DiagnosticCodes;
import dev.eventail.parser.PostParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated fixture posts (truncated, spliced, bytes flipped, lines duplicated, markup inserted): the
 * parser always returns a post, and every diagnostic's line lies inside the file. The time bound
 * comes from the parser's own limits; the preemptive timeout is only a guard against a hang,
 * deliberately generous.
 */
class MutatedPostsTest {

    private static final PostParser PARSER = PostParser.create();
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static final List<byte[]> POSTS = load();

    private static final List<String> MARKUP =
            List.of(
                    "<script>alert(1)</script>",
                    "<style>p{}</style>",
                    "<div><div><div>",
                    "---\n",
                    "[lien](javascript:alert(1))",
                    "&a [*a, *a, *a]",
                    "{{ {{ [[ ]] }} }}",
                    "\t- : - :\n",
                    "<!--",
                    "```\n",
                    "## Le 31 février 2021 à 25h61\n",
                    "!!javax.script.ScriptEngineManager ",
                    "\uFEFF",
                    "\r\n\r");

    private static List<byte[]> load() {
        try (Stream<Path> files =
                Stream.concat(
                        Files.list(Fixtures.path("posts/frontmatter")),
                        Files.list(Fixtures.path("posts/body")))) {
            return files.filter(p -> !p.toString().endsWith(".txt"))
                    .sorted()
                    .map(
                            p -> {
                                try {
                                    return Files.readAllBytes(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mutation: its name (for shrinking reports) and the bytes it gives. */
    record Mutated(String how, byte[] bytes) {
        @Override
        public String toString() {
            return how + " (" + bytes.length + " bytes)";
        }
    }

    @Provide
    Arbitrary<Mutated> mutatedPosts() {
        Arbitrary<byte[]> post = Arbitraries.of(POSTS);
        Arbitrary<Double> a = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> b = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> salt = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Combinators.combine(post, Arbitraries.of(POSTS), kind, a, b, salt)
                .as(MutatedPostsTest::mutate);
    }

    static Mutated mutate(byte[] post, byte[] other, int kind, double a, double b, int salt) {
        int at = (int) (a * post.length);
        int to = Math.max(at, (int) (b * post.length));
        switch (kind) {
            case 0:
                return new Mutated("truncated at " + at, java.util.Arrays.copyOf(post, at));
            case 1:
                {
                    int from = (int) (b * other.length);
                    return new Mutated(
                            "spliced at " + at + " with another post from " + from,
                            concat(slice(post, 0, at), slice(other, from, other.length)));
                }
            case 2:
                {
                    byte[] flipped = post.clone();
                    int n = 1 + salt % 16;
                    for (int i = 0; i < n && flipped.length > 0; i++) {
                        int where = (int) ((salt + i * 7919L) % flipped.length);
                        flipped[where] = (byte) (flipped[where] ^ (1 << ((salt + i) % 8)));
                    }
                    return new Mutated(n + " bytes flipped", flipped);
                }
            case 3:
                {
                    int times = 1 + salt % 50;
                    byte[] chunk = slice(post, at, to);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(slice(post, 0, to));
                    for (int i = 0; i < times; i++) out.writeBytes(chunk);
                    out.writeBytes(slice(post, to, post.length));
                    return new Mutated(
                            "bytes " + at + ".." + to + " repeated " + times + " times",
                            out.toByteArray());
                }
            case 4:
                {
                    String markup = MARKUP.get(salt % MARKUP.size());
                    return new Mutated(
                            "\"" + markup + "\" inserted at " + at,
                            concat(
                                    concat(
                                            slice(post, 0, at),
                                            markup.getBytes(StandardCharsets.UTF_8)),
                                    slice(post, at, post.length)));
                }
            default:
                {
                    byte[] noise = new byte[1 + salt % 64];
                    new java.util.Random(salt).nextBytes(noise);
                    return new Mutated(
                            noise.length + " random bytes at " + at,
                            concat(
                                    concat(slice(post, 0, at), noise),
                                    slice(post, at, post.length)));
                }
        }
    }

    @Property(tries = 400)
    void parsingReturnsWithLinesInsideTheFile(@ForAll("mutatedPosts") Mutated input) {
        Post post =
                assertTimeoutPreemptively(
                        HANG_GUARD, () -> PARSER.parse(input.bytes(), "_evenements/mutated.md"));
        int lines = lineCount(input.bytes());
        for (Diagnostic d : post.diagnostics()) {
            assertThat(d.source().line()).as(d.toString()).isBetween(0, lines);
            assertThat(d.code()).as(d.toString()).isNotEqualTo(DiagnosticCodes.INTERNAL_ERROR);
        }
        post.events().stream()
                .flatMap(e -> e.flatten().stream())
                .forEach(e -> assertThat(e.source().line()).isBetween(0, lines));
    }

    /** Lines as an editor counts them: a line end of any kind, the last line even unterminated. */
    static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') lines++;
            else if (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) lines++;
        }
        return lines;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, Math.min(from, to), to);
    }

    private static byte[] concat(byte[] x, byte[] y) {
        byte[] both = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, both, x.length, y.length);
        return both;
    }
}
