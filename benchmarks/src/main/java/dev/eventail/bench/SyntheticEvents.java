package dev.eventail.bench;

import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import dev.eventail.model.SourceRef;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Event trees in the shape the parser gives for the generated posts (a post event with 0 to 12
 * sessions, some with programme slots, places, links, keywords), built directly so that the
 * exporters can be measured without the parser.
 */
public final class SyntheticEvents {

    private static final Place SEGUR =
            new Place(
                    "Lieu de la transformation publique",
                    "77 avenue de Ségur",
                    "75015",
                    "Paris",
                    "FR");
    private static final Place RENNES =
            new Place("Ti Lab", "5 rue Martenot", "35000", "Rennes", "FR");
    private static final Place NANTES =
            new Place("Espace Beaulieu", "9 boulevard Vincent Gache", "44200", "Nantes", "FR");
    private static final List<Place> PLACES = List.of(SEGUR, RENNES, NANTES);

    private SyntheticEvents() {}

    /** The top-level events of {@code posts} posts from {@code seed}, in archive order. */
    public static List<Event> build(long seed, int posts) {
        List<Event> events = new ArrayList<>(posts);
        for (int i = 0; i < posts; i++) events.add(post(seed, i));
        return events;
    }

    /** The event of post {@code index}. */
    public static Event post(long seed, int index) {
        Random random = new Random(PostComposer.mix(seed ^ 0x5EED, index));
        String theme = French.pick(random, French.THEMES);
        String stem = French.slug(theme) + "-" + index;
        String id = "evenements/" + stem;
        String file = "_evenements/" + stem + ".markdown";
        LocalDate day =
                LocalDate.of(
                        2016 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
        AttendanceMode mode = AttendanceMode.values()[random.nextInt(3)];
        Place place = mode == AttendanceMode.ONLINE ? null : French.pick(random, PLACES);
        int sessionCount = random.nextInt(100) < 55 ? 0 : 1 + random.nextInt(12);
        List<Event> sessions = new ArrayList<>(sessionCount);
        for (int s = 1; s <= sessionCount; s++) {
            sessions.add(session(random, id, file, s, day.plusDays(2L * s), theme));
        }
        Event.Builder b =
                Event.builder(id, EventKind.POST, French.capitalize(theme), SourceRef.of(file, 1))
                        .description(description(random, theme))
                        .attendanceMode(mode)
                        .place(place)
                        .admission(random.nextBoolean() ? Admission.FREE : Admission.UNKNOWN)
                        .links(List.of(registration(random, stem, file, 12)))
                        .keywords(
                                List.of(
                                        French.pick(random, French.TAGS),
                                        French.pick(random, French.TAGS)))
                        .categories(List.of(French.pick(random, French.CATEGORIES)))
                        .images(List.of("https://agenda.example.org/uploads/" + stem + ".png"))
                        .organizer("DINUM")
                        .language("fr")
                        .url("https://agenda.example.org/agenda/" + stem + "/")
                        .subEvents(sessions);
        if (random.nextInt(10) > 0) {
            if (random.nextInt(3) == 0) {
                b.start(EventTime.allDay(day)).end(EventTime.allDay(day.plusDays(28)));
            } else {
                LocalDateTime at = day.atTime(9 + random.nextInt(9), random.nextInt(2) * 30);
                b.start(EventTime.at(at, EventTime.PARIS))
                        .end(EventTime.at(at.plusHours(2), EventTime.PARIS));
            }
        }
        return b.build();
    }

    private static Event session(
            Random random, String parentId, String file, int n, LocalDate day, String theme) {
        String id = parentId + "/s" + n;
        LocalDateTime start = day.atTime(9 + random.nextInt(9), random.nextInt(4) * 15);
        List<Event> slots = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            LocalDateTime t = start;
            for (int p = 1, count = 2 + random.nextInt(4); p <= count; p++) {
                slots.add(
                        Event.builder(
                                        id + "/p" + p,
                                        EventKind.SLOT,
                                        French.pick(random, French.SLOT_TEXTS),
                                        SourceRef.of(file, 40 + n * 10 + p))
                                .parentId(id)
                                .start(EventTime.at(t, EventTime.PARIS))
                                .end(EventTime.at(t.plusMinutes(30), EventTime.PARIS))
                                .language("fr")
                                .build());
                t = t.plusMinutes(30);
            }
        }
        boolean online = random.nextBoolean();
        return Event.builder(
                        id,
                        EventKind.SESSION,
                        String.format(French.pick(random, French.SESSION_TITLE_FORMS), theme),
                        SourceRef.of(file, 30 + n * 10))
                .parentId(parentId)
                .description(description(random, theme))
                .start(EventTime.at(start, EventTime.PARIS))
                .end(EventTime.at(start.plusHours(1 + random.nextInt(4)), EventTime.PARIS))
                .attendanceMode(online ? AttendanceMode.ONLINE : AttendanceMode.OFFLINE)
                .place(online ? null : French.pick(random, PLACES))
                .admission(random.nextBoolean() ? Admission.FREE : Admission.UNKNOWN)
                .links(
                        List.of(
                                registration(
                                        random, French.slug(theme) + "-s" + n, file, 32 + n * 10)))
                .keywords(
                        List.of(
                                French.pick(random, French.SESSION_TAGS),
                                French.pick(random, French.SECOND_TAGS)))
                .accessibility(
                        random.nextBoolean()
                                ? List.of("Accessible aux personnes à mobilité réduite")
                                : List.of())
                .organizer("DINUM")
                .language("fr")
                .subEvents(slots)
                .build();
    }

    private static Link registration(Random random, String slug, String file, int line) {
        String url =
                random.nextBoolean()
                        ? "https://www.eventbrite.fr/e/billets-"
                                + slug
                                + "-"
                                + (100_000_000 + random.nextInt(899_999_999))
                        : "https://www.demarches-simplifiees.fr/commencer/" + slug;
        return new Link(
                url,
                LinkRole.REGISTRATION,
                French.pick(random, French.REGISTRATION_LABELS),
                SourceRef.of(file, line));
    }

    private static String description(Random random, String theme) {
        StringBuilder b = new StringBuilder();
        b.append(French.pick(random, French.SUBJECTS))
                .append(' ')
                .append(French.pick(random, French.VERBS))
                .append(' ')
                .append(theme)
                .append(". ");
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            b.append(French.pick(random, French.TAILS)).append(' ');
        }
        return b.toString().strip();
    }
}
