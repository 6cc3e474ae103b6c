package dev.eventail.parser.internal.body;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fixture post's body with {@link BodyReader} and writes every field of every event found,
 * the post-level findings and the diagnostics, one fact per line, so that a test compares all of
 * it.
 */
final class BodyFixtureRendering {

    static final String PARENT = "evenements/exemple";
    static final String URL = "https://www.example.org/agenda/exemple/";

    private BodyFixtureRendering() {}

    static String render(Path post) throws IOException {
        String s = Files.readString(post, StandardCharsets.UTF_8);
        int body = 0;
        int bodyLine = 1;
        if (s.startsWith("---")) {
            int e = s.indexOf("\n---", 3);
            body = s.indexOf('\n', e + 1) + 1;
            bodyLine = (int) s.substring(0, body).chars().filter(c -> c == '\n').count() + 1;
        }
        LocalDate ref = null;
        for (String key : List.of("publishedDate", "date", "event_start_date")) {
            Matcher m = Pattern.compile("(?m)^" + key + ":\\s*(\\d{4}-\\d\\d-\\d\\d)").matcher(s);
            if (m.find()) ref = LocalDate.parse(m.group(1));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        String file = "posts/body/" + post.getFileName();
        BodyFindings f =
                new BodyReader()
                        .read(
                                new BodyInput(
                                        s.substring(body),
                                        bodyLine,
                                        file,
                                        PARENT,
                                        ref,
                                        EventTime.PARIS,
                                        "fr",
                                        "DINUM",
                                        URL,
                                        diagnostics::add));
        StringBuilder b = new StringBuilder();
        for (Event top : f.subEvents()) {
            for (Event e : top.flatten()) render(e, b);
        }
        b.append("post start=").append(f.start()).append(" end=").append(f.end()).append('\n');
        b.append("post mode=")
                .append(f.attendanceMode())
                .append(" admission=")
                .append(f.admission())
                .append(" status=")
                .append(f.status())
                .append(" accessibility=")
                .append(f.accessibility())
                .append('\n');
        for (Link l : f.links()) b.append("post ").append(link(l)).append('\n');
        for (Diagnostic d : diagnostics) b.append("diagnostic ").append(d).append('\n');
        return b.toString();
    }

    private static void render(Event e, StringBuilder b) {
        b.append(e.id())
                .append(' ')
                .append(e.kind())
                .append(" parent=")
                .append(e.parentId())
                .append(" line=")
                .append(e.source())
                .append('\n');
        b.append("  title: ").append(e.title()).append('\n');
        b.append("  start=").append(e.start()).append(" end=").append(e.end()).append('\n');
        b.append("  mode=")
                .append(e.attendanceMode())
                .append(" status=")
                .append(e.status())
                .append(" admission=")
                .append(e.admission())
                .append('\n');
        b.append("  place: ")
                .append(
                        e.place() == null
                                ? "-"
                                : e.place().name()
                                        + " | "
                                        + e.place().street()
                                        + " | "
                                        + e.place().postalCode()
                                        + " | "
                                        + e.place().locality()
                                        + " | "
                                        + e.place().country())
                .append('\n');
        b.append("  keywords=")
                .append(e.keywords())
                .append(" categories=")
                .append(e.categories())
                .append(" images=")
                .append(e.images())
                .append('\n');
        b.append("  accessibility=").append(e.accessibility()).append('\n');
        for (Link l : e.links()) b.append("  ").append(link(l)).append('\n');
        b.append("  organizer=")
                .append(e.organizer())
                .append(" language=")
                .append(e.language())
                .append(" url=")
                .append(e.url())
                .append(" sub-events=")
                .append(e.subEvents().size())
                .append('\n');
        b.append("  description: ")
                .append(e.description() == null ? "-" : e.description().replace("\n", " / "))
                .append('\n');
    }

    private static String link(Link l) {
        return "link " + l.role() + " " + l.url() + " \"" + l.label() + "\" " + l.source();
    }

    /** Writes the renderings next to the fixtures (for a person to read and then keep). */
    public static void main(String[] args) throws IOException {
        for (String a : args) {
            Path p = Path.of(a);
            Files.writeString(
                    Path.of(a.replaceAll("\\.md$", ".expected.txt")),
                    render(p),
                    StandardCharsets.UTF_8);
        }
    }
}
