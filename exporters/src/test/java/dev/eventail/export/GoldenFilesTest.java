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
 * Every fixture × every format against {@code fixtures/golden/<fixture>/}, the companions (which do
 * not depend on the events) once under {@code fixtures/golden/companions/<format>/}. Run with
 * {@code -Deventail.updateGolden=true} to rewrite them, then read the diff before committing.
 */
class GoldenFilesTest {

    static final boolean UPDATE = Boolean.getBoolean("eventail.updateGolden");

    static Stream<Arguments> fixturesAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (String fixture : FixtureEvents.all().keySet()) {
            for (String format : ExportRun.FORMATS) out.add(Arguments.of(fixture, format));
        }
        return out.stream();
    }

    static Stream<String> formats() {
        return ExportRun.FORMATS.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("fixturesAndFormats")
    void outputMatchesGoldenFile(String fixture, String format) throws IOException {
        List<Event> events = FixtureEvents.all().get(fixture);
        Exporter exporter = ExportRun.REGISTRY.require(format);
        byte[] actual = ExportRun.main(format, events, ExportContext.defaults());
        compare(Fixtures.path("golden/" + fixture + "/" + exporter.defaultFileName()), actual);
    }

    @ParameterizedTest(name = "{0} companions")
    @MethodSource("formats")
    void companionsMatchGoldenFiles(String format) throws IOException {
        Map<String, byte[]> files = ExportRun.files(format, List.of(), ExportContext.defaults());
        files.remove(ExportRun.REGISTRY.require(format).defaultFileName());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            compare(
                    Fixtures.path("golden/companions/" + format + "/" + file.getKey()),
                    file.getValue());
        }
    }

    private static void compare(Path golden, byte[] actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
        }
        assertThat(golden)
                .as("golden file %s (run with -Deventail.updateGolden=true)", golden)
                .exists();
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .as("%s", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
