package dev.eventail.export.internal.csv;

import dev.eventail.export.internal.schemaorg.Iris;
import dev.eventail.export.internal.schemaorg.SchemaOrgMapping;
import dev.eventail.model.Event;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns of {@code events.csv}: each with its Table Schema type, format, constraints and
 * description, and how it is read from an event. The CSV writer and the Table Schema come from this
 * one list, so they cannot disagree.
 */
final class EventTable {
    private EventTable() {}

    /** Separates the values of a list cell (keywords, categories...). */
    static final String LIST_SEPARATOR = "|";

    /** What stands for {@link #LIST_SEPARATOR} inside a value, so that splitting stays exact. */
    static final String SEPARATOR_REPLACEMENT = "/";

    /** A date alone (a whole day), or a date-time with seconds and an explicit UTC offset. */
    static final String ISO_PATTERN =
            "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2}))?";

    /** One column. */
    record Column(
            String name,
            String title,
            String type,
            @Nullable String format,
            boolean required,
            @Nullable List<String> enumValues,
            @Nullable String pattern,
            String description,
            Function<Event, @Nullable String> value) {}

    static final List<Column> COLUMNS =
            List.of(
                    col(
                            "id",
                            "Identifier",
                            "string",
                            null,
                            true,
                            null,
                            null,
                            "Stable identifier of the event: {collection}/{file stem} for a post's"
                                    + " event, {parent}/s{n} for its n-th session, {parent}/p{n}"
                                    + " for its n-th programme slot.",
                            Event::id),
                    col(
                            "parent_id",
                            "Parent",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Identifier of the enclosing event; empty for a post's event.",
                            Event::parentId),
                    col(
                            "kind",
                            "Kind",
                            "string",
                            null,
                            true,
                            List.of("post", "session", "slot"),
                            null,
                            "post: the event a post announces; session: a separately attendable"
                                    + " part of it; slot: a time range of its programme.",
                            e -> lower(e.kind().name())),
                    col(
                            "title",
                            "Title",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Name of the event, plain text.",
                            Event::title),
                    col(
                            "description",
                            "Description",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Description, plain text (markup removed).",
                            Event::description),
                    col(
                            "start",
                            "Start",
                            "string",
                            null,
                            false,
                            null,
                            ISO_PATTERN,
                            "Start, ISO 8601: a date-time with its UTC offset"
                                    + " (2021-11-03T14:00:00+01:00), or a date alone"
                                    + " (2021-11-03) for an event lasting whole days.",
                            e -> iso(e.start())),
                    col(
                            "end",
                            "End",
                            "string",
                            null,
                            false,
                            null,
                            ISO_PATTERN,
                            "End, in the form of start; not before start.",
                            e -> iso(e.end())),
                    col(
                            "attendance_mode",
                            "Attendance mode",
                            "string",
                            null,
                            true,
                            List.of("offline", "online", "mixed", "unknown"),
                            null,
                            "offline: in person; online; mixed: both; unknown: the post does"
                                    + " not say.",
                            e -> lower(e.attendanceMode().name())),
                    col(
                            "status",
                            "Status",
                            "string",
                            null,
                            true,
                            List.of(
                                    "scheduled",
                                    "cancelled",
                                    "postponed",
                                    "rescheduled",
                                    "moved_online"),
                            null,
                            "Whether the event takes place as announced.",
                            e -> lower(e.status().name())),
                    col(
                            "place_name",
                            "Place",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Name of the venue.",
                            e -> place(e, Place::name)),
                    col(
                            "street",
                            "Street address",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Street address of the venue.",
                            e -> place(e, Place::street)),
                    col(
                            "postal_code",
                            "Postal code",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Postal code of the venue.",
                            e -> place(e, Place::postalCode)),
                    col(
                            "locality",
                            "Locality",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Town or city of the venue.",
                            e -> place(e, Place::locality)),
                    col(
                            "country",
                            "Country",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Country of the venue, ISO 3166-1 alpha-2 (FR).",
                            e -> place(e, Place::country)),
                    col(
                            "admission",
                            "Admission",
                            "string",
                            null,
                            true,
                            List.of("free", "paid", "unknown"),
                            null,
                            "free or paid only when the post says so; unknown otherwise (never"
                                    + " guessed).",
                            e -> lower(e.admission().name())),
                    col(
                            "registration_url",
                            "Registration",
                            "string",
                            "uri",
                            false,
                            null,
                            null,
                            "Where to register.",
                            e -> link(e, LinkRole.REGISTRATION)),
                    col(
                            "online_url",
                            "Online access",
                            "string",
                            "uri",
                            false,
                            null,
                            null,
                            "Where to watch or join online.",
                            e -> link(e, LinkRole.ONLINE)),
                    col(
                            "programme_url",
                            "Programme",
                            "string",
                            "uri",
                            false,
                            null,
                            null,
                            "The programme or agenda.",
                            e -> link(e, LinkRole.PROGRAMME)),
                    // No "uri" format: tableschema-js reads it as a web URL and rejects mailto:.
                    col(
                            "contact",
                            "Contact",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "A contact address: a mailto: URL, or a web page.",
                            e -> link(e, LinkRole.CONTACT)),
                    col(
                            "information_urls",
                            "Other links",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            listDescription("Other links (more information, replay)"),
                            EventTable::informationUrls),
                    col(
                            "keywords",
                            "Keywords",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            listDescription("Tags and bracketed labels ([Atelier]), in text order"),
                            e -> list(e.keywords())),
                    col(
                            "categories",
                            "Categories",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            listDescription("The post's categories"),
                            e -> list(e.categories())),
                    col(
                            "accessibility",
                            "Accessibility",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            listDescription("Accessibility notes as written"),
                            e -> list(e.accessibility())),
                    col(
                            "images",
                            "Images",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            listDescription("Absolute image URLs"),
                            e -> urls(e.images())),
                    col(
                            "organizer",
                            "Organizer",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "Name of the organizer.",
                            Event::organizer),
                    col(
                            "language",
                            "Language",
                            "string",
                            null,
                            false,
                            null,
                            null,
                            "BCP 47 language tag of the text (fr).",
                            Event::language),
                    col(
                            "url",
                            "Web page",
                            "string",
                            "uri",
                            false,
                            null,
                            null,
                            "Public page of the post announcing the event.",
                            e -> e.url() == null ? null : Iris.toIri(e.url())),
                    col(
                            "source_file",
                            "Source file",
                            "string",
                            null,
                            true,
                            null,
                            null,
                            "The post file the event was read from, relative to the archive"
                                    + " root.",
                            e -> e.source().file()),
                    col(
                            "source_line",
                            "Source line",
                            "integer",
                            null,
                            false,
                            null,
                            null,
                            "Line of that file where the event is stated (1-based); empty when"
                                    + " unknown.",
                            e ->
                                    e.source().line() > 0
                                            ? Integer.toString(e.source().line())
                                            : null));

