package dev.eventail.export;

import dev.eventail.model.Admission;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events built by hand in the shapes the real archives show (a programme of sessions in person and
 * online, a one-day workshop, a webinar series, a post without a date, awkward text), standing in
 * for parsed fixture posts.
 */
public final class SampleEvents {
    private SampleEvents() {}

    private static final Place SEGUR =
            new Place(
                    "Lieu de la transformation publique",
                    "77 avenue de Ségur",
                    "75015",
                    "Paris",
                    "FR");

    /** Fixture name → its top-level events. */
    public static Map<String, List<Event>> all() {
        Map<String, List<Event>> all = new TreeMap<>();
        all.put("sample-programme", List.of(programme()));
        all.put("sample-workshop", List.of(workshop()));
        all.put("sample-webinars", List.of(webinars()));
        all.put("sample-undated", List.of(undated(), awkward()));
        return all;
    }

    /** Every sample event, in fixture order. */
    public static List<Event> flat() {
        List<Event> out = new ArrayList<>();
        all().values().forEach(out::addAll);
        return out;
    }

    static EventTime at(String local) {
        return EventTime.at(LocalDateTime.parse(local), EventTime.PARIS);
    }

    /** A month-long programme: sessions in person and online, one with two slots. */
    static Event programme() {
        String file = "_evenements/mois-innovation-2021.md";
        String id = "evenements/mois-innovation-2021";
        Link reg =
                new Link(
                        "https://www.eventbrite.fr/e/mois-innovation",
                        LinkRole.REGISTRATION,
                        "S'inscrire",
                        SourceRef.of(file, 30));
        Event s1 =
                base(
                                id + "/s1",
                                EventKind.SESSION,
                                id,
                                "Des Serious Games pour la réflexion",
                                file,
                                14)
                        .start(at("2021-11-03T14:00"))
                        .end(at("2021-11-03T18:00"))
                        .attendanceMode(AttendanceMode.OFFLINE)
                        .place(SEGUR)
                        .admission(Admission.FREE)
                        .links(List.of(reg))
                        .keywords(List.of("Serious Games"))
                        .categories(List.of("Mois de l'innovation publique"))
                        .accessibility(List.of("Accessible aux personnes à mobilité réduite"))
                        .organizer("DITP")
                        .language("fr")
                        .url("https://www.numerique.gouv.fr/agenda/mois-innovation-2021/")
                        .build();
        String s2id = id + "/s2";
        Event p1 =
                base(s2id + "/p1", EventKind.SLOT, s2id, "Introduction", file, 22)
                        .start(at("2021-11-08T14:00"))
                        .end(at("2021-11-08T14:30"))
                        .attendanceMode(AttendanceMode.ONLINE)
                        .language("fr")
                        .build();
        Event p2 =
                base(s2id + "/p2", EventKind.SLOT, s2id, "Atelier en sous-groupes", file, 23)
                        .start(at("2021-11-08T14:30"))
                        .end(at("2021-11-08T16:00"))
                        .attendanceMode(AttendanceMode.ONLINE)
                        .language("fr")
                        .build();
        Event s2 =
                base(
                                s2id,
                                EventKind.SESSION,
                                id,
                                "Comment l’administration peut-elle aider les jeunes ?",
                                file,
                                20)
                        .description("Un atelier en ligne, « 100 % visio ».")
                        .start(at("2021-11-08T14:00"))
                        .end(at("2021-11-08T16:00"))
                        .attendanceMode(AttendanceMode.ONLINE)
                        .links(
                                List.of(
                                        new Link(
                                                "https://webinaire.numerique.gouv.fr/jeunes",
                                                LinkRole.ONLINE,
                                                null,
                                                SourceRef.of(file, 21))))
                        .keywords(List.of("Atelier"))
                        .categories(List.of("Mois de l'innovation publique"))
                        .organizer("DITP")
                        .language("fr")
                        .url("https://www.numerique.gouv.fr/agenda/mois-innovation-2021/")
                        .subEvents(List.of(p1, p2))
                        .build();
        return base(id, EventKind.POST, null, "Mois de l'innovation publique 2021", file, 1)
                .description(
                        "Du 2 au 30 novembre, des événements partout en France.\n"
                                + "Programme complet ci-dessous.")
                .start(EventTime.allDay(LocalDate.parse("2021-11-02")))
                .end(EventTime.allDay(LocalDate.parse("2021-11-30")))
                .attendanceMode(AttendanceMode.MIXED)
                .admission(Admission.FREE)
                .links(List.of(reg))
                .keywords(List.of("innovation publique"))
                .categories(List.of("Mois de l'innovation publique", "Évènement"))
                .images(List.of("https://www.numerique.gouv.fr/uploads/MIP2021.png"))
                .organizer("DITP")
                .language("fr")
                .url("https://www.numerique.gouv.fr/agenda/mois-innovation-2021/")
                .subEvents(List.of(s1, s2))
                .build();
    }

