package dev.eventail.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EventailTest {

    @Test
    void runReturnsTheExitCodeAndWritesToTheGivenStreams() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Eventail.run(new PrintWriter(out), new PrintWriter(err), "formats");

        assertThat(code).isEqualTo(ExitStatus.OK.code());
        assertThat(out.toString()).contains("csv", "jsonld", "turtle", "ics", "dcat");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exitStatusesAreDistinctAndSmall() {
        assertThat(ExitStatus.values())
                .extracting(ExitStatus::code)
                .containsExactly(0, 1, 2, 3, 4, 5);
    }
}
