package dev.eventail.export.internal.schemaorg;

import dev.eventail.export.ExportContext;
import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventStatus;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping from the event model to schema.org, shared by the JSON-LD and the RDF exporters
 * so that every format states the same graph.
 *
 * <p>Nodes that other writers would make blank (place, address, offer...) get IRIs minted under the
 * event's IRI ({@code …/mip-2021#place}): blank node labels would differ between runs and between
 * formats.
 */
public final class SchemaOrgMapping {

    /** Code of the diagnostic for an event with neither a place nor a virtual location. */
    public static final String NO_LOCATION = "export.no-location";

    /** Code of the diagnostic for an event left out of the schema.org outputs: no start date. */
    public static final String NO_START_DATE = "export.no-start-date";

    private final ExportContext context;
    private Consumer<Diagnostic> diagnostics;

    public SchemaOrgMapping(ExportContext context) {
        this.context = context;
        this.diagnostics = context.diagnostics();
    }

    /**
     * The schema.org node of a top-level event with its sub-events nested under {@code subEvent},
     * or {@code null} when the event has no start date (Google and our shapes require one; a
     * diagnostic says it was left out).
     */
    public @Nullable SchemaNode map(Event event) {
        // JSON-LD, Turtle, N-Triples and RDF/XML each map the same event in turn on one thread:
        // the node (immutable) and the diagnostics it gave are kept for the next of them
        Memo last = LAST.get();
        if (last != null && last.event == event && last.baseUri.equals(context.baseUri())) {
            last.diagnostics.forEach(diagnostics);
            return last.node;
        }
        List<Diagnostic> said = new ArrayList<>();
        Consumer<Diagnostic> forward = diagnostics;
        diagnostics =
                d -> {
                    said.add(d);
                    forward.accept(d);
                };
        SchemaNode node;
        try {
            node = map(event, null);
        } finally {
            diagnostics = forward;
        }
        LAST.set(new Memo(event, context.baseUri(), node, List.copyOf(said)));
        return node;
    }

    private record Memo(
            Event event, String baseUri, @Nullable SchemaNode node, List<Diagnostic> diagnostics) {}

    private static final ThreadLocal<@Nullable Memo> LAST = new ThreadLocal<>();

    private @Nullable SchemaNode map(Event event, @Nullable String superIri) {
        EventTime start = event.start();
        if (start == null) {
            int left = event.flatten().size() - 1;
            diagnostics.accept(
                    Diagnostic.warning(
                            NO_START_DATE,
                            "event "
                                    + event.id()
                                    + " has no start date: left out of the schema.org outputs"
                                    + (left > 0 ? " with its " + left + " sub-event(s)" : ""),
                            event.source()));
            return null;
        }
        // Ids are made of [a-z0-9-/]; the base comes from the user and is encoded like any URL.
        String minted = context.iri(event.id());
        String iri = Iris.toIri(minted);
        if (iri == null) iri = minted;
        SchemaNode.Builder node = new SchemaNode.Builder(iri, "Event");
        if (!event.title().isBlank()) node.add("name", text(event.title()));
        if (event.description() != null && !event.description().isBlank()) {
            node.add("description", text(event.description()));
        }
        node.add("startDate", new RdfValue.Literal(start.iso(), Vocab.SCHEMA_DATE));
        if (event.end() != null) {
            node.add("endDate", new RdfValue.Literal(event.end().iso(), Vocab.SCHEMA_DATE));
        }
        String mode = attendanceMode(event.attendanceMode());
        if (mode != null) node.add("eventAttendanceMode", new RdfValue.Iri(Vocab.SCHEMA + mode));
        node.add("eventStatus", new RdfValue.Iri(Vocab.SCHEMA + status(event.status())));

        List<RdfValue> locations = new ArrayList<>();
        if (event.place() != null) locations.add(place(iri, event.place(), event));
        if (isOnline(event)) locations.add(virtualLocation(iri, event));
        if (locations.isEmpty()) {
            diagnostics.accept(
                    Diagnostic.warning(
                            NO_LOCATION,
                            "event "
                                    + event.id()
                                    + " states no place nor online access: its schema.org Event"
                                    + " has no location (Google's Event rich result requires"
                                    + " one)",
                            event.source()));
        }
        node.add("location", locations);

        if (event.admission() != Admission.UNKNOWN) {
            boolean free = event.admission() == Admission.FREE;
            node.add(
                    "isAccessibleForFree",
                    new RdfValue.Literal(free ? "true" : "false", Vocab.XSD_BOOLEAN));
            SchemaNode offer = offer(iri, free, event);
            if (offer != null) node.add("offers", offer);
        }
        if (event.organizer() != null && !event.organizer().isBlank()) {
            node.add(
                    "organizer",
                    new SchemaNode.Builder(fragment(iri, "organizer"), "Organization")
                            .add("name", text(event.organizer()))
                            .build());
        }
        if (event.language() != null && !event.language().isBlank()) {
            node.add("inLanguage", text(event.language()));
        }
        node.add("keywords", keywords(event));
        List<RdfValue> images = new ArrayList<>();
        for (String image : event.images()) {
            RdfValue.Iri i = iri(image, event, "image");
            if (i != null && !images.contains(i)) images.add(i);
        }
        node.add("image", images);
        if (event.url() != null) node.add("url", iri(event.url(), event, "url"));
        if (superIri != null) node.add("superEvent", new RdfValue.Iri(superIri));
        List<RdfValue> subs = new ArrayList<>();
        for (Event sub : event.subEvents()) {
            SchemaNode s = map(sub, iri);
            if (s != null) subs.add(s);
        }
        node.add("subEvent", subs);
        return node.build();
    }