    /** One afternoon in person, paid, cancelled. */
    static Event workshop() {
        String file = "_evenements/atelier-design.markdown";
        return base(
                        "evenements/atelier-design",
                        EventKind.POST,
                        null,
                        "Atelier design, \"UX\" & accessibilité",
                        file,
                        3)
                .description("Atelier pratique; 20 places.")
                .start(at("2023-05-25T14:00"))
                .end(at("2023-05-25T17:30"))
                .attendanceMode(AttendanceMode.OFFLINE)
                .status(EventStatus.CANCELLED)
                .place(new Place(null, "20 avenue de Ségur", "75007", "Paris", "FR"))
                .admission(Admission.PAID)
                .links(
                        List.of(
                                new Link(
                                        "https://example.org/inscription atelier",
                                        LinkRole.REGISTRATION,
                                        "Inscriptions",
                                        SourceRef.of(file, 40)),
                                new Link(
                                        "mailto:design@example.org",
                                        LinkRole.CONTACT,
                                        null,
                                        SourceRef.of(file, 41)),
                                new Link(
                                        "https://example.org/programme.pdf",
                                        LinkRole.PROGRAMME,
                                        "Programme",
                                        SourceRef.of(file, 42)),
                                new Link(
                                        "https://example.org/a",
                                        LinkRole.INFORMATION,
                                        null,
                                        SourceRef.of(file, 43)),
                                new Link(
                                        "https://example.org/b",
                                        LinkRole.INFORMATION,
                                        null,
                                        SourceRef.of(file, 44))))
                .keywords(List.of("Design|UX", "Accessibilité"))
                .language("fr")
                .build();
    }

    /** A webinar series: online sessions on several days, no place. */
    static Event webinars() {
        String file = "content/articles/2021-03-21-webinaires.md";
        String id = "content-articles/2021-03-21-webinaires";
        List<Event> subs = new ArrayList<>();
        String[] days = {"2021-03-30T10:00", "2021-04-06T10:00"};
        for (int i = 0; i < days.length; i++) {
            subs.add(
                    base(
                                    id + "/s" + (i + 1),
                                    EventKind.SESSION,
                                    id,
                                    "Webinaire n°" + (i + 1),
                                    file,
                                    10 + i)
                            .start(at(days[i]))
                            .end(at(days[i].replace("T10:00", "T11:00")))
                            .attendanceMode(AttendanceMode.ONLINE)
                            .admission(Admission.FREE)
                            .language("fr")
                            .build());
        }
        return base(id, EventKind.POST, null, "Les webinaires de la DINUM", file, 1)
                .start(at("2021-03-30T10:00"))
                .end(at("2021-04-06T11:00"))
                .attendanceMode(AttendanceMode.ONLINE)
                .status(EventStatus.MOVED_ONLINE)
                .admission(Admission.FREE)
                .language("fr")
                .subEvents(subs)
                .build();
    }

    /** A stub post: no date could be read. */
    static Event undated() {
        return base(
                        "evenements/brouillon",
                        EventKind.POST,
                        null,
                        "Brouillon",
                        "_evenements/brouillon.md",
                        0)
                .build();
    }

    /** Text a spreadsheet or a writer could trip on; no place stated. */
    static Event awkward() {
        return base(
                        "evenements/formules",
                        EventKind.POST,
                        null,
                        "=SUM(A1:A2) + @danger",
                        "_evenements/formules.md",
                        2)
                .description(
                        "-1 ligne\r\navec <balise> & \"guillemets\"\u0007, une virgule,\tun\\chemin\\ ici")
                .start(EventTime.allDay(LocalDate.parse("2024-01-09")))
                .end(EventTime.allDay(LocalDate.parse("2024-01-10")))
                .keywords(List.of("+plus", "a|b"))
                .images(List.of("not a url", "https://example.org/image é.png"))
                .build();
    }

    private static Event.Builder base(
            String id, EventKind kind, String parent, String title, String file, int line) {
        return Event.builder(
                        id, kind, title, line > 0 ? SourceRef.of(file, line) : SourceRef.file(file))
                .parentId(parent);
    }
}
