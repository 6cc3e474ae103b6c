package dev.eventail.cli.internal;

import dev.eventail.export.ExporterRegistry;
import java.util.function.Supplier;

/**
 * What the commands take from the world rather than from the command line: whether stderr is a
 * terminal (progress bar or progress lines), where exporters come from and how files are opened
 * (tests pass their own).
 */
public record Environment(boolean interactive, Supplier<ExporterRegistry> exporters, FileIo io) {

    /** The real world: exporters found by {@code ServiceLoader}, loaded on first use. */
    public static Environment of(boolean interactive) {
        return new Environment(interactive, ExporterRegistry::load);
    }

    /** These exporters, with the real file system. */
    public Environment(boolean interactive, Supplier<ExporterRegistry> exporters) {
        this(interactive, exporters, FileIo.REAL);
    }

    /** This environment, opening files through {@code io}. */
    public Environment withIo(FileIo io) {
        return new Environment(interactive, exporters, io);
    }
}
