package dev.eventail.cli.internal;

import dev.eventail.cli.internal.convert.ConvertCommand;
import dev.eventail.cli.internal.inspect.InspectCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: only dispatches to its subcommands. */
@Command(
        name = "eventail",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Converts archives of static-site event posts (Jekyll, Siteleaf, Hugo) into open data:"
                    + " CSV with its Table Schema, schema.org JSON-LD, RDF, iCalendar, DCAT.",
            ""
        },
        subcommands = {
            ConvertCommand.class,
            InspectCommand.class,
            ValidateCommand.class,
            FormatsCommand.class,
            AutoComplete.GenerateCompletion.class,
            HelpCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  eventail convert site/ --out out",
            "  eventail convert archive.tar.gz --to csv,jsonld --since 2021-01-01 --out out",
            "  eventail inspect site/_evenements/mois-innovation.markdown",
            "  source <(eventail generate-completion)"
        })
public final class EventailCommand implements Runnable {

    private final Environment environment;

    @Spec CommandSpec spec;

    public EventailCommand(Environment environment) {
        this.environment = environment;
    }

    public Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        // "eventail" alone: show what there is to do, as git does
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a command is needed: convert, inspect, validate or formats");
    }
}
