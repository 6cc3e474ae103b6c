package dev.eventail.bench.jmh;

import dev.eventail.bench.ArchiveGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inputs of the stage benchmarks, cut once from generated posts: whole files, their front
 * matters and bodies, the date wordings, the place wordings and the links they contain.
 */
final class Corpus {

    private static final Pattern SESSION_DATE =
            Pattern.compile("\\[?((?:Le|Du) [^\\]\\n<]*\\d+h[^\\]\\n<]*)\\]?");
    private static final Pattern SLOT = Pattern.compile("\\[(\\d+h\\d* ?- ?\\d+h\\d*)\\]");
    private static final Pattern PLACE_LINE =
            Pattern.compile(
                    "(?m)^(?:\\* |lieu: |adresse: )(.*(?:Ségur|rue|avenue|bd|En ligne|visio|Webinaire).*)$");
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\[([^\\]\\n]+)\\]\\((https?://[^)\\s]+)\\)");
    private static final Pattern HTML_LINK =
            Pattern.compile("<a href=\"([^\"]+)\"[^>]*>(?:<b>)?([^<]+)<");
    private static final Pattern LIEN = Pattern.compile("(?m)^  lien: '?([^'\\n]+)'?$");

    final List<String> paths = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    final List<String> frontMatters = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();
    final List<String> dateTexts = new ArrayList<>();
    final List<String> placeTexts = new ArrayList<>();

    /** Label and URL pairs: {@code [label, url]}. */
    final List<String[]> links = new ArrayList<>();

    /** Registration targets as written in the front matter, some of them not URLs. */
    final List<String> writtenUrls = new ArrayList<>();

    long bytes;

    Corpus(long seed, int posts) {
        for (ArchiveGenerator.GeneratedPost post : ArchiveGenerator.posts(seed, posts)) {
            paths.add(post.path());
            files.add(post.content());
            bytes += post.bytes();
            String[] split = split(post.content());
            frontMatters.add(split[0]);
            bodies.add(split[1]);
            collect(SESSION_DATE, split[1], 1, dateTexts);
            collect(SLOT, split[1], 1, dateTexts);
            collect(PLACE_LINE, post.content(), 1, placeTexts);
            collect(LIEN, split[0], 1, writtenUrls);
            Matcher m = MARKDOWN_LINK.matcher(split[1]);
            while (m.find()) links.add(new String[] {m.group(1), m.group(2)});
            m = HTML_LINK.matcher(split[1]);
            while (m.find()) links.add(new String[] {m.group(2), m.group(1)});
        }
        if (dateTexts.isEmpty()
                || placeTexts.isEmpty()
                || links.isEmpty()
                || writtenUrls.isEmpty()) {
            throw new IllegalStateException("too few posts to cut every kind of input: " + posts);
        }
    }

    private static void collect(Pattern p, String text, int group, List<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) into.add(m.group(group));
    }

    /** Front matter and body, the simple way: only for preparing inputs. */
    static String[] split(String text) {
        if (!text.startsWith("---\n")) return new String[] {"", text};
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) return new String[] {"", text};
        return new String[] {text.substring(4, end + 1), text.substring(end + 5)};
    }
}
