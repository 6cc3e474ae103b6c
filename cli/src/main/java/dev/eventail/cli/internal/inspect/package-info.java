/** {@code eventail inspect}: one post drawn as a tree. */
@NullMarked
package dev.eventail.cli.internal.inspect;

import org.jspecify.annotations.NullMarked;
