/**
 * The {@code eventail} command line: {@link dev.eventail.cli.Eventail#main(String[])} and the exit
 * statuses it documents in {@link dev.eventail.cli.ExitStatus}.
 *
 * <p>The commands themselves ({@code convert}, {@code inspect}, {@code validate}, {@code formats})
 * live in {@code dev.eventail.cli.internal}; they are reached through the command line, not called
 * as a library.
 */
@NullMarked
package dev.eventail.cli;

import org.jspecify.annotations.NullMarked;
