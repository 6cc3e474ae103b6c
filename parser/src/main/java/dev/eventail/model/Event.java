package dev.eventail.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event a careful reader sees in a post: the post's own event, a session of a programme, or a
 * slot of a day's agenda. Sub-events are held in {@link #subEvents()}, each with {@link
 * #parentId()} set to this event's {@link #id()}.
 *
 * <p>Identifiers are stable: derived from the post's collection and slug (and, for sub-events, from
 * their rank in the post), never from the order files were read in.
 *
 * <pre>{@code
 * for (Event e : post.events()) {
 *     System.out.println(e.title() + " " + e.start().iso());
 *     e.subEvents().forEach(s -> System.out.println("  " + s.title()));
 * }
 * }</pre>
 *
 * @param id stable identifier, a relative IRI path such as {@code evenements/mip-2021/s3}
 * @param kind the level this event was found at
 * @param parentId the enclosing event's id, {@code null} for a post event
 * @param title the name, plain text
 * @param description plain text, markup removed; {@code null} when the post gives none
 * @param start the start; {@code null} only when no date could be read (a diagnostic says so)
 * @param end the end, not before {@code start}; {@code null} when unknown
 * @param attendanceMode in person, online, both, or unknown
 * @param status scheduled unless the text says otherwise
 * @param place the physical place, {@code null} when none is stated
 * @param admission free or paid only when the post states it
 * @param links registration, programme, online and other links, in the order found
 * @param keywords tags and bracketed labels ({@code [Atelier]}), in the order found, no duplicates
 * @param categories the post's categories
 * @param accessibility accessibility notes as written ("Accessible aux personnes à mobilité
 *     réduite")
 * @param images absolute image URLs
 * @param organizer the organizer's name, {@code null} when unknown
 * @param language BCP 47 language tag of the text, such as {@code fr}
 * @param url the public page of the post announcing the event, {@code null} when unknown
 * @param source where the event is stated (the file, and the line of its date or header)
 * @param subEvents sessions and slots, in the order of the text
 */
public record Event(
        String id,
        EventKind kind,
        @Nullable String parentId,
        String title,
        @Nullable String description,
        @Nullable EventTime start,
        @Nullable EventTime end,
        AttendanceMode attendanceMode,
        EventStatus status,
        @Nullable Place place,
        Admission admission,
        List<Link> links,
        List<String> keywords,
        List<String> categories,
        List<String> accessibility,
        List<String> images,
        @Nullable String organizer,
        @Nullable String language,
        @Nullable String url,
        SourceRef source,
        List<Event> subEvents) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(attendanceMode, "attendanceMode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) throw new IllegalArgumentException("blank event id");
        if ((kind == EventKind.POST) != (parentId == null)) {
            throw new IllegalArgumentException(
                    "a "
                            + kind
                            + " event "
                            + (parentId == null ? "needs" : "has no")
                            + " parent: "
                            + id);
        }
        links = List.copyOf(links);
        keywords = List.copyOf(keywords);
        categories = List.copyOf(categories);
        accessibility = List.copyOf(accessibility);
        images = List.copyOf(images);
        subEvents = List.copyOf(subEvents);
        for (Event sub : subEvents) {
            if (!id.equals(sub.parentId())) {
                throw new IllegalArgumentException(
                        "sub-event "
                                + sub.id()
                                + " names parent "
                                + sub.parentId()
                                + ", not "
                                + id);
            }
        }
    }

    /** The first link with {@code role}, or {@code null}. */
    public @Nullable Link link(LinkRole role) {
        for (Link l : links) {
            if (l.role() == role) return l;
        }
        return null;
    }

    /** This event followed by all its sub-events, depth first, in text order. */
    public List<Event> flatten() {
        List<Event> out = new java.util.ArrayList<>();
        flattenInto(out);
        return List.copyOf(out);
    }

    private void flattenInto(List<Event> out) {
        out.add(this);
        for (Event s : subEvents) s.flattenInto(out);
    }

    /** A builder initialised with this event's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder for an event; {@code id}, {@code kind}, {@code title} and {@code source} are
     * required.
     */
    public static Builder builder(String id, EventKind kind, String title, SourceRef source) {
        return new Builder(id, kind, title, source);
    }

    /** Mutable, not thread-safe builder of {@link Event}s. */
    public static final class Builder {
        private String id;
        private EventKind kind;
        private @Nullable String parentId;
        private String title;
        private @Nullable String description;
        private @Nullable EventTime start;
        private @Nullable EventTime end;
        private AttendanceMode attendanceMode = AttendanceMode.UNKNOWN;
        private EventStatus status = EventStatus.SCHEDULED;
        private @Nullable Place place;
        private Admission admission = Admission.UNKNOWN;
        private List<Link> links = List.of();
        private List<String> keywords = List.of();
        private List<String> categories = List.of();
        private List<String> accessibility = List.of();
        private List<String> images = List.of();
        private @Nullable String organizer;
        private @Nullable String language;
        private @Nullable String url;
        private SourceRef source;
        private List<Event> subEvents = List.of();

        private Builder(String id, EventKind kind, String title, SourceRef source) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.source = source;
        }

        private Builder(Event e) {
            this(e.id, e.kind, e.title, e.source);
            parentId = e.parentId;
            description = e.description;
            start = e.start;
            end = e.end;
            attendanceMode = e.attendanceMode;
            status = e.status;
            place = e.place;
            admission = e.admission;
            links = e.links;
            keywords = e.keywords;
            categories = e.categories;
            accessibility = e.accessibility;
            images = e.images;
            organizer = e.organizer;
            language = e.language;
            url = e.url;
            subEvents = e.subEvents;
        }

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder kind(EventKind v) {
            kind = v;
            return this;
        }

        public Builder parentId(@Nullable String v) {
            parentId = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder description(@Nullable String v) {
            description = v;
            return this;
        }

        public Builder start(@Nullable EventTime v) {
            start = v;
            return this;
        }

        public Builder end(@Nullable EventTime v) {
            end = v;
            return this;
        }

        public Builder attendanceMode(AttendanceMode v) {
            attendanceMode = v;
            return this;
        }

        public Builder status(EventStatus v) {
            status = v;
            return this;
        }

        public Builder place(@Nullable Place v) {
            place = v;
            return this;
        }

        public Builder admission(Admission v) {
            admission = v;
            return this;
        }

        public Builder links(List<Link> v) {
            links = v;
            return this;
        }

        public Builder keywords(List<String> v) {
            keywords = v;
            return this;
        }

        public Builder categories(List<String> v) {
            categories = v;
            return this;
        }

        public Builder accessibility(List<String> v) {
            accessibility = v;
            return this;
        }

        public Builder images(List<String> v) {
            images = v;
            return this;
        }

        public Builder organizer(@Nullable String v) {
            organizer = v;
            return this;
        }

        public Builder language(@Nullable String v) {
            language = v;
            return this;
        }

        public Builder url(@Nullable String v) {
            url = v;
            return this;
        }

        public Builder source(SourceRef v) {
            source = v;
            return this;
        }

        public Builder subEvents(List<Event> v) {
            subEvents = v;
            return this;
        }

        public Event build() {
            return new Event(
                    id,
                    kind,
                    parentId,
                    title,
                    description,
                    start,
                    end,
                    attendanceMode,
                    status,
                    place,
                    admission,
                    links,
                    keywords,
                    categories,
                    accessibility,
                    images,
                    organizer,
                    language,
                    url,
                    source,
                    subEvents);
        }
    }
}
