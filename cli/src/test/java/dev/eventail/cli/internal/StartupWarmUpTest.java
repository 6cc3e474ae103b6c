package dev.eventail.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.Post;
import dev.eventail.parser.PostParser;
import org.junit.jupiter.api.Test;

class StartupWarmUpTest {

    /** A warm-up post that the parser rejected early would warm up nothing but the YAML. */
    @Test
    void theWarmUpPostGoesThroughSessionsSlotsAndAnHtmlBlock() {
        Post post = PostParser.create().parse(StartupWarmUp.POST, "_evenements/warm-up.markdown");
        assertThat(post.events()).hasSize(1);
        Event root = post.events().get(0);
        assertThat(root.flatten())
                .extracting(Event::kind)
                .contains(EventKind.SESSION, EventKind.SLOT);
        assertThat(root.flatten()).extracting(Event::title).contains("Les bases", "Tester");
    }
}
