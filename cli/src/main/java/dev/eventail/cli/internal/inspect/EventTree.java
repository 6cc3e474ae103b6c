package dev.eventail.cli.internal.inspect;

import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventStatus;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import dev.eventail.model.Post;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws what eventail understood of one post as a tree a person reads from top to bottom: the post,
 * each event with its dates, place and links, its sub-events below it, then the diagnostics with
 * their lines.
 */
final class EventTree {

    private final PrintWriter out;

    EventTree(PrintWriter out) {
        this.out = out;
    }

    void print(Post post) {
        out.println("Post " + post.source().file());
        field("  ", "title", post.title().isEmpty() ? "(none)" : post.title());
        field("  ", "collection", post.collection().isEmpty() ? "(none)" : post.collection());
        field("  ", "slug", post.slug());
        field("  ", "date", post.date() == null ? null : post.date().iso());
        field(
                "  ",
                "published",
                post.published() ? "yes" : "no (a draft: convert skips it without --drafts)");
        field("  ", "url", post.url());
        field("  ", "summary", post.summary() == null ? null : shorten(post.summary(), 100));
        out.println();
        long all = post.events().stream().mapToLong(e -> e.flatten().size()).sum();
        out.println("Events (" + all + ")");
        if (post.events().isEmpty()) out.println("  (none found)");
        for (Event e : post.events()) event(e, "  ", "  ");
        out.println();
        out.println("Diagnostics (" + post.diagnostics().size() + ")");
        if (post.diagnostics().isEmpty()) out.println("  (none)");
        for (Diagnostic d : post.diagnostics()) out.println("  " + d);
        out.flush();
    }

    private void event(Event e, String headPrefix, String bodyPrefix) {
        out.println(
                headPrefix
                        + e.id()
                        + "  ("
                        + e.kind().name().toLowerCase(Locale.ROOT)
                        + (e.source().line() > 0 ? ", line " + e.source().line() : "")
                        + ")");
        String body = bodyPrefix + (e.subEvents().isEmpty() ? "    " : "│   ");
        field(body, "title", e.title());
        field(body, "when", when(e.start(), e.end()));
        field(body, "how", how(e));
        if (e.place() != null) field(body, "place", e.place().oneLine());
        for (Link l : e.links()) {
            field(body, "link", l.role().name().toLowerCase(Locale.ROOT) + " " + l.url());
        }
        list(body, "keywords", e.keywords());
        list(body, "categories", e.categories());
        list(body, "access", e.accessibility());
        field(body, "organizer", e.organizer());
        if (e.description() != null && !e.description().strip().equals(e.title().strip())) {
            field(body, "description", shorten(e.description(), 90));
        }
        List<Event> subs = e.subEvents();
        for (int i = 0; i < subs.size(); i++) {
            boolean last = i == subs.size() - 1;
            event(
                    subs.get(i),
                    bodyPrefix + (last ? "└─ " : "├─ "),
                    bodyPrefix + (last ? "   " : "│  "));
        }
    }

    private static String when(EventTime start, EventTime end) {
        if (start == null) return "(no date)";
        if (end == null || end.equals(start)) return start.iso();
        if (start.time() != null
                && end.time() != null
                && start.date().equals(end.date())
                && start.offset().equals(end.offset())) {
            return start.iso() + " → " + end.time();
        }
        return start.iso() + " → " + end.iso();
    }

    private static String how(Event e) {
        List<String> parts = new ArrayList<>();
        if (e.attendanceMode() != AttendanceMode.UNKNOWN) {
            parts.add(
                    switch (e.attendanceMode()) {
                        case OFFLINE -> "in person";
                        case ONLINE -> "online";
                        case MIXED -> "in person and online";
                        case UNKNOWN -> "";
                    });
        }
        if (e.status() != EventStatus.SCHEDULED)
            parts.add(e.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (e.admission() != Admission.UNKNOWN)
            parts.add(e.admission() == Admission.FREE ? "free" : "paid");
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private void list(String prefix, String name, List<String> values) {
        if (!values.isEmpty()) field(prefix, name, String.join(", ", values));
    }

    private void field(String prefix, String name, String value) {
        if (value == null) return;
        out.printf(Locale.ROOT, "%s%-11s %s%n", prefix, name, value);
    }

    private static String shorten(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
