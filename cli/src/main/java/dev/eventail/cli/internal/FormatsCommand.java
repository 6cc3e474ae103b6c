package dev.eventail.cli.internal;

import dev.eventail.export.Exporter;
import dev.eventail.export.ExporterRegistry;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eventail formats}: the exporters found on the class path. */
@Command(
        name = "formats",
        mixinStandardHelpOptions = true,
        header = "List the installed formats: ids, files, media types.",
        versionProvider = ManifestVersion.class,
        description = {
            "Lists the formats installed (exporters found with ServiceLoader, including your own):"
                    + " the id --to takes, the file written, its media type, and the files"
                    + " written beside it.",
            ""
        })
public final class FormatsCommand implements Callable<Integer> {

    @ParentCommand EventailCommand root;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExporterRegistry registry = root.environment().exporters().get();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "FILE", "MEDIA TYPE", "DESCRIPTION"});
        for (Exporter e : registry.all()) {
            String file = e.defaultFileName();
            List<String> companions = companions(e);
            if (!companions.isEmpty()) file += " (+ " + String.join(", ", companions) + ")";
            String description = e.description();
            if (e.describesOtherFiles()) description += " [written last, describes the others]";
            rows.add(new String[] {e.formatId(), file, e.mediaType(), description});
        }
        int[] width = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < 3; i++) width[i] = Math.max(width[i], r[i].length());
        }
        for (String[] r : rows) {
            out.printf(
                    Locale.ROOT,
                    "%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s%n",
                    r[0],
                    r[1],
                    r[2],
                    r[3]);
        }
        if (registry.all().isEmpty()) {
            out.println("(no exporter installed: is eventail-exporters on the class path?)");
        }
        out.flush();
        return 0;
    }

    /** Asks the exporter which companions it writes, writing them nowhere. */
    private static List<String> companions(Exporter e) {
        List<String> names = new ArrayList<>();
        try {
            e.writeCompanions(
                    name -> {
                        names.add(name);
                        return OutputStream.nullOutputStream();
                    },
                    dev.eventail.export.ExportContext.defaults());
        } catch (Exception | LinkageError ex) {
            // a listing must not fail because one exporter cannot dry-run its companions
        }
        return names;
    }
}
