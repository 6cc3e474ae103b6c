package dev.eventail.export;

import dev.eventail.export.internal.validate.FolderValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a folder eventail converted into, with no network: each CSV against its Table Schema
 * ({@code schema.json}, or the schema its {@code datapackage.json} names), the JSON-LD (expanded
 * with the schema.org context shipped in this library) against eventail's SHACL shapes for
 * schema.org Events, and each Turtle, N-Triples and RDF/XML file against the JSON-LD: the same
 * graph. Thread-safe.
 *
 * <pre>{@code
 * List<ValidationFinding> findings = OutputValidator.create().validate(Path.of("out"));
 * boolean ok = findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
 * }</pre>
 *
 * <p>The RDF checks hold one file's graph in memory; the CSV check holds the row keys.
 */
public final class OutputValidator {

    private OutputValidator() {}

    /** A validator with eventail's shapes. */
    public static OutputValidator create() {
        return new OutputValidator();
    }

    /**
     * The findings for the files of {@code folder} (not its subfolders), sorted by file and check;
     * {@code INFO} findings with check {@code checked} say what was checked. Bad content never
     * throws: it becomes a finding.
     *
     * @throws IOException when the folder cannot be listed or a file cannot be read
     */
    public List<ValidationFinding> validate(Path folder) throws IOException {
        return new FolderValidator(folder).run();
    }
}
