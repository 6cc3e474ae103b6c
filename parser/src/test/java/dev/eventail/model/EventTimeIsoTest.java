package dev.eventail.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written ISO form is what the formatters write. */
class EventTimeIsoTest {

    @Test
    void randomTimesAndDaysAreWrittenAsTheFormattersWriteThem() {
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(2_000_000) - 1_000_000);
            EventTime t;
            if (random.nextInt(4) == 0) {
                t = EventTime.allDay(day);
            } else {
                LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(86_400));
                // whole minutes mostly; now and then seconds, as historical offsets have
                int seconds =
                        random.nextInt(10) == 0
                                ? random.nextInt(18 * 3600 * 2 + 1) - 18 * 3600
                                : (random.nextInt(18 * 60 * 2 + 1) - 18 * 60) * 60;
                t = new EventTime(day, time, ZoneOffset.ofTotalSeconds(seconds));
            }
            assertThat(t.iso()).as("%s", t.date()).isEqualTo(t.isoByFormatter());
        }
    }

    @Test
    void edges() {
        LocalTime noon = LocalTime.NOON;
        for (EventTime t :
                new EventTime[] {
                    new EventTime(LocalDate.of(2024, 1, 5), noon, ZoneOffset.UTC),
                    new EventTime(
                            LocalDate.of(2024, 1, 5), noon, ZoneOffset.ofHoursMinutes(-3, -30)),
                    new EventTime(LocalDate.of(2024, 1, 5), noon, ZoneOffset.ofTotalSeconds(-1800)),
                    new EventTime(LocalDate.of(10000, 1, 1), noon, ZoneOffset.ofHours(1)),
                    new EventTime(LocalDate.of(-1, 1, 1), noon, ZoneOffset.ofHours(1)),
                    new EventTime(LocalDate.of(999, 1, 1), noon, ZoneOffset.ofHours(14)),
                    EventTime.at(
                            java.time.LocalDateTime.of(1900, 1, 1, 10, 0),
                            ZoneId.of("Europe/Paris")),
                    EventTime.allDay(LocalDate.of(2024, 2, 29))
                }) {
            assertThat(t.iso()).isEqualTo(t.isoByFormatter());
        }
        assertThat(
                        new EventTime(
                                        LocalDate.of(2024, 1, 5),
                                        LocalTime.of(9, 5),
                                        ZoneOffset.ofHours(-3))
                                .iso())
                .isEqualTo("2024-01-05T09:05:00-03:00");
    }
}
