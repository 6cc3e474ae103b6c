/** What a run writes: the all-or-nothing output folder and {@code report.json}. */
@NullMarked
package dev.eventail.cli.internal.output;

import org.jspecify.annotations.NullMarked;
