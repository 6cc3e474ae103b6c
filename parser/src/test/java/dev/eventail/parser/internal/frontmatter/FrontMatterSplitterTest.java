package dev.eventail.parser.internal.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.parser.internal.frontmatter.FrontMatterSplitter.Shape;
import dev.eventail.parser.internal.frontmatter.FrontMatterSplitter.Split;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    @Test
    void frontMatterClosedByDashes() {
        Split s = FrontMatterSplitter.split("---\ntitle: A\nb: 1\n---\n\nBody\n");
        assertThat(s.shape()).isEqualTo(Shape.FRONT_MATTER);
        assertThat(s.yaml()).isEqualTo("title: A\nb: 1\n");
        assertThat(s.yamlLine()).isEqualTo(2);
        assertThat(s.body()).isEqualTo("\nBody\n");
        assertThat(s.bodyLine()).isEqualTo(5);
    }

    @Test
    void frontMatterClosedByDotsAndTrailingSpaces() {
        Split s = FrontMatterSplitter.split("---  \ntitle: A\n...   \nBody");
        assertThat(s.shape()).isEqualTo(Shape.FRONT_MATTER);
        assertThat(s.yaml()).isEqualTo("title: A\n");
        assertThat(s.body()).isEqualTo("Body");
        assertThat(s.bodyLine()).isEqualTo(4);
    }

    @Test
    void emptyFrontMatterAndNoBody() {
        Split s = FrontMatterSplitter.split("---\n---");
        assertThat(s.shape()).isEqualTo(Shape.FRONT_MATTER);
        assertThat(s.yaml()).isEmpty();
        assertThat(s.body()).isEmpty();
    }

    @Test
    void onlyTheFirstLineCanOpen() {
        assertThat(FrontMatterSplitter.split("\n---\ntitle: A\n---\n").shape())
                .isEqualTo(Shape.NONE);
        assertThat(FrontMatterSplitter.split("Texte\n---\n").shape()).isEqualTo(Shape.NONE);
        assertThat(FrontMatterSplitter.split("----\ntitle: A\n----\n").shape())
                .isEqualTo(Shape.NONE);
    }

    @Test
    void unclosedFrontMatter() {
        Split s = FrontMatterSplitter.split("---\ntitle: A\n\nBody");
        assertThat(s.shape()).isEqualTo(Shape.UNCLOSED);
        assertThat(s.body()).isEqualTo("---\ntitle: A\n\nBody");
    }

    @Test
    void aHorizontalRuleInTheBodyIsNotAClosingLine() {
        Split s = FrontMatterSplitter.split("---\na: 1\n---\nText\n---\nMore\n");
        assertThat(s.yaml()).isEqualTo("a: 1\n");
        assertThat(s.body()).isEqualTo("Text\n---\nMore\n");
    }
}
