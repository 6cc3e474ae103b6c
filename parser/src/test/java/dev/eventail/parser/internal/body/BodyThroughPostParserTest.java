package dev.eventail.parser.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.Post;
import dev.eventail.parser.PostParser;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The body walk as the library user sees it: ids, parents and the inheritance rule. */
class BodyThroughPostParserTest {

    @Test
    void subEventsGetTheirIdsAndInheritWhatTheRuleSays() throws IOException {
        String content = Files.readString(Fixtures.path("posts/body/programme-slots.md"));
        Post post = PostParser.create().parse(content, "_evenements/programme-slots.md");

        Event event = post.events().get(0);
        assertThat(event.id()).isEqualTo("evenements/programme-slots");
        assertThat(event.subEvents())
                .extracting(Event::id)
                .containsExactly(
                        "evenements/programme-slots/p1",
                        "evenements/programme-slots/p2",
                        "evenements/programme-slots/p3",
                        "evenements/programme-slots/p4",
                        "evenements/programme-slots/p5",
                        "evenements/programme-slots/p6");
        // the post states one place and one mode: slots saying nothing of where inherit them
        Event welcome = event.subEvents().get(0);
        assertThat(welcome.kind()).isEqualTo(EventKind.SLOT);
        assertThat(welcome.parentId()).isEqualTo(event.id());
        assertThat(welcome.attendanceMode()).isEqualTo(AttendanceMode.OFFLINE);
        assertThat(welcome.place()).isEqualTo(event.place());
        assertThat(welcome.language()).isEqualTo(event.language());
        assertThat(welcome.url()).isEqualTo(event.url());
        assertThat(welcome.keywords()).isEmpty();
        assertThat(welcome.source().file()).isEqualTo("_evenements/programme-slots.md");
        assertThat(welcome.source().line()).isEqualTo(11);
    }

    @Test
    void aMixedPostPassesNoPlaceToItsSessions() throws IOException {
        String content = Files.readString(Fixtures.path("posts/body/markdown-sessions.md"));
        Post post = PostParser.create().parse(content, "_evenements/markdown-sessions.md");

        Event event = post.events().get(0);
        assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.MIXED);
        Event webinar = event.subEvents().get(1);
        assertThat(webinar.id()).isEqualTo("evenements/markdown-sessions/s2");
        assertThat(webinar.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
        assertThat(webinar.place()).isNull();
        assertThat(webinar.keywords()).containsExactly("Webinaire", "beta.gouv.fr");
        Event clinic = event.subEvents().get(5);
        assertThat(clinic.title()).isEqualTo("Clinique du code ouvert");
        assertThat(clinic.attendanceMode()).isEqualTo(AttendanceMode.UNKNOWN);
        assertThat(clinic.place()).isNull();
    }
}
