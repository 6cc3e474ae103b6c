/**
 * {@code eventail convert}: the run that parses on worker threads, streams events to the exporters
 * in source order and commits every output at once.
 */
@NullMarked
package dev.eventail.cli.internal.convert;

import org.jspecify.annotations.NullMarked;
