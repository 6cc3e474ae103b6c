package dev.eventail.cli.internal.convert;

import dev.eventail.cli.ExitStatus;
import dev.eventail.cli.internal.CliFailure;
import dev.eventail.cli.internal.FileIo;
import dev.eventail.cli.internal.input.Inputs;
import dev.eventail.cli.internal.input.PostInput;
import dev.eventail.cli.internal.input.SourceFile;
import dev.eventail.cli.internal.output.OutputTransaction;
import dev.eventail.cli.internal.output.RunReport;
import dev.eventail.cli.internal.progress.Progress;
import dev.eventail.export.DatasetMetadata;
import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import dev.eventail.export.WrittenFile;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.EventKind;
import dev.eventail.model.EventTime;
import dev.eventail.model.Post;
import dev.eventail.model.Severity;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.PostParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One {@code convert} run: inputs in order, posts parsed on worker threads and handed over in
 * source order, every event streamed to every chosen exporter, all outputs and {@code report.json}
 * committed together at the end, or none.
 */
final class ConversionRun {

    /**
     * How many diagnostics are echoed on stderr before "and N more" (all with -v). They are printed
     * as they come, except under a progress bar (only at default verbosity), where they wait for
     * the bar to end: so at most this many are ever held.
     */
    static final int ECHOED_DIAGNOSTICS = 20;

    private final ConvertSettings settings;
    private final PrintWriter err;
    private final boolean interactive;
    private final FileIo io;

    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<EventKind, Long> byKind = new EnumMap<>(EventKind.class);
    private final List<String> echoed = new ArrayList<>();
    private final IdSet topLevelIds = new IdSet();
    private long notEchoed;
    private long echoedCount;
    private @org.jspecify.annotations.Nullable Set<Diagnostic> exporterBatch;
    private final Set<Diagnostic> saidOutsideEvents = new HashSet<>();
    private long filesRead;
    private long posts;
    private long draftsSkipped;
    private long eventsOutOfRange;
    private boolean thresholdReached;
    private RunReport report;

    ConversionRun(ConvertSettings settings, PrintWriter err, boolean interactive, FileIo io) {
        this.settings = settings;
        this.io = io;
        this.err = err;
        // -v streams every diagnostic, which a redrawn bar would garble: lines instead
        this.interactive = interactive && settings.verbosity() == 0;
        for (Severity s : Severity.values()) bySeverity.put(s, 0L);
        for (EventKind k : EventKind.values()) byKind.put(k, 0L);
    }

    /** What a finished run tells the summary. */
    record Outcome(
            long filesRead,
            long posts,
            long draftsSkipped,
            long eventsOutOfRange,
            Map<EventKind, Long> eventsByKind,
            Map<Severity, Long> diagnosticsBySeverity,
            List<WrittenFile> files,
            long reportSize,
            Path out,
            boolean thresholdReached,
            List<String> echoedDiagnostics,
            long notEchoed) {}

    Outcome execute() {
        Path outDir = absolute(settings.out().toString());
        List<PostInput> inputs = new ArrayList<>();
        try {
            for (String label : settings.inputs()) {
                inputs.add(
                        Inputs.open(
                                label,
                                absolute(label),
                                settings.filter(),
                                Set.of(outDir),
                                settings.maxFileBytes(),
                                settings.tarChunkBytes(),
                                io));
            }
            return convert(inputs, outDir);
        } finally {
            for (PostInput i : inputs) {
                try {
                    i.close();
                } catch (IOException e) {
                    // reading is over; a failed close loses nothing
                }
            }
        }
    }

