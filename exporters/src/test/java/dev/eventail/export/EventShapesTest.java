package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eventail's SHACL shapes, run by {@link OutputValidator} on a Turtle file alone. */
class EventShapesTest {

    private static final String PREFIXES =
            "@prefix schema: <http://schema.org/> .\n@prefix ex: <https://example.org/> .\n";
    private static final String PLACE = "ex:p a schema:Place ; schema:name \"Salle\" .\n";

    private static List<ValidationFinding> shacl(Path dir, String turtle) throws IOException {
        Files.writeString(dir.resolve("events.ttl"), PREFIXES + PLACE + turtle);
        return OutputValidator.create().validate(dir).stream()
                .filter(f -> f.check().equals("shacl") && f.severity() != Severity.INFO)
                .toList();
    }

    @Test
    void aCompleteEventConforms(@TempDir Path dir) throws IOException {
        assertThat(
                        shacl(
                                dir,
                                "ex:e a schema:Event ; schema:name \"A\" ; schema:location ex:p ;"
                                        + " schema:startDate \"2021-11-03T14:00:00+01:00\"^^schema:Date ;"
                                        + " schema:endDate \"2021-11-03\"^^schema:Date .\n"))
                .isEmpty();
    }

    @Test
    void nameAndStartDateAreRequiredAndStartDateIsSingle(@TempDir Path dir) throws IOException {
        List<ValidationFinding> f =
                shacl(
                        dir,
                        "ex:e a schema:Event ; schema:location ex:p ;"
                                + " schema:startDate \"2021-11-03\"^^schema:Date, \"2021-11-04\"^^schema:Date .\n"
                                + "ex:f a schema:Event ; schema:name \"F\" ; schema:location ex:p .\n");
        assertThat(f).allMatch(x -> x.severity() == Severity.ERROR);
        assertThat(f)
                .extracting(ValidationFinding::message)
                .anySatisfy(m -> assertThat(m).contains("needs a name"))
                .anySatisfy(m -> assertThat(m).contains("one startDate"))
                .anySatisfy(m -> assertThat(m).contains("needs a startDate"));
    }

    @Test
    void endBeforeStartIsAViolationComparingInstantsOrCalendarDays(@TempDir Path dir)
            throws IOException {
        List<ValidationFinding> f =
                shacl(
                        dir,
                        "ex:e a schema:Event ; schema:name \"E\" ; schema:location ex:p ;"
                                + " schema:startDate \"2021-11-03T14:00:00+01:00\"^^schema:Date ;"
                                + " schema:endDate \"2021-11-03T13:00:00+01:00\"^^schema:Date .\n"
                                + "ex:g a schema:Event ; schema:name \"G\" ; schema:location ex:p ;"
                                + " schema:startDate \"2021-11-03T14:00:00+01:00\"^^schema:Date ;"
                                + " schema:endDate \"2021-11-02\"^^schema:Date .\n"
                                + "ex:h a schema:Event ; schema:name \"H\" ; schema:location ex:p ;"
                                + " schema:startDate \"2021-11-03T14:00:00+01:00\"^^schema:Date ;"
                                + " schema:endDate \"2021-11-03T14:30:00+02:00\"^^schema:Date .\n");
        assertThat(f)
                .extracting(ValidationFinding::subject)
                .containsExactlyInAnyOrder(
                        "https://example.org/e", "https://example.org/g", "https://example.org/h");
        assertThat(f).allSatisfy(x -> assertThat(x.message()).contains("before startDate"));
    }

    @Test
    void superEventMustBeAnEventOfTheDatasetAndMissingLocationIsAWarning(@TempDir Path dir)
            throws IOException {
        List<ValidationFinding> f =
                shacl(
                        dir,
                        "ex:e a schema:Event ; schema:name \"E\" ;"
                                + " schema:startDate \"2021-11-03\"^^schema:Date ;"
                                + " schema:superEvent ex:elsewhere .\n");
        assertThat(f)
                .filteredOn(x -> x.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("superEvent"));
        assertThat(f)
                .filteredOn(x -> x.severity() == Severity.WARNING)
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("location"));
    }
}
