package dev.eventail.parser.internal.mapping;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Plain text from the short Markdown-and-HTML snippets of front matter ({@code chapeau-text},
 * {@code description}): tags, kramdown attribute lists, emphasis markers and link targets removed.
 */
public final class PlainText {

    private PlainText() {}

    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:[^}\\n]*}");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)(?:\\{[^}]*})?");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\w*])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern HEADING_MARK = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+");
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[*+-]\\s+");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The text a reader sees, whitespace collapsed. */
    public static String of(String markup) {
        String t = markup.replace("\r", "");
        // each pattern needs a character most summaries lack: looked for first
        if (t.contains("{:")) t = ATTRIBUTE_LIST.matcher(t).replaceAll(""); // attribute lists
        if (t.contains("](")) {
            t = IMAGE.matcher(t).replaceAll("$1");
            t = LINK.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) t = EMPHASIS.matcher(t).replaceAll("$2");
        if (t.indexOf('#') >= 0) t = HEADING_MARK.matcher(t).replaceAll("");
        if (t.indexOf('*') >= 0 || t.indexOf('+') >= 0 || t.indexOf('-') >= 0) {
            t = BULLET.matcher(t).replaceAll("");
        }
        if (t.indexOf('<') >= 0 || t.indexOf('&') >= 0) {
            t = Jsoup.parseBodyFragment(BREAK.matcher(t).replaceAll(" ")).text();
        }
        t = t.replace('\u00a0', ' ');
        return WHITESPACE.matcher(t).replaceAll(" ").strip();
    }
}
