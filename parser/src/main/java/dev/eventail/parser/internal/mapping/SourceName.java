package dev.eventail.parser.internal.mapping;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a post's path tells: its collection folder, file stem, file-name date and the parts of its
 * stable id.
 *
 * @param path the path relative to the archive root, {@code /} separators
 * @param folder the folder part ({@code _evenements}, {@code content/articles}), {@code ""} for
 *     none
 * @param fileName the file name with its extension
 * @param stem the file name without its extension
 * @param fileDate the {@code YYYY-MM-DD-} prefix of the file name, or null
 * @param titlePart the stem without its date prefix
 */
public record SourceName(
        String path,
        String folder,
        String fileName,
        String stem,
        @Nullable LocalDate fileDate,
        String titlePart) {

    private static final Pattern DATED = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-(.+)$");

    /** Splits a source name given by the caller (backslashes are taken as separators). */
    public static SourceName of(String sourceName) {
        String p = sourceName.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        while (p.startsWith("/")) p = p.substring(1);
        int slash = p.lastIndexOf('/');
        String folder = slash < 0 ? "" : p.substring(0, slash);
        String fileName = slash < 0 ? p : p.substring(slash + 1);
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        LocalDate date = null;
        String titlePart = stem;
        Matcher m = DATED.matcher(stem);
        if (m.matches()) {
            try {
                date =
                        LocalDate.of(
                                Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)));
                titlePart = m.group(4);
            } catch (DateTimeException e) {
                // "2021-13-45-x" is a name, not a date
            }
        }
        return new SourceName(p, folder, fileName, stem, date, titlePart);
    }

    /**
     * The collection part of ids: the folder path without leading underscores, {@code /} made
     * {@code -} ({@code evenements}, {@code content-articles}), or {@code post} when there is none.
     */
    public String idCollection() {
        if (folder.isEmpty()) return "post";
        StringBuilder b = new StringBuilder();
        for (String segment : folder.split("/")) {
            String s = idPart(segment.replaceFirst("^_+", ""));
            if (s.isEmpty()) continue;
            if (b.length() > 0) b.append('-');
            b.append(s);
        }
        return b.length() == 0 ? "post" : b.toString();
    }

    /**
     * The stem part of ids: lower case, accents dropped, {@code <<} and {@code >>} dropped, any
     * other character outside {@code [a-z0-9-]} made {@code -}, runs collapsed; the date prefix is
     * kept so that two posts of the same name on two dates differ.
     */
    public String idStem() {
        String s = idPart(stem);
        return s.isEmpty() ? "post" : s;
    }

    /** The post event id, {@code {collection}/{stem}}. */
    public String eventId() {
        return idCollection() + "/" + idStem();
    }

    static String idPart(String text) {
        String t = text.replace("<<", "").replace(">>", "").replace("«", "").replace("»", "");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = t.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
        t = APOSTROPHES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
        t = DASHES.matcher(NOT_ID.matcher(t).replaceAll("-")).replaceAll("-");
        return EDGE_DASHES.matcher(t).replaceAll("");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    /**
     * Jekyll's {@code slugify(mode: "pretty", cased: true)}: what {@code :title} becomes in a
     * permalink.
     */
    public static String jekyllPrettySlug(String text) {
        String s = text.replaceAll("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+", "-");
        return s.replaceAll("^-|-$", "");
    }

    /** Jekyll's default {@code slugify}: lower case, runs of other characters made {@code -}. */
    public static String jekyllDefaultSlug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{M}\\p{L}\\p{Nd}]+", "-");
        return s.replaceAll("^-|-$", "");
    }
}
