package dev.eventail.export.internal.ical;

import static dev.eventail.model.EventTime.PARIS;

import dev.eventail.model.AttendanceMode;
import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.EventStatus;
import dev.eventail.model.EventTime;
import dev.eventail.model.Link;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import dev.eventail.model.SourceRef;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Hand-built events shaped like the archives' posts, for the calendar and catalogue tests. */
public final class SampleEvents {

    private SampleEvents() {}

    public static final String LONG_DESCRIPTION =
            "Venez découvrir les ateliers « Design des services numériques » : accueil, café;"
                    + " présentation, démonstration\\outils, et questions.\n"
                    + "Deuxième ligne, avec des accents — é è à ç œ — et un émoji 🎉 pour vérifier"
                    + " que le pliage ne coupe jamais une séquence UTF-8 en deux.";

    static SourceRef src(String file, int line) {
        return SourceRef.of(file, line);
    }

    static EventTime at(String localDateTime) {
        return EventTime.at(LocalDateTime.parse(localDateTime), PARIS);
    }

    static EventTime day(String date) {
        return EventTime.allDay(LocalDate.parse(date));
    }

    /** 31 October 2021, the day Paris went back from +02:00 to +01:00 at 03:00. */
    public static Event autumnDst() {
        return Event.builder(
                        "evenements/2021-10-31-atelier-heure-d-hiver",
                        EventKind.POST,
                        "Atelier le jour du changement d'heure",
                        src("_evenements/2021-10-31-atelier-heure-d-hiver.md", 4))
                .start(at("2021-10-31T01:30"))
                .end(at("2021-10-31T14:00"))
                .place(
                        new Place(
                                "Lieu de la transformation publique",
                                "77 avenue de Ségur",
                                "75015",
                                "Paris",
                                "FR"))
                .attendanceMode(AttendanceMode.OFFLINE)
                .url("https://www.numerique.gouv.fr/evenements/atelier-heure-d-hiver/")
                .categories(List.of("Atelier"))
                .build();
    }

    /** 27 March 2022, the day Paris went from +01:00 to +02:00 at 02:00. */
    public static Event springDst() {
        return Event.builder(
                        "evenements/2022-03-27-webinaire-heure-d-ete",
                        EventKind.POST,
                        "Webinaire, heure d'été; tout en ligne",
                        src("_evenements/2022-03-27-webinaire-heure-d-ete.md", 5))
                .start(at("2022-03-27T01:30"))
                .end(at("2022-03-27T03:30"))
                .attendanceMode(AttendanceMode.ONLINE)
                .links(
                        List.of(
                                new Link(
                                        "https://webinaire.numerique.gouv.fr/salle-42",
                                        LinkRole.ONLINE,
                                        "Rejoindre",
                                        src("x.md", 9))))
                .keywords(List.of("Webinaire", "Accessibilité, RGAA"))
                .build();
    }

    /** 02:30 after the clocks went back: the second 02:30 of that night, +01:00. */
    public static Event secondHalfPastTwo() {
        return Event.builder(
                        "evenements/2021-10-31-nuit-blanche",
                        EventKind.POST,
                        "Nuit blanche",
                        src("_evenements/2021-10-31-nuit-blanche.md", 4))
                .start(EventTime.of(java.time.OffsetDateTime.parse("2021-10-31T02:30:00+01:00")))
                .end(at("2021-10-31T05:00"))
                .build();
    }

    public static Event oneWholeDay() {
        return Event.builder(
                        "evenements/journee-ux",
                        EventKind.POST,
                        "Journée UX",
                        src("_evenements/journee-ux.md", 3))
                .start(day("2021-11-03"))
                .build();
    }

    public static Event multiDay() {
        return Event.builder(
                        "evenements/mois-du-design",
                        EventKind.POST,
                        "Mois du design",
                        src("_evenements/mois-du-design.md", 3))
                .start(day("2021-12-01"))
                .end(day("2021-12-14"))
                .description(LONG_DESCRIPTION)
                .build();
    }

    public static Event cancelled() {
        return Event.builder(
                        "evenements/forum-annule",
                        EventKind.POST,
                        "Forum (annulé)",
                        src("_evenements/forum-annule.md", 3))
                .start(at("2022-01-20T09:30"))
                .end(at("2022-01-20T12:00"))
                .status(EventStatus.CANCELLED)
                .build();
    }

    /** A programme: two sessions, the second with a time slot. */
    public static Event programme() {
        String id = "evenements/mip-2021";
        String s2 = id + "/s2";
        Event slot =
                Event.builder(
                                s2 + "/p1",
                                EventKind.SLOT,
                                "Introduction",
                                src("_evenements/mip-2021.md", 30))
                        .parentId(s2)
                        .start(at("2021-11-08T14:00"))
                        .end(at("2021-11-08T14:30"))
                        .build();
        Event session1 =
                Event.builder(
                                id + "/s1",
                                EventKind.SESSION,
                                "Serious Games",
                                src("_evenements/mip-2021.md", 20))
                        .parentId(id)
                        .start(at("2021-11-03T14:00"))
                        .end(at("2021-11-03T18:00"))
                        .keywords(List.of("Serious Games"))
                        .categories(List.of("Innovation"))
                        .build();
        Event session2 =
                Event.builder(
                                s2,
                                EventKind.SESSION,
                                "Atelier données",
                                src("_evenements/mip-2021.md", 28))
                        .parentId(id)
                        .start(at("2021-11-08T14:00"))
                        .end(at("2021-11-08T16:00"))
                        .subEvents(List.of(slot))
                        .build();
        return Event.builder(
                        id,
                        EventKind.POST,
                        "Mois de l'innovation publique 2021",
                        src("_evenements/mip-2021.md", 2))
                .start(day("2021-11-01"))
                .end(day("2021-11-30"))
                .categories(List.of("Innovation"))
                .subEvents(List.of(session1, session2))
                .build();
    }

    public static Event undated() {
        return Event.builder(
                        "evenements/sans-date",
                        EventKind.POST,
                        "Sans date",
                        src("_evenements/sans-date.md", 7))
                .build();
    }

    /** Every sample, in a deterministic order. */
    public static List<Event> all() {
        return List.of(
                autumnDst(),
                secondHalfPastTwo(),
                springDst(),
                oneWholeDay(),
                multiDay(),
                cancelled(),
                programme(),
                undated());
    }
}