    private static Column col(
            String name,
            String title,
            String type,
            @Nullable String format,
            boolean required,
            @Nullable List<String> enumValues,
            @Nullable String pattern,
            String description,
            Function<Event, @Nullable String> value) {
        return new Column(
                name, title, type, format, required, enumValues, pattern, description, value);
    }

    private static String listDescription(String what) {
        return what
                + ", separated by \""
                + LIST_SEPARATOR
                + "\" (a \""
                + LIST_SEPARATOR
                + "\" inside a value is written \""
                + SEPARATOR_REPLACEMENT
                + "\").";
    }

    private static String lower(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String iso(@Nullable EventTime t) {
        return t == null ? null : t.iso();
    }

    private static @Nullable String place(Event e, Function<Place, @Nullable String> part) {
        return e.place() == null ? null : part.apply(e.place());
    }

    private static @Nullable String link(Event e, LinkRole role) {
        Link l = e.link(role);
        return l == null ? null : Iris.toIri(l.url());
    }

    private static @Nullable String informationUrls(Event e) {
        List<String> urls = new ArrayList<>();
        for (Link l : e.links()) if (l.role() == LinkRole.INFORMATION) urls.add(l.url());
        return urls(urls);
    }

    private static @Nullable String urls(List<String> urls) {
        List<String> iris = new ArrayList<>();
        for (String u : urls) {
            String iri = Iris.toIri(u);
            if (iri != null && !iris.contains(iri)) iris.add(iri);
        }
        return list(iris);
    }

    private static @Nullable String list(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            String clean = SchemaOrgMapping.clean(v).strip();
            if (clean.isEmpty()) continue;
            if (b.length() > 0) b.append(LIST_SEPARATOR);
            b.append(clean.replace(LIST_SEPARATOR, SEPARATOR_REPLACEMENT));
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** How diagnostics name a link of this role (the schema.org mapping uses the same words). */
    static String linkLabel(LinkRole role) {
        return switch (role) {
            case REGISTRATION -> "registration link";
            case ONLINE -> "online link";
            case PROGRAMME -> "programme link";
            case CONTACT -> "contact link";
            case INFORMATION -> "information link";
        };
    }
}
