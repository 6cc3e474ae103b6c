/** Progress on stderr: a bar on a terminal, periodic lines elsewhere. */
@NullMarked
package dev.eventail.cli.internal.progress;

import org.jspecify.annotations.NullMarked;
