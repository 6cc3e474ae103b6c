package dev.eventail.parser.internal.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labels file: for each file of an archive, the events a careful reader sees in it. Tab-separated
 * UTF-8, a header line, {@code #} comment lines; columns {@code file level title start end mode
 * place registration} (see {@code fixtures/labels/README.md}).
 */
final class Labels {

    private Labels() {}

    /** One row; a {@code none} row says the file announces nothing. */
    record Row(
            String file,
            String level,
            String title,
            String start,
            String end,
            String mode,
            String place,
            String registration,
            int line) {}

    static List<Row> read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            if (header) {
                header = false;
                if (l.startsWith("file\t")) continue;
            }
            String[] c = l.split("\t", -1);
            if (c.length < 2) {
                throw new IOException(tsv + ":" + (i + 1) + ": fewer than 2 columns");
            }
            rows.add(
                    new Row(
                            c[0].strip(),
                            c[1].strip().toLowerCase(java.util.Locale.ROOT),
                            col(c, 2),
                            col(c, 3),
                            col(c, 4),
                            col(c, 5).toLowerCase(java.util.Locale.ROOT),
                            col(c, 6),
                            col(c, 7),
                            i + 1));
        }
        return rows;
    }

    private static String col(String[] c, int i) {
        return i < c.length ? c[i].strip() : "";
    }
}
