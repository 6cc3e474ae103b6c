package dev.eventail.parser.internal.body;

import dev.eventail.model.Event;
import dev.eventail.model.EventTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScratchDump {
    @Test
    void dump() throws Exception {
        String files = System.getProperty("dump.file");
        if (files == null) return;
        for (String f : files.split(",")) {
            String s = Files.readString(Path.of(f));
            int body = 0;
            int line = 1;
            if (s.startsWith("---")) {
                int e = s.indexOf("\n---", 3);
                body = s.indexOf('\n', e + 1) + 1;
                line = (int) s.substring(0, body).chars().filter(c -> c == '\n').count() + 1;
            }
            LocalDate ref = null;
            Matcher m =
                    Pattern.compile(
                                    "(?m)^(?:event_start_date|date|publishedDate):\\s*-?\\s*(\\d{4}-\\d\\d-\\d\\d)")
                            .matcher(s);
            if (m.find()) ref = LocalDate.parse(m.group(1));
            Matcher m2 =
                    Pattern.compile("(?m)^event_start_date:\\s*-?\\s*(\\d{4}-\\d\\d-\\d\\d)")
                            .matcher(s);
            if (m2.find()) ref = LocalDate.parse(m2.group(1));
            System.out.println("=== " + f + " ref=" + ref);
            if (System.getProperty("dump.blocks") != null)
                for (Block b : BodyBlocks.read(s.substring(body)))
                    System.out.println(b.toString().replace("\n", "⏎"));
            BodyFindings bf =
                    new BodyReader()
                            .read(
                                    new BodyInput(
                                            s.substring(body),
                                            line,
                                            "x",
                                            "p",
                                            ref,
                                            EventTime.PARIS,
                                            "fr",
                                            null,
                                            "https://www.numerique.gouv.fr/agenda/x/",
                                            d -> System.out.println("  DIAG " + d)));
            for (Event e : bf.subEvents()) for (Event x : e.flatten()) print(x);
            System.out.println(
                    "  POST start="
                            + bf.start()
                            + " end="
                            + bf.end()
                            + " mode="
                            + bf.attendanceMode()
                            + " adm="
                            + bf.admission()
                            + " links="
                            + bf.links());
        }
    }

    static void print(Event x) {
        System.out.println(
                "  "
                        + x.id()
                        + " "
                        + x.kind()
                        + " L"
                        + x.source().line()
                        + " "
                        + x.start()
                        + " .. "
                        + x.end()
                        + " | "
                        + x.title()
                        + " | kw="
                        + x.keywords()
                        + " | "
                        + x.attendanceMode()
                        + " | "
                        + (x.place() == null ? "-" : x.place().oneLine())
                        + " | "
                        + x.admission()
                        + " "
                        + x.status()
                        + " | "
                        + x.links().stream().map(l -> l.role() + ":" + l.url()).toList());
        if (System.getProperty("dump.desc") != null)
            System.out.println("      desc: " + String.valueOf(x.description()).replace("\n", "⏎"));
    }
}
