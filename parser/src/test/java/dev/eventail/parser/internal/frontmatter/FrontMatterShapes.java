package dev.eventail.parser.internal.frontmatter;

import java.util.List;
import java.util.Random;

/**
 * Front matter in the shapes the real archives and the benchmark generator use (Siteleaf's folded
 * plain and quoted text, indentless lists, lists of maps, flow lists, timestamps, empty values,
 * literal blocks), written from a seed; about one in thirty holds a folded block, which the fast
 * reader leaves to SnakeYAML.
 */
final class FrontMatterShapes {

    private FrontMatterShapes() {}

    private static final List<String> WORDS =
            List.of(
                    "atelier",
                    "rencontre",
                    "numérique",
                    "l’État",
                    "d'échanges",
                    "#3",
                    "C#",
                    "https://www.example.org/a?b=c",
                    "10h30",
                    "14h-18h",
                    "(en ligne)",
                    "«",
                    "»",
                    "design",
                    "Ségur,",
                    "75015",
                    "🎉",
                    "{:target=\"_blank\"}",
                    "[programme](https://x.fr/)",
                    "a:b",
                    "50%",
                    "@dinum",
                    "*gras*",
                    "-",
                    "&",
                    "!",
                    "yes",
                    "null",
                    "2021");

    private static String words(Random r, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) out.append(r.nextInt(12) == 0 ? "  " : " ");
            out.append(WORDS.get(r.nextInt(WORDS.size())));
        }
        return out.toString();
    }

    private static boolean plainSafe(String v) {
        return !v.isEmpty()
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) < 0
                && !v.contains(": ")
                && !v.contains(" #")
                && !v.endsWith(":")
                && !v.endsWith(" ");
    }

    private static String scalar(Random r, String v) {
        int style = r.nextInt(5);
        if (style == 0 || !plainSafe(v)) return "'" + v.replace("'", "''") + "'";
        if (style == 1) return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return v;
    }

    /** A long value folded over lines indented by {@code indent}, as Siteleaf writes them. */
    private static String folded(Random r, String v, int indent) {
        String head = plainSafe(v) && r.nextBoolean() ? v : "'" + v.replace("'", "''") + "'";
        String[] parts = head.split(" ");
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                if (width > 30 && !parts[i].isEmpty() && !parts[i - 1].isEmpty()) {
                    out.append('\n').append(" ".repeat(indent));
                    if (r.nextInt(10) == 0) out.append('\n').append(" ".repeat(indent));
                    width = 0;
                } else {
                    out.append(' ');
                }
            }
            out.append(parts[i]);
            width += parts[i].length() + 1;
        }
        return out.toString();
    }

    static String frontMatter(Random r) {
        StringBuilder y = new StringBuilder();
        if (r.nextInt(6) == 0) y.append("# imported\n");
        y.append("title: ").append(scalar(r, words(r, 2 + r.nextInt(6)))).append('\n');
        y.append("date: 2022-0")
                .append(1 + r.nextInt(9))
                .append("-1")
                .append(r.nextInt(10))
                .append(" 10:33:00 +02:00\n");
        if (r.nextBoolean()) {
            y.append("categories:\n");
            String dash = r.nextBoolean() ? "- " : "  - ";
            for (int i = 0; i <= r.nextInt(3); i++) {
                y.append(dash).append(scalar(r, words(r, 1 + r.nextInt(2)))).append('\n');
            }
        } else {
            y.append("categories: [")
                    .append(r.nextBoolean() ? "Rencontre" : "'Mois de l''innovation'")
                    .append(r.nextBoolean() ? ", Table ronde" : "")
                    .append("]\n");
        }
        y.append("tags: ").append(r.nextBoolean() ? "[]" : "[API, \"Données\"]").append('\n');
        if (r.nextInt(8) == 0) {
            y.append("chapeau-text: ")
                    .append(List.of("|-", "|", "|+").get(r.nextInt(3)))
                    .append("\n  Un texte #1: ")
                    .append(words(r, 3))
                    .append(r.nextBoolean() ? "\n\n" : "\n \n")
                    .append(r.nextBoolean() ? "    en retrait\n" : "")
                    .append("  sur deux paragraphes\n")
                    .append(r.nextBoolean() ? "\n" : "");
        } else if (r.nextInt(30) == 0) {
            y.append("chapeau-text: >-\n  Un texte\n  plié\n");
        } else {
            y.append("chapeau-text: ")
                    .append(folded(r, words(r, 8 + r.nextInt(30)), 2))
                    .append('\n');
        }
        if (r.nextBoolean()) {
            y.append("une-ou-diaporama:\n- image: \"/uploads/a.jpg\"\n  alternative-textuelle: ")
                    .append(scalar(r, words(r, 2)))
                    .append('\n');
        }
        y.append("event_start_date: ");
        if (r.nextInt(10) == 0) {
            y.append("[2021-11-18 10:00:00 +01:00, 2021-11-30 10:00:00 +01:00]\n");
        } else {
            y.append("2023-05-25 14:00:00 +02:00\n");
        }
        y.append("lieu: ").append(scalar(r, words(r, 3))).append('\n');
        if (r.nextBoolean()) {
            y.append("adresse: \"77 avenue de Ségur \\n75015 Paris\"\n");
        } else if (r.nextInt(4) == 0) {
            y.append("adresse: |-\n  77 avenue de Ségur\n  75015 Paris\n");
        }
        if (r.nextInt(3) > 0) {
            y.append("champs_informations:\n");
            String dash = r.nextInt(4) == 0 ? "  - " : "- ";
            for (int i = 0; i <= r.nextInt(4); i++) {
                String pad = " ".repeat(dash.length());
                y.append(dash).append("intitule: ").append(scalar(r, words(r, 1))).append('\n');
                y.append(pad)
                        .append("contenu: ")
                        .append(folded(r, words(r, 2 + r.nextInt(12)), pad.length() + 2))
                        .append('\n');
                if (r.nextBoolean()) y.append(pad).append("lien:").append('\n');
            }
        }
        if (r.nextInt(4) == 0) {
            y.append("acces:\n- type: Métro\n  lignes:\n  - nom: Ségur (ligne 10)\n");
        }
        if (r.nextInt(5) == 0) y.append("\n# brouillon\npublished: false # pas encore\n");
        if (r.nextInt(8) == 0) y.append("afficher_la_carte: true\nnombre: 42\n");
        if (r.nextInt(10) == 0) y.append("Field name:\n");
        return y.toString();
    }
}
