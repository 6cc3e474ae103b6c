package dev.eventail.cli.internal;

import dev.eventail.cli.internal.input.Inputs;
import dev.eventail.parser.PostParser;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The limits per file, shared by {@code convert} and {@code inspect} as a mixin so that both take
 * the same options with the same defaults (those of {@link PostParser} and {@link Inputs}).
 */
public final class LimitOptions {

    @Option(
            names = "--max-file-size",
            paramLabel = "BYTES",
            description =
                    "Files larger than this are reported, not read (input.too-large) (default:"
                            + " ${DEFAULT-VALUE}).",
            defaultValue = "" + Inputs.DEFAULT_MAX_FILE_BYTES)
    long maxFileBytes;

    @Option(
            names = "--max-chars",
            paramLabel = "N",
            description =
                    "Characters read from one file; beyond, it is read up to the last whole line"
                            + " before the limit (limit.size) (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + PostParser.DEFAULT_MAX_CHARS)
    int maxChars;

    @Option(
            names = "--max-lines",
            paramLabel = "N",
            description =
                    "Lines read from one file; the rest is ignored (limit.lines) (default:"
                            + " ${DEFAULT-VALUE}).",
            defaultValue = "" + PostParser.DEFAULT_MAX_LINES)
    int maxLines;

    @Option(
            names = "--max-line-length",
            paramLabel = "N",
            description =
                    "Characters of one line; longer lines are cut (limit.line-length) (default:"
                            + " ${DEFAULT-VALUE}).",
            defaultValue = "" + PostParser.DEFAULT_MAX_LINE_LENGTH)
    int maxLineLength;

    @Option(
            names = "--max-sub-events",
            paramLabel = "N",
            description =
                    "Sessions or slots kept under one event; the first are kept"
                            + " (limit.sub-events) (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + PostParser.DEFAULT_MAX_SUB_EVENTS)
    int maxSubEvents;

    @Option(
            names = "--max-time-per-file",
            paramLabel = "TIME",
            description =
                    "Time spent reading one file (500ms, 10s, 2m); once spent, the rest of its"
                            + " body is ignored (limit.time) (default: ${DEFAULT-VALUE}).",
            defaultValue = "10s")
    String maxTimePerFile;

    /** The largest file read, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * The checked limits, or a {@link ParameterException} naming the bad option.
     *
     * @param commandLine the command the options were given to, for the error message
     */
    public Limits checked(CommandLine commandLine) {
        if (maxChars < 1 || maxLines < 1 || maxLineLength < 1 || maxSubEvents < 1) {
            throw new ParameterException(
                    commandLine,
                    "--max-chars, --max-lines, --max-line-length and --max-sub-events must be positive");
        }
        if (maxFileBytes < 1) {
            throw new ParameterException(commandLine, "--max-file-size must be positive");
        }
        Duration time = duration(maxTimePerFile);
        if (time == null || time.isZero() || time.isNegative()) {
            throw new ParameterException(
                    commandLine,
                    "--max-time-per-file "
                            + maxTimePerFile
                            + ": expected a positive time such as 500ms, 10s, 2m or PT10S");
        }
        return new Limits(maxFileBytes, maxChars, maxLines, maxLineLength, maxSubEvents, time);
    }

    private static final Pattern TIME =
            Pattern.compile("([0-9]{1,12})\\s*(ns|us|µs|ms|s|m|min|h)?", Pattern.CASE_INSENSITIVE);

    /**
     * {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, a bare number of seconds, or ISO-8601.
     */
    static Duration duration(String text) {
        String t = text.strip();
        Matcher m = TIME.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            return switch (unit) {
                case "ns" -> Duration.ofNanos(n);
                case "us", "µs" -> Duration.ofNanos(n * 1000);
                case "ms" -> Duration.ofMillis(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The limits per file, checked. */
    public record Limits(
            long maxFileBytes,
            int maxChars,
            int maxLines,
            int maxLineLength,
            int maxSubEvents,
            Duration maxTimePerFile) {

        /** {@code builder} with these limits. */
        public PostParser.Builder applyTo(PostParser.Builder builder) {
            return builder.maxChars(maxChars)
                    .maxLines(maxLines)
                    .maxLineLength(maxLineLength)
                    .maxSubEvents(maxSubEvents)
                    .maxTimePerFile(maxTimePerFile);
        }

        /** The defaults of the library, as the options give them when none is given. */
        public static Limits defaults() {
            return new Limits(
                    Inputs.DEFAULT_MAX_FILE_BYTES,
                    PostParser.DEFAULT_MAX_CHARS,
                    PostParser.DEFAULT_MAX_LINES,
                    PostParser.DEFAULT_MAX_LINE_LENGTH,
                    PostParser.DEFAULT_MAX_SUB_EVENTS,
                    PostParser.DEFAULT_MAX_TIME_PER_FILE);
        }
    }
}
