package dev.eventail.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedNamesTest {

    /** Characters where UTF-8 byte order and UTF-16 order disagree, and the usual ones. */
    private static final String[] PIECES = {
        "a",
        "b",
        "_evenements/",
        "-",
        "/",
        ".md",
        "é",
        "œ",
        "\uE000",
        "\uFFFD",
        "😀",
        "𝄞",
        "Z",
        "0",
        " ",
        "\u00FF"
    };

    @Test
    void ordersAsStringCompareToDoes() {
        Random random = new Random(7);
        SortedNames names = new SortedNames();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(6);
            for (int k = 0; k < parts; k++) b.append(PIECES[random.nextInt(PIECES.length)]);
            names.add(b.toString());
            expected.add(b.toString());
        }
        names.sort();
        Collections.sort(expected);
        List<String> got = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) got.add(names.get(i));
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void namesAcrossSeveralChunksAndIndexPagesComeBackWhole() {
        // 60,000 names of up to 120 bytes fill three 1 MiB chunks and four index pages, and one
        // name longer than a chunk gets a chunk of its own
        Random random = new Random(11);
        SortedNames names = new SortedNames();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder("_evenements/");
            int parts = 1 + random.nextInt(30);
            for (int k = 0; k < parts; k++) b.append(PIECES[random.nextInt(PIECES.length)]);
            if (i == 30_000) b.append("x".repeat(3 << 20));
            names.add(b.toString());
            expected.add(b.toString());
        }
        names.sort();
        Collections.sort(expected);
        assertThat(names.size()).isEqualTo(expected.size());
        for (int i = 0; i < names.size(); i++) {
            assertThat(names.get(i)).as("name %d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void aFolderSortsAfterAFileThatSharesItsNameWithADash() {
        SortedNames names = new SortedNames();
        names.add("_evenements/b.md");
        names.add("_evenements-old.md");
        names.add("_evenements/a.md");
        names.sort();
        assertThat(List.of(names.get(0), names.get(1), names.get(2)))
                .containsExactly("_evenements-old.md", "_evenements/a.md", "_evenements/b.md");
    }
}
