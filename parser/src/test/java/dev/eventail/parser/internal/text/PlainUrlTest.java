package dev.eventail.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shortcut for URLs already well formed ({@link TextHeuristics#isPlainHttpUrl}) gives what the
 * repairs and {@link java.net.URI} give, on every link-like token of the fixtures and the corpus
 * and on strings assembled from the pieces that decide each rule.
 */
class PlainUrlTest {

    private static final Pattern TOKEN = Pattern.compile("[^\\s<>\"\\]]*https?:[^\\s<>\"\\]]*");

    @Test
    void theShortcutAgreesWithTheRepairsOnRealLinks() {
        List<String> links = realLinks();
        int plain = 0;
        int bare = 0;
        for (String link : links) {
            assertSame(link);
            if (TextHeuristics.isPlainHttpUrl(link)) plain++;
            if (link.startsWith("http") && link.indexOf(')') < 0) bare++;
        }
        // the shortcut is taken for most links written bare, or it saves nothing
        assertThat(bare).isGreaterThan(100);
        assertThat(plain).isGreaterThan(bare * 3 / 4);
    }

    @Test
    void theShortcutAgreesWithTheRepairsOnAssembledStrings() {
        String[] pieces = {
            "https://",
            "http://",
            "HTTPS://",
            "https:/",
            "a",
            "Z",
            "0",
            "-",
            ".",
            "fr",
            "com",
            "x-y",
            "localhost",
            ":",
            "8080",
            "123456",
            "/",
            "//",
            "?",
            "#",
            "%",
            "2F",
            "%g",
            "(",
            ")",
            ",",
            ";",
            "!",
            "@",
            "[",
            "]",
            " ",
            "\u00a0",
            "é",
            "\\",
            "mailto:",
            "'",
            "*",
            "&",
            "=",
            "+",
            "$",
            "~",
            "_",
            "{",
            "|",
            "^",
            "`",
            "»",
            "\""
        };
        String[] schemes = {"https://", "http://", "HTTPS://", "https:/", "", "//"};
        String[] hosts = {
            "a.fr",
            "www.example.com",
            "x-y.gouv.fr",
            "a",
            "localhost",
            "a..fr",
            "-a.fr",
            "1.2.3.4",
            "a.fr.",
            "mailto:x@y.fr",
            "é.fr",
            "a_b.fr",
            "A.FR",
            ""
        };
        String[] ports = {"", "", "", ":8080", ":", ":123456", ":0"};
        Random random = new Random(20261129);
        int plain = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            b.append(schemes[random.nextInt(schemes.length)]);
            b.append(hosts[random.nextInt(hosts.length)]);
            b.append(ports[random.nextInt(ports.length)]);
            int n = random.nextInt(9);
            for (int k = 0; k < n; k++) b.append(pieces[random.nextInt(pieces.length)]);
            String s = b.toString();
            assertSame(s);
            if (TextHeuristics.isPlainHttpUrl(s)) plain++;
        }
        assertThat(plain).isGreaterThan(1_000);
    }

    @Test
    void edgesOfTheShortcut() {
        assertThat(TextHeuristics.isPlainHttpUrl("https://www.example.fr/a?b=c#d")).isTrue();
        assertThat(TextHeuristics.isPlainHttpUrl("http://a.fr:8080")).isTrue();
        // each of these needs a repair, a refusal or URI's own reading
        for (String s :
                List.of(
                        "https://a.fr/x.",
                        "https://a.fr/(x))",
                        "https://a.fr/x y",
                        "https://a.fr/%2",
                        "https://a.fr/#a#b",
                        "https://a.fr:/x",
                        "https://a.fr:123456/",
                        "https://a..fr/",
                        "https://-a.fr/",
                        "https://a.f/",
                        "https://a.fr./",
                        "https://localhost/",
                        "https://mailto:x@y.fr",
                        "https:///a.fr",
                        "Https://a.fr/",
                        " https://a.fr/")) {
            assertThat(TextHeuristics.isPlainHttpUrl(s)).as(s).isFalse();
            assertSame(s);
        }
    }

    private static void assertSame(String s) {
        assertThat(TextHeuristics.url(s)).as(s).isEqualTo(TextHeuristics.urlRepaired(s, null));
        if (TextHeuristics.isPlainHttpUrl(s)) {
            assertThat(TextHeuristics.urlRepaired(s, null))
                    .as(s)
                    .isEqualTo(new TextHeuristics.UrlResult(s, null, false));
            // the link roles read the host of such a URL without parsing it
            assertThat(TextHeuristics.plainHost(s)).as(s).isEqualTo(TextHeuristics.host(s));
        }
    }

    private static List<String> realLinks() {
        List<String> out = new ArrayList<>();
        for (String text : Fixtures.markdownTexts("posts", "sample-site")) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                String token = m.group();
                out.add(token);
                // as a Markdown link target or a wrapped link leaves it
                int paren = token.indexOf("](");
                if (paren >= 0) out.add(token.substring(paren + 2));
            }
        }
        return out;
    }
}
