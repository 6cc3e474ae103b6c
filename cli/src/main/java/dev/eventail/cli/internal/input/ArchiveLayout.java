package dev.eventail.cli.internal.input;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where the site sits inside an archive and which entry names are safe: an archive of a site
 * usually wraps it in one top folder ({@code site-main/_config.yml}), and the names a run reports
 * must be those of the folder run.
 */
final class ArchiveLayout {

    private ArchiveLayout() {}

    /**
     * The prefix to strip, ending with {@code /} or empty: the folder of the shallowest {@code
     * _config.yml}, else the single top folder every entry is in.
     */
    static String root(Collection<String> names) {
        String best = null;
        for (String n : names) {
            if (n.equals("_config.yml") || n.endsWith("/_config.yml")) {
                String dir = n.substring(0, n.length() - "_config.yml".length());
                if (best == null || depth(dir) < depth(best)) best = dir;
            }
        }
        if (best != null) return best;
        String top = null;
        for (String n : names) {
            int slash = n.indexOf('/');
            if (slash < 0) return "";
            String first = n.substring(0, slash + 1);
            if (top == null) top = first;
            else if (!top.equals(first)) return "";
        }
        return top == null ? "" : top;
    }

    private static long depth(String dir) {
        return dir.chars().filter(c -> c == '/').count();
    }

    /**
     * The entry name with {@code /} separators and no leading {@code ./}, or null when it climbs
     * out ({@code ..}), is absolute, or names a drive: such entries are never read.
     */
    static @Nullable String safeName(String entryName) {
        String n = entryName.replace('\\', '/');
        while (n.startsWith("./")) n = n.substring(2);
        if (n.startsWith("/") || n.matches("(?i)^[a-z]:.*") || n.indexOf('\0') >= 0) return null;
        for (String part : n.split("/")) {
            if (part.equals("..")) return null;
        }
        return n.replaceAll("/{2,}", "/").replace("/./", "/");
    }

    static boolean isArchiveName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".zip")
                || n.endsWith(".tar.gz")
                || n.endsWith(".tgz")
                || n.endsWith(".tar");
    }
}
