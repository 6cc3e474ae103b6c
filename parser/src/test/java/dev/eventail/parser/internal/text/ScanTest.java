package dev.eventail.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventail.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The opener scans give what their patterns give, and the one-pass fold what the definition gives,
 * on every text of the fixtures and of the shared corpus (when present), whole and line by line.
 */
class ScanTest {

    private static final List<String> TEXTS = texts();

    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (String text : Fixtures.markdownTexts("posts", "sample-site")) {
            out.add(text);
            out.addAll(text.lines().toList());
        }
        // edges: openers at the ends, glued to words, repeated, overlapping
        out.addAll(
                List.of(
                        "",
                        "100% en ligne",
                        "x100 % en ligne",
                        "en ligne",
                        "inscriptions en ligne en ligne du 3 mai, inscrivez-vous",
                        "tarif : 50 €",
                        "10 % de remise",
                        "sans frais d'inscription, 20 % de reduction",
                        "n'aura pas lieu",
                        "annulee annulees",
                        "sur zoom via teams avec jitsi",
                        "le lieu de la transformation publique",
                        "se tiendra desormais uniquement en ligne",
                        "12 rue de la Paix, 75002 Paris ; 3bis, avenue Foch 69006 Lyon",
                        "a12 rue X 75001 Paris",
                        "dans le 7e arrondissement de Paris"));
        return out;
    }

    @Test
    void everyScanFindsWhatItsPatternFinds() {
        int checked = 0;
        int matched = 0;
        for (Scan scan : TextHeuristics.scans()) {
            for (String raw : TEXTS) {
                // the attendance and status patterns read folded text, the address ones raw text
                for (String text : List.of(TextHeuristics.fold(raw), raw)) {
                    boolean expected = scan.pattern().matcher(text).find();
                    assertThat(scan.find(text))
                            .as("%s on %s", scan.pattern(), abbreviate(text))
                            .isEqualTo(expected);
                    assertThat(scan.replaceAll(text, " "))
                            .as("%s replacing in %s", scan.pattern(), abbreviate(text))
                            .isEqualTo(scan.pattern().matcher(text).replaceAll(" "));
                    List<String> all = new ArrayList<>();
                    Matcher m = scan.pattern().matcher(text);
                    while (m.find()) all.add(m.start() + ":" + m.end() + ":" + m.group());
                    assertThat(scan.matches(text))
                            .extracting(r -> r.start() + ":" + r.end() + ":" + r.group())
                            .as("%s matches in %s", scan.pattern(), abbreviate(text))
                            .isEqualTo(all);
                    checked++;
                    if (expected) matched++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        // the texts exercise the patterns, not only their absence
        assertThat(matched).isGreaterThan(50);
    }

    @Test
    void aScanNeedsAnOpener() {
        assertThatThrownBy(() -> new Scan(Pattern.compile("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingOpenerIsVisible() {
        // what the comparison above would catch: an alternative without its opener is not found
        Scan incomplete = new Scan(Pattern.compile("\\bgratuit\\b|\\blibre\\b"), "gratuit");
        assertThat(incomplete.find("entree libre")).isFalse();
        assertThat(incomplete.pattern().matcher("entree libre").find()).isTrue();
    }

    @Test
    void theOnePassFoldIsTheDefinitionForEveryCharacter() {
        // each character alone, and between words and whitespace runs it may merge with
        for (char c = 0; c < 0x2100; c++) {
            for (String text :
                    List.of(String.valueOf(c), "A " + c + " \tZ", "É" + c + c + "\u00a0x")) {
                assertThat(TextHeuristics.fold(text))
                        .as("U+%04X", (int) c)
                        .isEqualTo(TextHeuristics.foldByDefinition(text));
            }
        }
        assertThat(TextHeuristics.fold(" Œuvre à l’Hôtel\u00a0 \tde Ville\n"))
                .isEqualTo("oeuvre a l'hotel de ville");
    }

    @Test
    void theOnePassFoldIsTheDefinitionOnRealTexts() {
        int accented = 0;
        for (String text : TEXTS) {
            assertThat(TextHeuristics.fold(text)).isEqualTo(TextHeuristics.foldByDefinition(text));
            if (!text.chars().allMatch(c -> c < 0x80)) accented++;
        }
        assertThat(accented).isGreaterThan(100);
        // outside the table (here Greek), the whole text takes the definition's path
        assertThat(TextHeuristics.fold("ΣΑΛΑ Œuvre")).isEqualTo("σαλα oeuvre");
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
