package dev.eventail.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ArchiveGeneratorTest {

    private static final List<ArchiveGenerator.GeneratedPost> POSTS =
            ArchiveGenerator.posts(42, 1000);

    @Test
    void sameSeedWritesByteIdenticalArchives(@TempDir Path tmp) throws IOException {
        ArchiveGenerator.Summary first = ArchiveGenerator.write(tmp.resolve("a"), 60, 7);
        ArchiveGenerator.Summary second = ArchiveGenerator.write(tmp.resolve("b"), 60, 7);

        assertThat(second).isEqualTo(first);
        List<String> filesA = relativeFiles(tmp.resolve("a"));
        assertThat(filesA).hasSize(60 + 2).contains("_config.yml", ArchiveGenerator.MANIFEST);
        assertThat(relativeFiles(tmp.resolve("b"))).isEqualTo(filesA);
        for (String f : filesA) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
    }

    @Test
    void anotherSeedWritesAnotherArchive() {
        assertThat(ArchiveGenerator.posts(8, 20)).isNotEqualTo(ArchiveGenerator.posts(7, 20));
    }

    @Test
    void aLargerArchiveStartsWithTheSmallerOne() {
        assertThat(ArchiveGenerator.posts(42, 100).subList(0, 50))
                .isEqualTo(ArchiveGenerator.posts(42, 50));
        assertThat(ArchiveGenerator.post(42, 123)).isEqualTo(POSTS.get(123));
    }

    @Test
    void refusesToWriteIntoAFolderThatHoldsFiles(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("keep.md"), "mine");
        assertThatThrownBy(() -> ArchiveGenerator.write(tmp, 3, 1))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not empty");
        assertThat(Files.readString(tmp.resolve("keep.md"))).isEqualTo("mine");
    }

    @Test
    void manifestListsEveryPostWithItsSizeAndSubEvents(@TempDir Path tmp) throws IOException {
        ArchiveGenerator.Summary summary = ArchiveGenerator.write(tmp, 30, 42);
        List<String> lines = Files.readAllLines(tmp.resolve(ArchiveGenerator.MANIFEST));

        assertThat(lines).hasSize(31);
        assertThat(lines.get(0)).isEqualTo("path\tconvention\tbytes\tsessions\tslots");
        long bytes = 0;
        long sessions = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            assertThat(Files.size(tmp.resolve(cells[0]))).isEqualTo(Long.parseLong(cells[2]));
            bytes += Long.parseLong(cells[2]);
            sessions += Long.parseLong(cells[3]);
        }
        assertThat(bytes).isEqualTo(summary.bytes());
        assertThat(sessions).isEqualTo(summary.sessions());
        assertThat(
                        new Yaml(new SafeConstructor(new LoaderOptions()))
                                .<Map<String, Object>>load(
                                        Files.readString(tmp.resolve("_config.yml"))))
                .containsEntry("timezone", "Europe/Paris")
                .containsKey("collections");
    }

    @Test
    void everyFrontMatterLoadsWithItsConventionsKeys() {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        int evenements = 0;
        int articles = 0;
        for (var post : POSTS) {
            Floor.Split split = Floor.split(post.content());
            Map<String, Object> fm = yaml.load(split.frontMatter());
            assertThat(fm).as(post.path()).containsKey("title");
            if (post.convention().equals(PostComposer.EVENEMENTS)) {
                evenements++;
                assertThat(post.path()).startsWith("_evenements/").matches(".*\\.(md|markdown)");
                assertThat(fm)
                        .as(post.path())
                        .containsKeys("date", "categories", "lieu", "champs_informations");
                assertThat(fm.get("champs_informations")).isInstanceOf(List.class);
            } else {
                articles++;
                assertThat(post.path()).startsWith("content/articles/").endsWith(".md");
                assertThat(fm)
                        .as(post.path())
                        .containsKeys("slug", "publishedDate", "description", "tags");
            }
            assertThat(split.body()).as(post.path()).isNotBlank();
        }
        assertThat(evenements).isBetween(640, 800);
        assertThat(articles).isBetween(200, 360);
    }

    @Test
    void postsShowEveryShapeOfTheRealArchives() {
        String all = String.join("\n\u0000\n", POSTS.stream().map(p -> p.content()).toList());
        assertThat(all)
                // front matter
                .contains("\nevent_start_date: ", "\nevent_end_date: ", "\nevent_start_date:\n- ")
                .contains(
                        "\nlieu: ",
                        "\nadresse: ",
                        "\nadresse: \"77 avenue de Ségur \\n75015 Paris\"")
                .contains("- intitule: Horaires\n  contenu: ", "  lien: https://")
                .contains(
                        "\npublishedDate: ", "\nslug: ", "\ndescription: ", "\npublished: false\n")
                .contains("chapeau-text: |-\n", "0007-08-31 23:09:21 +00:09")
                // sessions in Markdown and in HTML blocks
                .containsPattern(
                        "\n\\*\\*\\[Le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \\d\\d/\\d\\d de \\d+h(\\d\\d)? à \\d+h(\\d\\d)?\\] \\[[^]]+\\]\\*\\* \\*[^*]+\\*\n")
                .containsPattern(
                        "\n<p style=\"margin-top: 30px\"><b>\\[Le [^]]+\\] \\[[^]]+\\]</b> <i>[^<]+</i></p>\n")
                .containsPattern(
                        "\n\\*\\*\\[Du \\d\\d/\\d\\d au \\d\\d/\\d\\d de [^]]+\\][^\n]*\\*\\*\\\\\n\\*")
                .contains("\n<br>[<span lang=\"EN\">", "</b> <i>**", "\n**\n[Le ")
                // programme slots
                .containsPattern("\n\\* \\*\\*\\[\\d+h(\\d\\d)?-\\d+h(\\d\\d)?\\]\\*\\* ")
                .containsPattern("\n#### \\[\\d+h(\\d\\d)?-\\d+h(\\d\\d)?\\] \\*\\*")
                .containsPattern("\n### 1\\dh\\d\\d\n")
                .containsPattern("\n- (\\d+|1er) [a-zéû]+ - (présentiel|visioconférence)\n")
                // places, registration, kramdown attributes, entities
                .contains(
                        "Accessible aux personnes à mobilité réduite au Lieu de la transformation publique \n* 77")
                .contains(
                        "<div class=\"lien-important\"><p><a href=\"https://",
                        "class=\"button\"><b>S'inscrire</b></a>")
                .contains(
                        "](https://www.eventbrite.fr/e/billets-",
                        "){:target=\"_blank\"}",
                        "&nbsp;");
        assertThat(POSTS).anyMatch(p -> !p.content().endsWith("\n"));
        assertThat(POSTS).anyMatch(p -> p.content().endsWith("\n"));
    }

    @Test
    void timestampsCarryTheParisOffsetOfTheirDay() {
        Pattern stamp =
                Pattern.compile(
                        "event_start_date: (\\d{4})-(\\d\\d)-(\\d\\d) (\\d\\d):\\d\\d:\\d\\d (\\+0[12]:00)");
        int winter = 0;
        int summer = 0;
        for (var post : POSTS) {
            Matcher m = stamp.matcher(post.content());
            if (!m.find()) continue;
            int month = Integer.parseInt(m.group(2));
            String offset = m.group(5);
            // away from the changeover weeks, the month alone tells the offset
            if (month >= 5 && month <= 9) {
                assertThat(offset).as(post.path()).isEqualTo("+02:00");
                summer++;
            } else if (month <= 2 || month >= 11) {
                assertThat(offset).as(post.path()).isEqualTo("+01:00");
                winter++;
            }
        }
        assertThat(winter).isPositive();
        assertThat(summer).isPositive();
    }

    @Test
    void subEventsPerPostStayBetweenZeroAndTwelve() {
        assertThat(POSTS).allSatisfy(p -> assertThat(p.sessions()).isBetween(0, 12));
        assertThat(POSTS).anyMatch(p -> p.sessions() == 0);
        assertThat(POSTS).anyMatch(p -> p.sessions() >= 10);
        assertThat(POSTS).anyMatch(p -> p.slots() > 0);
        for (var p : POSTS) {
            if (p.convention().equals(PostComposer.EVENEMENTS) && p.sessions() == 0) {
                assertThat(p.content()).as(p.path()).doesNotContain("margin-top: 30px");
            }
        }
    }

    @Test
    void foldedAndQuotedValuesReadBackUnchanged() {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (String value :
                List.of(
                        "Design public – Meetup #2",
                        "Horaires : de 9h à 18h, l''entrée est libre et il y a beaucoup de texte ici",
                        "'Modalités '",
                        "Une phrase assez longue pour être repliée sur plusieurs lignes, sans rien de spécial",
                        "18h30-21h30",
                        "2021",
                        "yes",
                        "- une liste ?")) {
            Map<String, Object> read = yaml.load("k: " + YamlText.folded(value, 2, 30) + "\n");
            assertThat(read.get("k")).as(value).isEqualTo(value);
            Map<String, Object> quoted =
                    yaml.load("k: " + YamlText.doubleQuoted(value + "\nx") + "\n");
            assertThat(quoted.get("k")).isEqualTo(value + "\nx");
        }
        assertThat(YamlText.isPlainSafe("18h30-21h30")).isTrue();
        assertThat(YamlText.isPlainSafe("2021-11-02")).isFalse();
        assertThat(YamlText.isPlainSafe("off")).isFalse();
    }

    @Test
    void sizesResembleTheRealAgenda() {
        long total = POSTS.stream().mapToLong(ArchiveGenerator.GeneratedPost::bytes).sum();
        // the real files average about 3.9 kB (median 3.2 kB)
        assertThat(total / POSTS.size()).isBetween(2_500L, 6_000L);
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        }
        out.sort(null);
        return out;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