    private SchemaNode place(String eventIri, Place place, Event event) {
        SchemaNode.Builder node = new SchemaNode.Builder(fragment(eventIri, "place"), "Place");
        if (place.name() != null) node.add("name", text(place.name()));
        SchemaNode.Builder address =
                new SchemaNode.Builder(fragment(eventIri, "address"), "PostalAddress");
        if (place.street() != null) address.add("streetAddress", text(place.street()));
        if (place.postalCode() != null) address.add("postalCode", text(place.postalCode()));
        if (place.locality() != null) address.add("addressLocality", text(place.locality()));
        if (place.country() != null) address.add("addressCountry", text(place.country()));
        if (!address.isEmpty()) node.add("address", address.build());
        return node.build();
    }

    private SchemaNode virtualLocation(String eventIri, Event event) {
        SchemaNode.Builder node =
                new SchemaNode.Builder(fragment(eventIri, "online"), "VirtualLocation");
        Link online = event.link(LinkRole.ONLINE);
        if (online != null) node.add("url", iri(online.url(), event, "online link"));
        return node.build();
    }

    private @Nullable SchemaNode offer(String eventIri, boolean free, Event event) {
        SchemaNode.Builder node = new SchemaNode.Builder(fragment(eventIri, "offer"), "Offer");
        if (free) {
            node.add("price", new RdfValue.Literal("0", Vocab.XSD_INTEGER));
            node.add("priceCurrency", text("EUR"));
        }
        Link registration = event.link(LinkRole.REGISTRATION);
        if (registration != null)
            node.add("url", iri(registration.url(), event, "registration link"));
        return node.isEmpty() ? null : node.build();
    }

    private static boolean isOnline(Event event) {
        return event.attendanceMode() == AttendanceMode.ONLINE
                || event.attendanceMode() == AttendanceMode.MIXED
                || event.status() == EventStatus.MOVED_ONLINE
                || event.link(LinkRole.ONLINE) != null;
    }

    private static List<RdfValue> keywords(Event event) {
        Set<String> words = new LinkedHashSet<>();
        for (String k : event.keywords()) if (!k.isBlank()) words.add(clean(k).strip());
        for (String c : event.categories()) if (!c.isBlank()) words.add(clean(c).strip());
        List<RdfValue> out = new ArrayList<>();
        for (String w : words) out.add(new RdfValue.Literal(w, Vocab.XSD_STRING));
        return out;
    }

    private static @Nullable String attendanceMode(AttendanceMode mode) {
        return switch (mode) {
            case OFFLINE -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case MIXED -> "MixedEventAttendanceMode";
            case UNKNOWN -> null;
        };
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case SCHEDULED -> "EventScheduled";
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> "EventPostponed";
            case RESCHEDULED -> "EventRescheduled";
            case MOVED_ONLINE -> "EventMovedOnline";
        };
    }

    /** The IRI of a node that belongs to one event: a fragment of the event's IRI. */
    static String fragment(String eventIri, String name) {
        return eventIri + (eventIri.indexOf('#') >= 0 ? "-" : "#") + name;
    }

    private RdfValue.@Nullable Iri iri(String url, Event event, String what) {
        String iri = Iris.toIri(url);
        if (iri == null) {
            diagnostics.accept(Iris.notAbsolute(what, event, url));
            return null;
        }
        return new RdfValue.Iri(iri);
    }

    private static RdfValue.Literal text(String s) {
        return new RdfValue.Literal(clean(s), Vocab.XSD_STRING);
    }

    /**
     * Line breaks as LF and no other control characters: XML 1.0 cannot hold most of them, and an
     * XML parser turns CR into LF, so every format gets the text XML can carry.
     */
    public static String clean(String s) {
        // most texts are clean: find the first character to drop or change before copying
        int first = 0;
        int n = s.length();
        while (first < n && !isControl(s.charAt(first))) first++;
        if (first == n) return s;
        StringBuilder b = new StringBuilder(n).append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 >= n || s.charAt(i + 1) != '\n') b.append('\n');
            } else if (!isControl(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** What {@link #clean} drops or changes: controls but LF and TAB, DEL, U+FFFE and U+FFFF. */
    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\n' && c != '\t' : c == 0x7f || c >= 0xfffe;
    }
}
