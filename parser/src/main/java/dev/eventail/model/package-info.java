/**
 * The canonical event model: immutable records that every reader produces and every exporter
 * consumes.
 *
 * <p>A {@link dev.eventail.model.Post} is one file of an archive; it holds zero or more {@link
 * dev.eventail.model.Event}s, each of which may hold sub-events (sessions and programme slots).
 * Absent values are {@code null} where a field is marked {@code @Nullable}; lists are never null
 * and always unmodifiable.
 */
@NullMarked
package dev.eventail.model;

import org.jspecify.annotations.NullMarked;
