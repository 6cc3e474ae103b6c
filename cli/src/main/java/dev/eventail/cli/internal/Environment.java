package dev.eventail.cli.internal;

import dev.eventail.export.ExporterRegistry;
import java.util.function.Supplier;

/**
 * What the commands take from the world rather than from the command line: whether stderr is a
 * terminal (progress bar or progress lines), and where exporters come from (tests pass their own).
 */
public record Environment(boolean interactive, Supplier<ExporterRegistry> exporters) {

    /** The real world: exporters found by {@code ServiceLoader}, loaded on first use. */
    public static Environment of(boolean interactive) {
        return new Environment(interactive, ExporterRegistry::load);
    }
}
