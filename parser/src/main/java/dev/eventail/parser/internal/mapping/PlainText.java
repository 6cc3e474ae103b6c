package dev.eventail.parser.internal.mapping;

import org.jsoup.Jsoup;

/**
 * Plain text from the short Markdown-and-HTML snippets of front matter ({@code chapeau-text},
 * {@code description}): tags, kramdown attribute lists, emphasis markers and link targets removed.
 */
public final class PlainText {

    private PlainText() {}

    /** The text a reader sees, whitespace collapsed. */
    public static String of(String markup) {
        String t = markup.replace("\r", "");
        t = t.replaceAll("\\{:[^}\\n]*}", ""); // kramdown attribute lists
        t = t.replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "$1");
        t = t.replaceAll("\\[([^\\]]*)]\\([^)]*\\)(?:\\{[^}]*})?", "$1");
        t = t.replaceAll("(?<![\\w*])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])", "$2");
        t = t.replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "");
        t = t.replaceAll("(?m)^\\s*[*+-]\\s+", "");
        if (t.indexOf('<') >= 0 || t.indexOf('&') >= 0) {
            t = Jsoup.parseBodyFragment(t.replaceAll("(?i)<br\\s*/?>", " ")).text();
        }
        t = t.replace('\u00a0', ' ');
        return t.replaceAll("\\s+", " ").strip();
    }
}
