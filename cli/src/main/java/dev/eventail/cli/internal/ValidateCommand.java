package dev.eventail.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.eventail.cli.ExitStatus;
import dev.eventail.export.OutputValidator;
import dev.eventail.export.ValidationFinding;
import dev.eventail.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventail validate DIR}: checks a converted folder. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check a converted folder: schemas, shapes, report.",
        versionProvider = ManifestVersion.class,
        description = {
            "Checks a folder written by convert, offline: each CSV against its Table Schema, the"
                    + " JSON-LD against eventail's SHACL shapes for schema.org Events, each"
                    + " Turtle, N-Triples and RDF/XML file against the JSON-LD (the same graph),"
                    + " and every file report.json lists against its size and SHA-256.",
            ""
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin Verbosity verbosity;

    @Parameters(paramLabel = "DIR", description = "A folder written by eventail convert.")
    Path dir;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            defaultValue = "error",
            completionCandidates = FailOn.Names.class,
            description =
                    "Exit with 1 when a finding is at least LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new CliFailure(ExitStatus.INPUT, "not a folder: " + dir);
        }
        List<ValidationFinding> findings = new ArrayList<>();
        try {
            checkAgainstReport(findings);
            findings.addAll(OutputValidator.create().validate(dir));
        } catch (IOException e) {
            throw new CliFailure(ExitStatus.INPUT, "cannot read " + dir + ": " + e.getMessage(), e);
        }
        findings.sort(null);
        PrintWriter out = spec.commandLine().getOut();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, 0);
        long checked = 0;
        for (ValidationFinding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
            if (f.check().equals("checked")) checked++;
            boolean shown = f.severity().atLeast(Severity.WARNING) || verbosity.level() >= 1;
            if (shown && !verbosity.quiet()) out.println(f);
        }
        if (!verbosity.quiet()) {
            out.printf(
                    Locale.ROOT,
                    "%s: %s passed, %s, %s, %s%n",
                    dir,
                    plural(checked, "check"),
                    plural(counts.get(Severity.ERROR), "error"),
                    plural(counts.get(Severity.WARNING), "warning"),
                    plural(counts.get(Severity.INFO) - checked, "info"));
        }
        out.flush();
        boolean fails =
                findings.stream().map(ValidationFinding::severity).anyMatch(failOn::failsOn);
        return fails ? ExitStatus.DIAGNOSTICS.code() : ExitStatus.OK.code();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Compares every file report.json lists with what is on disk. */
    private void checkAgainstReport(List<ValidationFinding> findings) throws IOException {
        Path report = dir.resolve("report.json");
        if (!Files.isRegularFile(report)) {
            findings.add(
                    new ValidationFinding(
                            Severity.WARNING,
                            "report.missing",
                            "report.json",
                            null,
                            "no report.json: sizes and digests cannot be checked"));
            return;
        }
        try (JsonParser json = new JsonFactory().createParser(report.toFile())) {
            String field = null;
            String name = null;
            long size = -1;
            String sha = null;
            boolean inFiles = false;
            int depth = 0;
            for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
                switch (t) {
                    case FIELD_NAME -> {
                        field = json.currentName();
                        if (depth == 1) inFiles = field.equals("files");
                    }
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (inFiles && depth == 3) {
                            name = null;
                            size = -1;
                            sha = null;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (inFiles && depth == 3 && t == JsonToken.END_OBJECT && name != null) {
                            checkFile(name, size, sha, findings);
                        }
                        depth--;
                    }
                    case VALUE_STRING -> {
                        if (inFiles && depth == 3 && "name".equals(field)) name = json.getText();
                        if (inFiles && depth == 3 && "sha256".equals(field)) sha = json.getText();
                    }
                    case VALUE_NUMBER_INT -> {
                        if (inFiles && depth == 3 && "size".equals(field))
                            size = json.getLongValue();
                    }
                    default -> {}
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            findings.add(
                    new ValidationFinding(
                            Severity.ERROR,
                            "report.invalid",
                            "report.json",
                            null,
                            "not valid JSON: " + e.getOriginalMessage()));
        }
    }

    private void checkFile(String name, long size, String sha, List<ValidationFinding> findings)
            throws IOException {
        Path f = dir.resolve(name).normalize();
        if (!f.startsWith(dir.normalize()) || !Files.isRegularFile(f)) {
            findings.add(
                    new ValidationFinding(
                            Severity.ERROR,
                            "report.files",
                            name,
                            null,
                            "listed in report.json but missing"));
            return;
        }
        long actual = Files.size(f);
        if (size >= 0 && actual != size) {
            findings.add(
                    new ValidationFinding(
                            Severity.ERROR,
                            "report.files",
                            name,
                            null,
                            actual + " bytes, report.json says " + size));
        } else if (sha != null && !sha.equals(sha256(f))) {
            findings.add(
                    new ValidationFinding(
                            Severity.ERROR,
                            "report.files",
                            name,
                            null,
                            "SHA-256 differs from report.json: changed since it was written"));
        } else {
            findings.add(
                    new ValidationFinding(
                            Severity.INFO,
                            "checked",
                            name,
                            null,
                            "size and SHA-256 as report.json says"));
        }
    }

    private static String sha256(Path f) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
