package dev.eventail.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.eventail.cli.ExitStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventail validate DIR}: checks a converted folder. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Checks a folder written by convert: every file report.json lists is there with its"
                    + " size and SHA-256.",
            ""
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder written by eventail convert.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CliFailure(ExitStatus.INPUT, "not a folder: " + dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();
        int checked = checkIntegrity(problems);
        for (String p : problems)
            out.println(dir.resolve(p.substring(0, p.indexOf(':'))) + p.substring(p.indexOf(':')));
        out.printf(
                "%d file%s checked, %d problem%s%n",
                checked, checked == 1 ? "" : "s", problems.size(), problems.size() == 1 ? "" : "s");
        out.flush();
        return problems.isEmpty() ? ExitStatus.OK.code() : ExitStatus.DIAGNOSTICS.code();
    }

    /** Compares every file of report.json with what is on disk; returns how many were checked. */
    private int checkIntegrity(List<String> problems) throws IOException {
        Path report = dir.resolve("report.json");
        if (!Files.isRegularFile(report)) {
            problems.add("report.json: missing, so the files cannot be checked against it");
            return 0;
        }
        int checked = 0;
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
                        if (depth == 1 && field.equals("files")) inFiles = true;
                        else if (depth == 1) inFiles = false;
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
                            checkFile(name, size, sha, problems);
                            checked++;
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
            problems.add("report.json: not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return checked;
    }

    private void checkFile(String name, long size, String sha, List<String> problems)
            throws IOException {
        Path f = dir.resolve(name).normalize();
        if (!f.startsWith(dir.normalize()) || !Files.isRegularFile(f)) {
            problems.add(name + ": listed in report.json but missing");
            return;
        }
        long actual = Files.size(f);
        if (size >= 0 && actual != size) {
            problems.add(name + ": " + actual + " bytes, report.json says " + size);
            return;
        }
        if (sha != null && !sha.equals(sha256(f))) {
            problems.add(name + ": SHA-256 differs from report.json (changed since written)");
        }
    }

    private static String sha256(Path f) throws IOException {
        try (InputStream in =
                new DigestInputStream(
                        Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStreamNull.INSTANCE);
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class OutputStreamNull {
        static final java.io.OutputStream INSTANCE = java.io.OutputStream.nullOutputStream();
    }
}
