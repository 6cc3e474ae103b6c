package dev.eventail.export;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Event;
import dev.eventail.model.Post;
import dev.eventail.parser.PostParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The events of every fixture the exporter tests run over: each post under {@code fixtures/posts/},
 * parsed with the default {@link PostParser} (fixture name: its path there without extension), plus
 * the hand-built {@link SampleEvents} ({@code sample-*}).
 */
public final class FixtureEvents {
    private FixtureEvents() {}

    private static final Map<String, List<Event>> ALL = load();

    /** Fixture name → its top-level events, in name order. */
    public static Map<String, List<Event>> all() {
        return ALL;
    }

    /** Every event of every fixture, in fixture order. */
    public static List<Event> flat() {
        return ALL.values().stream().flatMap(List::stream).toList();
    }

    private static Map<String, List<Event>> load() {
        Map<String, List<Event>> all = new TreeMap<>(SampleEvents.all());
        Path posts = Fixtures.path("posts");
        PostParser parser = PostParser.create();
        try (Stream<Path> files = Files.walk(posts)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = posts.relativize(file).toString().replace('\\', '/');
                int dot = relative.lastIndexOf('.');
                if (dot <= relative.lastIndexOf('/') + 1) continue; // .keep and the like
                Post post = parser.parse(Files.readAllBytes(file), relative);
                all.put(relative.substring(0, dot), post.events());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(all);
    }
}
