package dev.eventail.cli.internal.convert;

import dev.eventail.cli.ExitStatus;
import dev.eventail.cli.internal.EventailCommand;
import dev.eventail.cli.internal.FailOn;
import dev.eventail.cli.internal.LimitOptions;
import dev.eventail.cli.internal.Verbosity;
import dev.eventail.cli.internal.input.CandidateFilter;
import dev.eventail.cli.internal.input.Inputs;
import dev.eventail.cli.internal.output.RunReport;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import dev.eventail.export.ExporterRegistry;
import dev.eventail.model.EventKind;
import dev.eventail.model.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eventail convert}: the main job. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        header = "Convert folders, files and archives to open data formats.",
        versionProvider = dev.eventail.cli.internal.ManifestVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Converts posts to every installed format (or those given with --to), in one run.",
            "INPUT is a site root (its _config.yml gives the timezone, URL and permalinks), any"
                    + " folder of posts, one post file, or a .zip, .tar.gz, .tgz or .tar archive"
                    + " (read in place, never unpacked to disk).",
            "Outputs appear whole or not at all: each file is written beside its final name and"
                    + " renamed once the whole run succeeded. report.json lists every diagnostic.",
            ""
        })
public final class ConvertCommand implements Callable<Integer> {

    @ParentCommand EventailCommand root;
    @Spec CommandSpec spec;
    @Mixin Verbosity verbosity;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders, files or archives.")
    List<String> inputs = new ArrayList<>();

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "DIR",
            description = "Output folder (created if needed).")
    Path out;

    @Option(
            names = {"-t", "--to"},
            split = ",",
            paramLabel = "FORMAT",
            description =
                    "Format ids, comma-separated (default: all installed; see `eventail formats`).")
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--base-uri",
            paramLabel = "IRI",
            description =
                    "Base of event IRIs, ending with / or # (default: eventail.yml's base-uri, else "
                            + ExportContext.DEFAULT_BASE_URI
                            + ").")
    String baseUri;

    @Option(
            names = "--timezone",
            paramLabel = "ZONE",
            description =
                    "Zone of dates written without offset (default: _config.yml's timezone, else Europe/Paris).")
    ZoneId timezone;

    @Option(
            names = "--include",
            paramLabel = "GLOB",
            description =
                    "Read only matching files; a glob without / matches file names (*.md), one with / paths from the root (_evenements/**). Repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Skip matching files. Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(
            names = "--drafts",
            description = "Include unpublished posts (published: false, _drafts/).")
    boolean drafts;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "Keep events ending on or after DATE (yyyy-mm-dd).")
    LocalDate since;

    @Option(
            names = "--until",
            paramLabel = "DATE",
            description = "Keep events starting on or before DATE.")
    LocalDate until;

    @Option(
            names = {"-j", "--threads"},
            paramLabel = "N",
            description = "Parsing threads (default: all cores). Outputs do not depend on it.")
    Integer threads;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            defaultValue = "error",
            completionCandidates = FailOn.Names.class,
            description =
                    "Exit with 1 when a diagnostic is at least LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            description = "Dataset title (over eventail.yml).")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "Dataset description.")
    String description;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Dataset publisher.")
    String publisher;

    @Option(
            names = {"--licence", "--license"},
            paramLabel = "IRI",
            description = "Dataset licence (default: Licence Ouverte 2.0).")
    String licence;

    @Option(names = "--keyword", paramLabel = "WORD", description = "Dataset keyword. Repeatable.")
    List<String> keywords;

    @Option(
            names = {"-O", "--option"},
            paramLabel = "KEY=VALUE",
            description =
                    "Exporter option, key prefixed with its format id (csv.spreadsheet-safe=true). Repeatable.")
    Map<String, String> exporterOptions = new LinkedHashMap<>();

    @Option(
            names = "--generated-at",
            paramLabel = "DATETIME",
            description =
                    "The date the run stands for (yyyy-mm-ddThh:mm:ss+hh:mm or yyyy-mm-dd): the "
                            + "catalogue's issued/modified and the calendar's DTSTAMP (default: "
                            + "$SOURCE_DATE_EPOCH, else none, so that the same input gives the same bytes).")
    String generatedAt;

    /** Last, so that the limits close the option list of the help, as they did. */
    @Mixin LimitOptions limits;

    @Override
    public Integer call() {
        ConvertSettings settings = settings();
        long started = System.nanoTime();
        ConversionRun.Outcome outcome =
                new ConversionRun(
                                settings,
                                spec.commandLine().getErr(),
                                root.environment().interactive(),
                                root.environment().io())
                        .execute();
        PrintWriter err = spec.commandLine().getErr();
        outcome.echoedDiagnostics().forEach(err::println);
        if (outcome.notEchoed() > 0) {
            err.println(
                    "... and "
                            + outcome.notEchoed()
                            + " more (-v lists them all; all are in "
                            + outcome.out().resolve("report.json")
                            + ")");
        }
        err.flush();
        if (!verbosity.quiet()) {
            printSummary(
                    spec.commandLine().getOut(), outcome, settings, System.nanoTime() - started);
        }
        return outcome.thresholdReached() ? ExitStatus.DIAGNOSTICS.code() : ExitStatus.OK.code();
    }

    /**
     * The run's date: {@code --generated-at} as given (checked), else {@code SOURCE_DATE_EPOCH}
     * (seconds since the epoch, the reproducible-builds convention) in UTC, else none.
     */
    String generatedAt(String option, String sourceDateEpoch) {
        if (option != null) {
            try {
                if (option.length() == 10) {
                    return java.time.LocalDate.parse(option).toString();
                }
                return java.time.OffsetDateTime.parse(option)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--generated-at "
                                + option
                                + ": expected 2026-01-31T12:00:00+01:00 or 2026-01-31");
            }
        }
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("[0-9]{1,12}")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()))
                    .atOffset(java.time.ZoneOffset.UTC)
                    .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return null;
    }

    private ConvertSettings settings() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1)
            throw new ParameterException(
                    spec.commandLine(), "--threads must be at least 1, not " + n);
        if (since != null && until != null && until.isBefore(since)) {
            throw new ParameterException(
                    spec.commandLine(), "--until " + until + " is before --since " + since);
        }
        LimitOptions.Limits checkedLimits = limits.checked(spec.commandLine());
        if (baseUri != null && !baseUri.endsWith("/") && !baseUri.endsWith("#")) {
            throw new ParameterException(
                    spec.commandLine(), "--base-uri must end with / or #: " + baseUri);
        }
        for (String key : exporterOptions.keySet()) {
            if (!key.contains(".")) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--option "
                                + key
                                + ": keys start with a format id, as in csv.spreadsheet-safe");
            }
        }
        String stamp = generatedAt(generatedAt, System.getenv("SOURCE_DATE_EPOCH"));
        return new ConvertSettings(
                inputs,
                out,
                chosenExporters(),
                baseUri,
                timezone,
                new CandidateFilter(includes, excludes, drafts),
                since,
                until,
                n,
                failOn,
                verbosity.level(),
                new ConvertSettings.DatasetOverrides(
                        title, description, publisher, licence, keywords),
                exporterOptions,
                stamp,
                Inputs.DEFAULT_TAR_CHUNK_BYTES,
                checkedLimits);
    }

    private List<Exporter> chosenExporters() {
        ExporterRegistry registry = root.environment().exporters().get();
        if (formats.isEmpty()) {
            if (registry.all().isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println(
                                "eventail: warning: no exporter installed (is eventail-exporters on"
                                        + " the class path?); only report.json will be written");
            }
            return registry.all();
        }
        List<Exporter> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(formats)) {
            try {
                chosen.add(registry.require(id.strip().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--to: " + e.getMessage());
            }
        }
        return chosen;
    }

    private static void printSummary(
            PrintWriter out, ConversionRun.Outcome o, ConvertSettings settings, long nanos) {
        out.printf(
                Locale.ROOT,
                "Read %d file%s from %s: %d post%s%s%n",
                o.filesRead(),
                o.filesRead() == 1 ? "" : "s",
                String.join(", ", settings.inputs()),
                o.posts(),
                o.posts() == 1 ? "" : "s",
                o.draftsSkipped() == 0
                        ? ""
                        : ", "
                                + o.draftsSkipped()
                                + " draft"
                                + (o.draftsSkipped() == 1 ? "" : "s")
                                + " skipped (--drafts to include)");
        long total = o.eventsByKind().values().stream().mapToLong(Long::longValue).sum();
        out.printf(
                Locale.ROOT,
                "Events:      %d (%d posts, %d sessions, %d slots)%s%n",
                total,
                o.eventsByKind().get(EventKind.POST),
                o.eventsByKind().get(EventKind.SESSION),
                o.eventsByKind().get(EventKind.SLOT),
                o.eventsOutOfRange() == 0
                        ? ""
                        : "; " + o.eventsOutOfRange() + " outside --since/--until left out");
        out.printf(
                Locale.ROOT,
                "Diagnostics: %s, %s, %s (all in %s)%n",
                count(o.diagnosticsBySeverity().get(Severity.ERROR), "error"),
                count(o.diagnosticsBySeverity().get(Severity.WARNING), "warning"),
                count(o.diagnosticsBySeverity().get(Severity.INFO), "info"),
                o.out().resolve("report.json"));
        out.printf(Locale.ROOT, "Wrote to %s:%n", o.out());
        int width =
                Math.max(
                        RunReport.FILE_NAME.length(),
                        o.files().stream().mapToInt(f -> f.fileName().length()).max().orElse(0));
        for (var f : o.files()) {
            out.printf(
                    Locale.ROOT,
                    "  %-" + width + "s %10s  %s%n",
                    f.fileName(),
                    humanSize(f.size()),
                    f.mediaType());
        }
        out.printf(
                Locale.ROOT,
                "  %-" + width + "s %10s  %s%n",
                RunReport.FILE_NAME,
                humanSize(o.reportSize()),
                "application/json (diagnostics and counts)");
        out.printf(Locale.ROOT, "Done in %.2f s%n", nanos / 1e9);
        out.flush();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String humanSize(long bytes) {
        if (bytes < 1000) return bytes + " B";
        if (bytes < 1_000_000) return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
