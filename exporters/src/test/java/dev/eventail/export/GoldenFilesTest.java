package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture × every format against {@code fixtures/golden/<fixture>/}. Run with {@code
 * -Deventail.updateGolden=true} to rewrite them, then read the diff before committing.
 */
class GoldenFilesTest {

    static final boolean UPDATE = Boolean.getBoolean("eventail.updateGolden");

    static Stream<Arguments> fixturesAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, List<Event>> f : FixtureEvents.all().entrySet()) {
            for (String format : ExportRun.FORMATS) out.add(Arguments.of(f.getKey(), format));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("fixturesAndFormats")
    void outputMatchesGoldenFile(String fixture, String format) throws IOException {
        List<Event> events = FixtureEvents.all().get(fixture);
        Path dir = Fixtures.path("golden/" + fixture);
        for (Map.Entry<String, byte[]> file :
                ExportRun.files(format, events, ExportContext.defaults()).entrySet()) {
            Path golden = dir.resolve(file.getKey());
            if (UPDATE) {
                Files.createDirectories(dir);
                Files.write(golden, file.getValue());
            }
            assertThat(golden)
                    .as("golden file %s (run with -Deventail.updateGolden=true)", golden)
                    .exists();
            assertThat(new String(file.getValue(), StandardCharsets.UTF_8))
                    .as("%s of fixture %s", file.getKey(), fixture)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }
}
