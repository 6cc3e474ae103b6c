/**
 * The commands behind {@code eventail}: picocli wiring, exit statuses, shared options. Not an API.
 */
@NullMarked
package dev.eventail.cli.internal;

import org.jspecify.annotations.NullMarked;
