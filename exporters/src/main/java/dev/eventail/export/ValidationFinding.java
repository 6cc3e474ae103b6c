package dev.eventail.export;

import dev.eventail.model.Severity;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing {@link OutputValidator} found in an output folder.
 *
 * <pre>{@code
 * ValidationFinding f = ...;
 * System.out.println(f);   // events.csv: error: row 3, field "start": "2021-13-01" ... [csv.type]
 * }</pre>
 *
 * @param severity {@code ERROR} when the file breaks its schema, its shapes or its agreement with
 *     the other formats; {@code WARNING} for what Google requires and the archive did not state;
 *     {@code INFO} for a recommendation or for what was checked
 * @param check a stable code naming the check ({@code csv.type}, {@code shacl}, {@code
 *     rdf.isomorphic}...)
 * @param file the file name in the folder
 * @param subject the row ({@code row 3}) or the node IRI concerned, {@code null} for the whole file
 * @param message what is wrong, for a person
 */
public record ValidationFinding(
        Severity severity, String check, String file, @Nullable String subject, String message)
        implements Comparable<ValidationFinding> {

    private static final Comparator<ValidationFinding> ORDER =
            Comparator.comparing(ValidationFinding::file)
                    .thenComparing(ValidationFinding::check)
                    .thenComparing(f -> f.subject() == null ? "" : f.subject())
                    .thenComparing(ValidationFinding::message);

    public ValidationFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** By file, check, subject, message: the order reports are written in. */
    @Override
    public int compareTo(ValidationFinding o) {
        return ORDER.compare(this, o);
    }

    /** {@code file: severity: subject: message [check]}. */
    @Override
    public String toString() {
        return file
                + ": "
                + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + (subject == null ? "" : subject + ": ")
                + message
                + " ["
                + check
                + "]";
    }
}
