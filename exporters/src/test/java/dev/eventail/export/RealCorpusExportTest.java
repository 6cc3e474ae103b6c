package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventail.fixtures.Fixtures;
import dev.eventail.model.Event;
import dev.eventail.model.Post;
import dev.eventail.model.Severity;
import dev.eventail.parser.ArchiveReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real archives in {@code ../shared/corpus} (when present), converted into one folder, {@code
 * exporters/target/corpus-out}, pass every check of {@link OutputValidator}. The folder is kept for
 * the independent validator.
 */
class RealCorpusExportTest {

    @Test
    void realArchivesConvertToValidOutputs() throws IOException {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "no shared corpus");
        List<Event> events = new ArrayList<>();
        for (String site : List.of("numerique.gouv.fr", "design.numerique.gouv.fr", "seed")) {
            Path root = corpus.resolve(site);
            if (!Files.isDirectory(root)) continue;
            try (Stream<Post> posts = ArchiveReader.open(root).posts()) {
                posts.forEach(p -> events.addAll(p.events()));
            }
        }
        assumeTrue(!events.isEmpty(), "no events in the corpus");
        Path dir = Path.of("target", "corpus-out");
        ExportRun.writeFolder(dir, events, ExportContext.defaults());

        List<ValidationFinding> findings = OutputValidator.create().validate(dir);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        long rows = events.stream().mapToLong(e -> e.flatten().size()).sum();
        String csv = Files.readString(dir.resolve("events.csv"), StandardCharsets.UTF_8);
        assertThat(findings)
                .filteredOn(f -> f.file().equals("events.csv") && f.check().equals("checked"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith(rows + " row(s)"));
        assertThat(csv).startsWith("id,parent_id,kind,");
    }
}
