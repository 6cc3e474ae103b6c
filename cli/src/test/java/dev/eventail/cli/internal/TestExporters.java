package dev.eventail.cli.internal;

import dev.eventail.export.EventSink;
import dev.eventail.export.ExportContext;
import dev.eventail.export.Exporter;
import dev.eventail.export.ExporterRegistry;
import dev.eventail.export.WrittenFile;
import dev.eventail.model.Diagnostic;
import dev.eventail.model.Event;
import dev.eventail.model.SourceRef;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small exporters standing in for the real ones, so that the CLI is tested on its own. */
public final class TestExporters {

    private TestExporters() {}

    /** lines + catalog. */
    public static ExporterRegistry standard() {
        return ExporterRegistry.of(List.of(new Lines(), new Catalog()));
    }

    public static Environment environment(Exporter... exporters) {
        return new Environment(false, () -> ExporterRegistry.of(List.of(exporters)));
    }

    public static Environment standardEnvironment() {
        return new Environment(false, TestExporters::standard);
    }

    /** One line per event and sub-event: id, kind, start, title; a companion "lines.schema". */
    public static class Lines implements Exporter {
        @Override
        public String formatId() {
            return "lines";
        }

        @Override
        public String defaultFileName() {
            return "events.txt";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String description() {
            return "One line per event (test)";
        }

        @Override
        public EventSink open(OutputStream out, ExportContext context) {
            return new EventSink() {
                @Override
                public void accept(Event event) throws IOException {
                    for (Event e : event.flatten()) {
                        out.write(
                                (context.iri(e.id())
                                                + "\t"
                                                + e.kind()
                                                + "\t"
                                                + (e.start() == null ? "" : e.start().iso())
                                                + "\t"
                                                + e.title()
                                                + "\n")
                                        .getBytes(StandardCharsets.UTF_8));
                    }
                }

                @Override
                public void close() throws IOException {
                    out.write("# end\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            };
        }

        @Override
        public void writeCompanions(
                dev.eventail.export.CompanionWriter companions, ExportContext context)
                throws IOException {
            try (OutputStream out = companions.open("events.schema.json")) {
                out.write(
                        "{\"fields\":[\"iri\",\"kind\",\"start\",\"title\"]}\n"
                                .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Describes the other files, as DCAT does: names, sizes and digests, dataset title. */
    public static class Catalog implements Exporter {
        @Override
        public String formatId() {
            return "catalog";
        }

        @Override
        public String defaultFileName() {
            return "catalog.txt";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public boolean describesOtherFiles() {
            return true;
        }

        @Override
        public EventSink open(OutputStream out, ExportContext context) {
            return new EventSink() {
                @Override
                public void accept(Event event) {}

                @Override
                public void close() throws IOException {
                    StringWriter s = new StringWriter();
                    PrintWriter w = new PrintWriter(s);
                    w.println("title=" + context.dataset().title());
                    w.println("publisher=" + context.dataset().publisher());
                    w.println("base=" + context.baseUri());
                    for (WrittenFile f : context.writtenFiles()) {
                        w.println(
                                f.fileName()
                                        + " "
                                        + f.formatId()
                                        + " "
                                        + f.mediaType()
                                        + " "
                                        + f.size()
                                        + " "
                                        + f.sha256());
                    }
                    w.flush();
                    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            };
        }
    }

    /** Reports a warning through the context for every post event it sees. */
    public static class Warning extends Lines {
        @Override
        public String formatId() {
            return "warning";
        }

        @Override
        public String defaultFileName() {
            return "warnings.txt";
        }

        @Override
        public void writeCompanions(dev.eventail.export.CompanionWriter c, ExportContext x) {}

        @Override
        public EventSink open(OutputStream out, ExportContext context) {
            return new EventSink() {
                @Override
                public void accept(Event event) {
                    context.diagnostics()
                            .accept(
                                    Diagnostic.warning(
                                            "test.warning",
                                            "the warning exporter always warns",
                                            event.source()));
                }

                @Override
                public void close() {}
            };
        }
    }

    /** Writes some bytes, then fails on the n-th event. */
    public static class Failing extends Lines {
        private final int failAt;

        public Failing(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public String formatId() {
            return "failing";
        }

        @Override
        public String defaultFileName() {
            return "failing.txt";
        }

        @Override
        public EventSink open(OutputStream out, ExportContext context) {
            return new EventSink() {
                int seen;

                @Override
                public void accept(Event event) throws IOException {
                    out.write("partial\n".getBytes(StandardCharsets.UTF_8));
                    if (++seen >= failAt) throw new IOException("disk full (simulated)");
                }

                @Override
                public void close() {}
            };
        }
    }

    /** A source ref used by tests that build events by hand. */
    public static SourceRef ref(String file) {
        return SourceRef.of(file, 1);
    }
}
