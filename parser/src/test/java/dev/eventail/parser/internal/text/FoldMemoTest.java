package dev.eventail.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.parser.PostParser;
import org.junit.jupiter.api.Test;

/** Folded texts are shared within a post and forgotten after it. */
class FoldMemoTest {

    @Test
    void aTextFoldedTwiceIsFoldedOnceAndNothingIsKeptAfterAPost() {
        TextHeuristics.forgetFolds();
        String text = new String("Atelier à l’Hôtel de Ville, entrée libre");
        String first = TextHeuristics.fold(text);
        TextHeuristics.fold("autre texte");
        // the same content in another string: found by value, not only by identity
        assertThat(TextHeuristics.fold(new String(text))).isSameAs(first);
        assertThat(TextHeuristics.foldsKept()).isEqualTo(2);

        PostParser.create()
                .parse(
                        "---\ntitle: Atelier\ndate: 2025-03-01\n---\n\n"
                                + "**[Le 11/03 de 9h30 à 12h] [Atelier]** Entrée libre, en ligne\n",
                        "_evenements/atelier.md");
        assertThat(TextHeuristics.foldsKept()).isZero();
    }
}
