package dev.eventail.cli.internal.inspect;

import dev.eventail.cli.ExitStatus;
import dev.eventail.cli.internal.CliFailure;
import dev.eventail.cli.internal.FailOn;
import dev.eventail.cli.internal.LimitOptions;
import dev.eventail.cli.internal.ManifestVersion;
import dev.eventail.cli.internal.input.CandidateFilter;
import dev.eventail.cli.internal.input.Inputs;
import dev.eventail.cli.internal.input.PostInput;
import dev.eventail.cli.internal.input.SourceFile;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Post;
import dev.eventail.parser.PostParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventail inspect FILE}: what eventail understood of one post. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        header = "Show what eventail understood of one post, as a tree.",
        versionProvider = ManifestVersion.class,
        description = {
            "Shows what eventail understood of one post, as a tree: the post, its events and"
                    + " sub-events with their dates, places and links, then the diagnostics with"
                    + " their lines. The view to work with when mapping a new archive.",
            "When a folder above FILE holds _config.yml, that is its site root (timezone, URL,"
                    + " and the ids a whole-site conversion gives).",
            ""
        })
public final class InspectCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A post file (.md, .markdown, .html, .txt).")
    Path file;

    @Option(
            names = "--timezone",
            paramLabel = "ZONE",
            description = "Zone of dates written without offset.")
    ZoneId timezone;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            defaultValue = "error",
            completionCandidates = FailOn.Names.class,
            description =
                    "Exit with 1 when a diagnostic is at least LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    /** The limits of {@code convert}, so that a file cut there can be looked at whole. */
    @Mixin LimitOptions limits;

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "inspect reads one post file, and "
                            + file
                            + " is a folder; convert reads folders");
        }
        LimitOptions.Limits checked = limits.checked(spec.commandLine());
        Post post;
        try (PostInput input =
                Inputs.open(
                        file.toString(),
                        file,
                        CandidateFilter.all(),
                        Set.of(),
                        checked.maxFileBytes(),
                        Inputs.DEFAULT_TAR_CHUNK_BYTES)) {
            Iterator<SourceFile> files = input.files();
            if (input.count() != 1 || !files.hasNext()) {
                throw new ParameterException(
                        spec.commandLine(), "inspect reads one post file, not an archive: " + file);
            }
            PostParser.Builder builder = checked.applyTo(PostParser.builder().site(input.site()));
            if (timezone != null) builder.zone(timezone);
            SourceFile source = files.next();
            byte[] bytes = source.read(checked.maxFileBytes());
            post = builder.build().parse(bytes, source.name());
        } catch (IOException e) {
            throw new CliFailure(
                    ExitStatus.INPUT, "cannot read " + file + ": " + e.getMessage(), e);
        }
        new EventTree(spec.commandLine().getOut()).print(post);
        boolean fails =
                post.diagnostics().stream().map(Diagnostic::severity).anyMatch(failOn::failsOn);
        return fails ? ExitStatus.DIAGNOSTICS.code() : ExitStatus.OK.code();
    }
}
