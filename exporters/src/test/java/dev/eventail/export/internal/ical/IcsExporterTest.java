package dev.eventail.export.internal.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.ExporterRegistry;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IcsExporterTest {

    private static final String GENERATED_AT = "2026-11-29T08:00:00+01:00";

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String text;
    private Map<String, VEvent> byUid;
    private Calendar calendar;

    @BeforeEach
    void exportSamples() throws Exception {
        byte[] bytes = export(SampleEvents.all(), context());
        text = new String(bytes, StandardCharsets.UTF_8);
        calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        byUid =
                events.stream()
                        .collect(
                                Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private ExportContext context() {
        return ExportContext.defaults()
                .withBaseUri("https://agenda.numerique.gouv.fr/evenements/")
                .withGeneratedAt(GENERATED_AT)
                .withDataset(ExportContext.defaults().dataset().withTitle("Agenda du numérique"))
                .withDiagnostics(diagnostics::add);
    }

    static byte[] export(List<Event> events, ExportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EventSink sink = new IcsExporter().open(out, context)) {
            for (Event e : events) sink.accept(e);
        }
        return out.toByteArray();
    }

    private VEvent event(String id) {
        VEvent e = byUid.get(id + "@agenda.numerique.gouv.fr");
        assertThat(e).as("VEVENT of %s", id).isNotNull();
        return e;
    }

    private static String value(PropertyContainer c, String name) {
        Optional<Property> p = c.getProperty(name);
        return p.map(Property::getValue).orElse(null);
    }

    private static Temporal date(VEvent e, String name) {
        DateProperty<?> p = e.<DateProperty<?>>getProperty(name).orElseThrow();
        return p.getDate();
    }

    private static String param(VEvent e, String property, String parameter) {
        Optional<Property> p = e.getProperty(property);
        Optional<Parameter> value = p.flatMap(x -> x.getParameter(parameter));
        return value.map(Parameter::getValue).orElse(null);
    }

    private static Instant instant(VEvent e, String name) {
        return Instant.from(date(e, name));
    }

    @Test
    void oneVeventPerDatedEventIncludingSessionsAndSlots() {
        // 6 dated single events, a programme of 1 post + 2 sessions + 1 slot, and 1 undated
        assertThat(byUid).hasSize(10);
        assertThat(byUid.keySet())
                .contains(
                        "evenements/mip-2021@agenda.numerique.gouv.fr",
                        "evenements/mip-2021/s1@agenda.numerique.gouv.fr",
                        "evenements/mip-2021/s2@agenda.numerique.gouv.fr",
                        "evenements/mip-2021/s2/p1@agenda.numerique.gouv.fr")
                .noneMatch(uid -> uid.startsWith("evenements/sans-date"));
    }

    @Test
    void undatedEventIsReportedNotWritten() {
        assertThat(diagnostics)
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo("export.ics.no-date");
                            assertThat(d.source().file()).isEqualTo("_evenements/sans-date.md");
                            assertThat(d.source().line()).isEqualTo(7);
                        });
    }

    @Test
    void calendarHasVersionProdIdNameAndParisTimezone() {
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.PRODID)).isEqualTo(IcsSink.PRODUCT_ID);
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Agenda du numérique");
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones)
                .singleElement()
                .extracting(z -> value(z, Property.TZID))
                .isEqualTo("Europe/Paris");
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void autumnDstDayKeepsBothOffsets() {
        VEvent e = event("evenements/2021-10-31-atelier-heure-d-hiver");
        assertThat(param(e, Property.DTSTART, Parameter.TZID)).isEqualTo("Europe/Paris");
        assertThat(param(e, Property.DTEND, Parameter.TZID)).isEqualTo("Europe/Paris");
        // 01:30 is still summer time (+02:00), 14:00 is winter time (+01:00)
        assertThat(instant(e, Property.DTSTART)).isEqualTo("2021-10-30T23:30:00Z");
        assertThat(instant(e, Property.DTEND)).isEqualTo("2021-10-31T13:00:00Z");
        assertThat(unfolded())
                .contains("DTSTART;TZID=Europe/Paris:20211031T013000\r\n")
                .contains("DTEND;TZID=Europe/Paris:20211031T140000\r\n");
        assertThat(value(e, Property.SUMMARY)).isEqualTo("Atelier le jour du changement d'heure");
        assertThat(value(e, Property.LOCATION))
                .isEqualTo("Lieu de la transformation publique, 77 avenue de Ségur, 75015 Paris");
        assertThat(value(e, Property.URL))
                .isEqualTo("https://www.numerique.gouv.fr/evenements/atelier-heure-d-hiver/");
        assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(e, Property.DTSTAMP)).isEqualTo("20261129T070000Z");
        assertThat(e.getProperty(Property.RELATED_TO)).isEmpty();
        assertThat(e.getProperty(Property.DESCRIPTION)).isEmpty();
    }

    @Test
    void secondOccurrenceOfAnAmbiguousTimeIsWrittenInUtc() {
        VEvent e = event("evenements/2021-10-31-nuit-blanche");
        assertThat(unfolded()).contains("DTSTART:20211031T013000Z\r\n");
        assertThat(instant(e, Property.DTSTART)).isEqualTo("2021-10-31T01:30:00Z");
        assertThat(instant(e, Property.DTEND)).isEqualTo("2021-10-31T04:00:00Z");
    }

    @Test
    void springDstDaySkipsTheMissingHour() {
        VEvent e = event("evenements/2022-03-27-webinaire-heure-d-ete");
        assertThat(instant(e, Property.DTSTART)).isEqualTo("2022-03-27T00:30:00Z");
        assertThat(instant(e, Property.DTEND)).isEqualTo("2022-03-27T01:30:00Z");
        assertThat(unfolded())
                .contains("DTSTART;TZID=Europe/Paris:20220327T013000\r\n")
                .contains("DTEND;TZID=Europe/Paris:20220327T033000\r\n");
        // no place: the online room is the location
        assertThat(value(e, Property.LOCATION))
                .isEqualTo("https://webinaire.numerique.gouv.fr/salle-42");
        assertThat(value(e, Property.SUMMARY)).isEqualTo("Webinaire, heure d'été; tout en ligne");
        assertThat(unfolded()).contains("SUMMARY:Webinaire\\, heure d'été\\; tout en ligne\r\n");
        Categories categories = e.<Categories>getProperty(Property.CATEGORIES).orElseThrow();
        assertThat(categories.getCategories().getTexts())
                .containsExactly("Webinaire", "Accessibilité, RGAA");
        assertThat(unfolded()).contains("CATEGORIES:Webinaire,Accessibilité\\, RGAA\r\n");
    }

    @Test
    void wholeDayHasAnExclusiveDateEnd() {
        VEvent e = event("evenements/journee-ux");
        assertThat(date(e, Property.DTSTART)).isEqualTo(LocalDate.of(2021, 11, 3));
        assertThat(date(e, Property.DTEND)).isEqualTo(LocalDate.of(2021, 11, 4));
        assertThat(param(e, Property.DTSTART, Parameter.VALUE)).isEqualTo("DATE");
        assertThat(param(e, Property.DTEND, Parameter.VALUE)).isEqualTo("DATE");
        assertThat(unfolded())
                .contains("DTSTART;VALUE=DATE:20211103\r\nDTEND;VALUE=DATE:20211104\r\n");
    }

    @Test
    void multiDayEventEndsTheDayAfterItsLastDay() {
        VEvent e = event("evenements/mois-du-design");
        assertThat(date(e, Property.DTSTART)).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(date(e, Property.DTEND)).isEqualTo(LocalDate.of(2021, 12, 15));
    }

    @Test
    void descriptionIsEscapedFoldedAndReadBackIntact() {
        VEvent e = event("evenements/mois-du-design");
        assertThat(value(e, Property.DESCRIPTION)).isEqualTo(SampleEvents.LONG_DESCRIPTION);
        assertThat(unfolded())
                .contains(
                        "café\\; présentation\\, démonstration\\\\outils\\, et questions.\\nDeux");
    }

    @Test
    void everyPhysicalLineIsAtMost75OctetsAndEndsWithCrlf() {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int lineStart = 0;
        int folded = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(bytes[i - 1]).as("CR before LF at %d", i).isEqualTo((byte) '\r');
                assertThat(i - 1 - lineStart)
                        .as("octets of line at %d", lineStart)
                        .isLessThanOrEqualTo(75);
                if (i + 1 < bytes.length && bytes[i + 1] == ' ') folded++;
                lineStart = i + 1;
            }
        }
        assertThat(folded).as("folded lines").isGreaterThan(2);
        // a fold never cuts a UTF-8 sequence: the text decodes without replacement characters
        assertThat(text).doesNotContain("\uFFFD").contains("🎉");
    }

    @Test
    void cancelledEventSaysSo() {
        assertThat(value(event("evenements/forum-annule"), Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void sessionsAndSlotsPointToTheirParents() {
        VEvent post = event("evenements/mip-2021");
        VEvent s1 = event("evenements/mip-2021/s1");
        VEvent slot = event("evenements/mip-2021/s2/p1");
        assertThat(post.getProperty(Property.RELATED_TO)).isEmpty();
        assertThat(value(s1, Property.RELATED_TO))
                .isEqualTo("evenements/mip-2021@agenda.numerique.gouv.fr");
        assertThat(param(s1, Property.RELATED_TO, Parameter.RELTYPE)).isEqualTo("PARENT");
        assertThat(value(slot, Property.RELATED_TO))
                .isEqualTo("evenements/mip-2021/s2@agenda.numerique.gouv.fr");
        assertThat(instant(s1, Property.DTSTART)).isEqualTo("2021-11-03T13:00:00Z");
        assertThat(instant(slot, Property.DTEND)).isEqualTo("2021-11-08T13:30:00Z");
        assertThat(
                        s1.<Categories>getProperty(Property.CATEGORIES)
                                .orElseThrow()
                                .getCategories()
                                .getTexts())
                .containsExactly("Innovation", "Serious Games");
        assertThat(date(post, Property.DTEND)).isEqualTo(LocalDate.of(2021, 12, 1));
        // text order: the post, then its sessions, the slot inside the second session
        assertThat(text.indexOf("UID:evenements/mip-2021@"))
                .isLessThan(text.indexOf("UID:evenements/mip-2021/s1@"));
        assertThat(text.indexOf("UID:evenements/mip-2021/s2@"))
                .isLessThan(text.indexOf("UID:evenements/mip-2021/s2/p1@"));
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        byte[] again = export(SampleEvents.all(), context());
        assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void withoutGeneratedAtTheStampIsFixedNotTheClock() throws IOException {
        ExportContext noDate = context().withGeneratedAt(null);
        String out =
                new String(
                        export(List.of(SampleEvents.oneWholeDay()), noDate),
                        StandardCharsets.UTF_8);
        assertThat(out).contains("DTSTAMP:19700101T000000Z\r\n");
    }

    @Test
    void emptyRunIsAValidEmptyCalendar() throws Exception {
        byte[] bytes = export(List.of(), context());
        Calendar empty = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        assertThat(empty.getComponents(Component.VEVENT)).isEmpty();
        assertThat(empty.getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void registryFindsTheExporter() {
        var ics = ExporterRegistry.load().require("ics");
        assertThat(ics).isInstanceOf(IcsExporter.class);
        assertThat(ics.defaultFileName()).isEqualTo("events.ics");
        assertThat(ics.mediaType()).isEqualTo("text/calendar");
    }

    @Test
    void utcZoneWritesUtcTimesWithoutVtimezone() throws Exception {
        ExportContext utc = context().withZone(java.time.ZoneOffset.UTC);
        byte[] bytes = export(List.of(SampleEvents.autumnDst()), utc);
        String out = new String(bytes, StandardCharsets.UTF_8);
        assertThat(out)
                .contains("DTSTART:20211030T233000Z\r\n")
                .contains("DTEND:20211031T130000Z\r\n")
                .doesNotContain("VTIMEZONE")
                .doesNotContain("TZID");
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        VEvent e = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(instant(e, Property.DTSTART)).isEqualTo("2021-10-30T23:30:00Z");
    }

    @Test
    void aliasZoneIsWrittenUnderTheTzidOfItsVtimezone() throws Exception {
        // ical4j answers America/Montreal, an alias, with America/Toronto's VTIMEZONE
        ExportContext montreal = context().withZone(java.time.ZoneId.of("America/Montreal"));
        byte[] bytes = export(List.of(SampleEvents.springDst()), montreal);
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        assertThat(parsed.<VTimeZone>getComponents(Component.VTIMEZONE))
                .singleElement()
                .extracting(z -> value(z, Property.TZID))
                .isEqualTo("America/Toronto");
        VEvent e = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
        // the same instant, said in Toronto's local time (UTC-5 that night)
        assertThat(instant(e, Property.DTSTART)).isEqualTo("2022-03-27T00:30:00Z");
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("DTSTART;TZID=America/Toronto:20220326T203000\r\n")
                .doesNotContain("America/Montreal");
    }

    @Test
    void relativeUrlIsLeftOutAndReported() throws IOException {
        Event bad = SampleEvents.oneWholeDay().toBuilder().url("/evenements/journee-ux/").build();
        String out = new String(export(List.of(bad), context()), StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r\nURL:");
        assertThat(diagnostics)
                .extracting(Diagnostic::code)
                .containsExactly("export.ics.no-date", "export.ics.bad-url");
    }

    @Test
    void controlCharactersAreDroppedAndLineBreaksKept() throws Exception {
        Event messy =
                SampleEvents.oneWholeDay().toBuilder()
                        .title("Journée\u0007 UX")
                        .description("ligne 1\r\nligne 2\rligne 3")
                        .build();
        byte[] bytes = export(List.of(messy), context());
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        VEvent e = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(e, Property.SUMMARY)).isEqualTo("Journée UX");
        assertThat(value(e, Property.DESCRIPTION)).isEqualTo("ligne 1\nligne 2\nligne 3");
    }

    @Test
    void timedStartWithWholeDayEndLastsUntilThatDayIsOver() throws Exception {
        Event mixed =
                SampleEvents.cancelled().toBuilder()
                        .end(dev.eventail.model.EventTime.allDay(LocalDate.of(2022, 1, 21)))
                        .build();
        byte[] bytes = export(List.of(mixed), context());
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        VEvent e = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(instant(e, Property.DTEND)).isEqualTo("2022-01-21T23:00:00Z");
        assertThat(param(e, Property.DTEND, Parameter.TZID)).isEqualTo("Europe/Paris");
    }

    @Test
    void blankTitleFallsBackOnTheIdAndIsReported() throws Exception {
        Event untitled = SampleEvents.oneWholeDay().toBuilder().title("  ").build();
        byte[] bytes = export(List.of(untitled), context());
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        VEvent e = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(e, Property.SUMMARY)).isEqualTo("evenements/journee-ux");
        assertThat(diagnostics).extracting(Diagnostic::code).contains("export.ics.no-title");
    }

    @Test
    void calendarNameIsEscapedLikeAnyText() throws Exception {
        ExportContext named =
                context()
                        .withDataset(
                                ExportContext.defaults()
                                        .dataset()
                                        .withTitle("Agenda, numérique;\nsur deux lignes"));
        byte[] bytes = export(List.of(), named);
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        assertThat(value(parsed, "X-WR-CALNAME")).isEqualTo("Agenda, numérique;\nsur deux lignes");
    }

    @Test
    void ical4jFindsNothingToSayAboutTheCalendar() throws Exception {
        assertThat(calendar.validate().getEntries()).isEmpty();
    }

    private String unfolded() {
        return text.replace("\r\n ", "");
    }
}