    private static Path absolute(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new CliFailure(ExitStatus.INPUT, "not a valid path: " + path);
        }
    }

    private Outcome convert(List<PostInput> inputs, Path outDir) {
        DatasetMetadata dataset = DatasetMetadata.defaults();
        String baseUri = null;
        List<Map.Entry<String, Diagnostic>> early = new ArrayList<>();
        for (PostInput input : inputs) {
            input.site().diagnostics().forEach(d -> early.add(Map.entry(input.label(), d)));
            input.diagnostics().forEach(d -> early.add(Map.entry(input.label(), d)));
            String yml = input.datasetFile();
            if (yml != null && baseUri == null && dataset.equals(DatasetMetadata.defaults())) {
                DatasetFile.Result r = DatasetFile.read(yml, dataset);
                dataset = r.dataset();
                baseUri = r.baseUri();
                r.diagnostics().forEach(d -> early.add(Map.entry(input.label(), d)));
            }
        }
        dataset = settings.datasetOverrides().applyTo(dataset);
        if (settings.baseUri() != null) baseUri = settings.baseUri();
        ZoneId zone =
                settings.zone() != null
                        ? settings.zone()
                        : inputs.isEmpty()
                                ? EventTime.PARIS
                                : inputs.get(0).site().timezone().orElse(EventTime.PARIS);
        ExportContext context =
                ExportContext.defaults()
                        .withZone(zone)
                        .withDataset(dataset)
                        .withGeneratedAt(settings.generatedAt());
        if (baseUri != null) {
            try {
                context = context.withBaseUri(baseUri);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
        }
        context =
                context.withOptions(settings.exporterOptions()).withDiagnostics(this::exporterSaid);

        OutputTransaction tx;
        try {
            tx = OutputTransaction.begin(outDir, io);
        } catch (IOException e) {
            throw new CliFailure(
                    ExitStatus.OUTPUT, "cannot write to " + settings.out() + ": " + describe(e), e);
        }
        try (tx) {
            List<String> labels = inputs.stream().map(PostInput::label).toList();
            report =
                    new RunReport(
                            tx.open(RunReport.FILE_NAME, "report", "application/json"), labels);
            for (Map.Entry<String, Diagnostic> e : early) record(e.getKey(), e.getValue());

            List<Exporter> data =
                    settings.exporters().stream().filter(e -> !e.describesOtherFiles()).toList();
            List<Exporter> describing =
                    settings.exporters().stream().filter(Exporter::describesOtherFiles).toList();
            // opening a sink can cost a third of a one-post run the first time (ical4j reads and
            // expands its VTIMEZONE): it runs beside the parsing of the first files, in the same
            // order as before, and the first post waits for it
            ExportContext openContext = context;
            SinksOpening opening =
                    new SinksOpening(
                            () -> {
                                List<OpenSink> opened = new ArrayList<>();
                                for (Exporter e : data)
                                    opened.add(OpenSink.open(e, tx, openContext));
                                return opened;
                            });
            List<OpenSink> sinks;
            try {
                long total = inputs.stream().mapToLong(PostInput::count).sum();
                try (Progress progress =
                        Progress.choose(settings.verbosity() < 0, interactive, err, total)) {
                    for (PostInput input : inputs) {
                        convertInput(input, opening, progress);
                    }
                }
                sinks = opening.sinks();
            } finally {
                // never leave the transaction while a sink may still be opening in it
                opening.await();
            }
            for (OpenSink s : sinks) s.finish();
            for (Exporter e : data) writeCompanions(e, tx, context);
            ExportContext described = context.withWrittenFiles(dataFiles(tx));
            for (Exporter e : describing) {
                OpenSink s = OpenSink.open(e, tx, described);
                s.finish();
                writeCompanions(e, tx, described);
            }
            List<WrittenFile> files = dataFiles(tx);
            report.finish(counts(), files);
            report.close();
            long reportSize =
                    tx.written().stream()
                            .filter(f -> f.formatId().equals("report"))
                            .mapToLong(WrittenFile::size)
                            .sum();
            tx.commit();
            return new Outcome(
                    filesRead,
                    posts,
                    draftsSkipped,
                    eventsOutOfRange,
                    Map.copyOf(byKind),
                    Map.copyOf(bySeverity),
                    files,
                    reportSize,
                    settings.out(),
                    thresholdReached,
                    List.copyOf(echoed),
                    notEchoed);
        } catch (IOException e) {
            throw new CliFailure(
                    ExitStatus.OUTPUT,
                    "cannot write to "
                            + settings.out()
                            + ": "
                            + describe(e)
                            + "; previous outputs left as they were",
                    e);
        } catch (UncheckedIOException e) {
            throw new CliFailure(
                    ExitStatus.OUTPUT,
                    "cannot write to "
                            + settings.out()
                            + ": "
                            + describe(e.getCause())
                            + "; previous outputs left as they were",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(
                    ExitStatus.INTERNAL, "interrupted; previous outputs left as they were");
        } catch (CliFailure | Error e) {
            throw e;
        } catch (Exception e) {
            throw new CliFailure(ExitStatus.INTERNAL, String.valueOf(e), e);
        }
    }

    private static List<WrittenFile> dataFiles(OutputTransaction tx) {
        return tx.written().stream().filter(f -> !f.formatId().equals("report")).toList();
    }

    private void writeCompanions(Exporter e, OutputTransaction tx, ExportContext context)
            throws IOException {
        try {
            e.writeCompanions(name -> tx.open(name, e.formatId(), MediaTypes.of(name)), context);
        } catch (RuntimeException ex) {
            OpenSink.rethrowWriteFailure(ex);
            throw new CliFailure(
                    ExitStatus.INTERNAL,
                    "the " + e.formatId() + " exporter failed writing its companion files: " + ex,
                    ex);
        }
    }

    private void convertInput(PostInput input, SinksOpening sinks, Progress progress)
            throws Exception {
        PostParser.Builder builder =
                settings.limits().applyTo(PostParser.builder().site(input.site()));
        if (settings.zone() != null) builder.zone(settings.zone());
        PostParser parser = builder.build();
        long limit = settings.maxFileBytes();
        OrderedParallelMap.run(
                input.files(),
                file -> parseSafely(parser, file, limit),
                settings.threads(),
                settings.threads() * 4,
                post -> accept(input.label(), post, sinks, progress));
    }

    /** Never throws: whatever goes wrong with one file becomes a diagnostic of that file. */
    static Post parseSafely(PostParser parser, SourceFile file, long limit) {
        byte[] bytes;
        try {
            bytes = file.read(limit);
        } catch (SourceFile.TooLargeException e) {
            return failed(
                    file.name(),
                    Diagnostic.error(
                            "input.too-large",
                            "file larger than the limit of "
                                    + limit
                                    + " bytes (--max-file-size); not read",
                            SourceRef.file(file.name())));
        } catch (IOException e) {
            return failed(
                    file.name(),
                    Diagnostic.error(
                            "input.unreadable",
                            "cannot read the file: " + describe(e),
                            SourceRef.file(file.name())));
        }
        try {
            return parser.parse(bytes, file.name());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(
                    file.name(),
                    Diagnostic.error(
                            "parser.failure",
                            "the parser failed on this file (" + e + "); please report it",
                            SourceRef.file(file.name())));
        }
    }

    private static Post failed(String name, Diagnostic d) {
        String stem = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        int slash = name.lastIndexOf('/');
        return new Post(
                SourceRef.file(name),
                slash < 0 ? "" : name.substring(0, slash),
                stem,
                null,
                true,
                "",
                null,
                null,
                Map.of(),
                "",
                1,
                List.of(),
                List.of(d));
    }

    private void accept(String input, Post post, SinksOpening opening, Progress progress)
            throws IOException, InterruptedException {
        // nothing is recorded before the sinks are open: their diagnostics come first, as when
        // they were opened before parsing
        List<OpenSink> sinks = opening.sinks();
        filesRead++;
        if (!post.published() && !settings.filter().drafts()) {
            draftsSkipped++;
            progress.fileDone(0);
            if (settings.verbosity() >= 2) echo("skipped draft " + post.source().file());
            return;
        }
        posts++;
        for (Diagnostic d : post.diagnostics()) record(input, d);
        int events = 0;
        for (Event event : post.events()) {
            if (!inRange(event)) {
                eventsOutOfRange++;
                continue;
            }
            if (!topLevelIds.add(event.id())) {
                record(
                        input,
                        Diagnostic.warning(
                                "event.duplicate-id",
                                "another file already gave an event the id "
                                        + event.id()
                                        + "; this one is left out",
                                event.source()));
                continue;
            }
            for (Event e : event.flatten()) {
                byKind.merge(e.kind(), 1L, Long::sum);
                events++;
            }
            // several formats often say the same thing about one event (four RDF serialisations
            // missing one location): say it once, under the post's input
            exporterBatch = new java.util.LinkedHashSet<>();
            try {
                for (OpenSink s : sinks) s.accept(event);
            } finally {
                Set<Diagnostic> said = exporterBatch;
                exporterBatch = null;
                for (Diagnostic d : said) record(input, d);
            }
        }
        if (settings.verbosity() >= 2) {
            echo(post.source().file() + ": " + events + " events");
        }
        progress.fileDone(events);
    }

    private boolean inRange(Event e) {
        LocalDate since = settings.since();
        LocalDate until = settings.until();
        if (since == null && until == null) return true;
        if (e.start() == null) return false;
        LocalDate start = e.start().date();
        LocalDate end = e.end() != null ? e.end().date() : start;
        return (since == null || !end.isBefore(since)) && (until == null || !start.isAfter(until));
    }

    private void exporterSaid(Diagnostic d) {
        if (exporterBatch != null) {
            exporterBatch.add(d);
            return;
        }
        if (!saidOutsideEvents.add(d)) return;
        try {
            record("", d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void record(String input, Diagnostic d) throws IOException {
        bySeverity.merge(d.severity(), 1L, Long::sum);
        if (settings.failOn().failsOn(d.severity())) thresholdReached = true;
        report.add(input, d);
        boolean shown =
                settings.verbosity() >= 1
                        || (settings.verbosity() == 0 && d.severity().atLeast(Severity.WARNING));
        if (!shown) return;
        if (settings.verbosity() >= 1 || echoedCount < ECHOED_DIAGNOSTICS) {
            echo(d.toString());
        } else {
            notEchoed++;
        }
    }

    private void echo(String line) {
        echoedCount++;
        if (interactive) {
            echoed.add(line);
        } else {
            err.println(line);
            err.flush();
        }
    }

    private Map<String, Object> counts() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("files", filesRead);
        c.put("posts", posts);
        c.put("draftsSkipped", draftsSkipped);
        c.put("eventsOutOfRange", eventsOutOfRange);
        Map<String, Object> events = new LinkedHashMap<>();
        long all = 0;
        for (EventKind k : EventKind.values()) {
            events.put(k.name().toLowerCase(Locale.ROOT), byKind.get(k));
            all += byKind.get(k);
        }
        events.put("total", all);
        c.put("events", events);
        Map<String, Object> diags = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            diags.put(s.name().toLowerCase(Locale.ROOT), bySeverity.get(s));
        }
        c.put("diagnostics", diags);
        return c;
    }

    static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException n) return "no such file " + n.getFile();
        if (e instanceof java.nio.file.AccessDeniedException a)
            return "permission denied on " + a.getFile();
        if (e instanceof java.nio.file.FileAlreadyExistsException f)
            return "a file is in the way: " + f.getFile();
        if (e instanceof java.nio.file.NotDirectoryException n)
            return "not a folder: " + n.getFile();
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /**
     * The sinks, opened in order on a thread of their own; {@link #sinks()} waits for them and
     * rethrows what opening threw.
     */
    private static final class SinksOpening {
        private final FutureTask<List<OpenSink>> task;

        SinksOpening(Callable<List<OpenSink>> open) {
            this.task = new FutureTask<>(open);
            Thread t = new Thread(task, "eventail-open-sinks");
            t.setDaemon(true);
            t.start();
        }

        List<OpenSink> sinks() throws IOException, InterruptedException {
            try {
                return task.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) throw io;
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error error) throw error;
                throw new IllegalStateException(cause);
            }
        }

        /** Waits for the opening to end, however it ends. */
        void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    task.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    break;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** One exporter's main file being written. */
    private record OpenSink(Exporter exporter, OutputStream out, EventSink sink) {

        static OpenSink open(Exporter e, OutputTransaction tx, ExportContext context)
                throws IOException {
            OutputStream out = tx.open(e.defaultFileName(), e.formatId(), e.mediaType());
            try {
                return new OpenSink(e, out, e.open(out, context));
            } catch (RuntimeException ex) {
                rethrowWriteFailure(ex);
                throw failure(e, "opening " + e.defaultFileName(), ex);
            }
        }

        void accept(Event event) throws IOException {
            try {
                sink.accept(event);
            } catch (RuntimeException ex) {
                rethrowWriteFailure(ex);
                throw failure(exporter, "on event " + event.id(), ex);
            }
        }

        void finish() throws IOException {
            try {
                sink.close();
            } catch (RuntimeException ex) {
                rethrowWriteFailure(ex);
                throw failure(exporter, "finishing " + exporter.defaultFileName(), ex);
            }
            out.close();
        }

        /**
         * A library that wraps the output's {@link IOException} (Jena's {@code RuntimeIOException})
         * has not failed: the disk has. Said as such (exit 4), not as a bug to report.
         */
        private static void rethrowWriteFailure(RuntimeException ex) throws IOException {
            for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
                if (t instanceof IOException io) throw io;
            }
        }

        private static CliFailure failure(Exporter e, String when, RuntimeException ex) {
            return new CliFailure(
                    ExitStatus.INTERNAL,
                    "the "
                            + e.formatId()
                            + " exporter failed "
                            + when
                            + ": "
                            + ex
                            + "; previous outputs left as they were",
                    ex);
        }
    }
}
