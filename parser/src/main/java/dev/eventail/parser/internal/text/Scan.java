package dev.eventail.parser.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pattern whose every match starts with one of a few literal words (its openers), searched only
 * where an opener occurs.
 *
 * <p>{@code Matcher.find} tries a pattern at every position of a text; for the heuristics' {@code
 * \b(?:word|word|...)} alternations that was most of the parser's time, although most texts hold
 * none of the words. {@code String.indexOf} finds the openers far faster, and the pattern is then
 * tried (with transparent bounds, so {@code \b} and look-behinds still see the text before) only
 * there. The results are those of the pattern itself as long as the openers are complete: every
 * alternative must begin with one of them. {@code ScanTest} checks that on real texts.
 */
final class Scan {

    private final Pattern pattern;
    private final String[] openers;
    private final boolean numberStarts;
    private final ThreadLocal<@Nullable Matcher> matcher = new ThreadLocal<>();

    Scan(Pattern pattern, String... openers) {
        if (openers.length == 0) throw new IllegalArgumentException("no opener");
        this.pattern = pattern;
        this.openers = openers.clone();
        this.numberStarts = false;
    }

    private Scan(Pattern pattern) {
        this.pattern = pattern;
        this.openers = new String[0];
        this.numberStarts = true;
    }

    /**
     * A pattern every match of which starts with an ASCII digit that follows no digit (a {@code
     * \\b} or a look-behind before its first {@code \\d}): tried only where a number starts.
     */
    static Scan atNumbers(Pattern pattern) {
        return new Scan(pattern);
    }

    Pattern pattern() {
        return pattern;
    }

    /** What {@code pattern.matcher(text).find()} returns. */
    boolean find(String text) {
        if (numberStarts) {
            int[] starts = candidates(text);
            if (starts.length == 0) return false;
            Matcher m = matcher(text);
            for (int at : starts) if (m.region(at, text.length()).lookingAt()) return true;
            return false;
        }
        Matcher m = null;
        for (String opener : openers) {
            for (int at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
                if (m == null) m = matcher(text);
                if (m.region(at, text.length()).lookingAt()) return true;
            }
        }
        return false;
    }

    /** What {@code pattern.matcher(text).replaceAll(replacement)} returns (no group references). */
    String replaceAll(String text, String replacement) {
        int[] starts = candidates(text);
        if (starts.length == 0) return text;
        Matcher m = matcher(text);
        StringBuilder out = null;
        int copied = 0;
        for (int at : starts) {
            if (at < copied) continue;
            if (!m.region(at, text.length()).lookingAt()) continue;
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, copied, m.start()).append(replacement);
            copied = m.end();
            if (m.end() == m.start()) throw new IllegalStateException("empty match: " + pattern);
        }
        if (out == null) return text;
        return out.append(text, copied, text.length()).toString();
    }

    /** The matches {@code while (matcher.find())} visits, in order. */
    List<MatchResult> matches(String text) {
        List<MatchResult> out = new ArrayList<>();
        int[] starts = candidates(text);
        if (starts.length == 0) return out;
        Matcher m = matcher(text);
        int next = 0;
        for (int at : starts) {
            if (at < next) continue;
            if (!m.region(at, text.length()).lookingAt()) continue;
            if (m.end() == m.start()) throw new IllegalStateException("empty match: " + pattern);
            out.add(m.toMatchResult());
            next = m.end();
        }
        return out;
    }

    private int[] candidates(String text) {
        int[] found = new int[8];
        int n = 0;
        if (numberStarts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') continue;
                if (i > 0 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') continue;
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = i;
            }
            return Arrays.copyOf(found, n);
        }
        for (String opener : openers) {
            for (int at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = at;
            }
        }
        int[] sorted = Arrays.copyOf(found, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** This thread's matcher of the pattern, reset to text (a matcher per call cost as much). */
    private Matcher matcher(String text) {
        Matcher m = matcher.get();
        if (m == null) {
            m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matcher.set(m);
            return m;
        }
        // reset keeps the transparent and anchoring bounds
        return m.reset(text);
    }
}
