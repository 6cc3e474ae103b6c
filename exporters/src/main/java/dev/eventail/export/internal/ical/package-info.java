/**
 * The iCalendar exporter: ical4j builds and escapes the properties, {@code FoldedLineWriter} folds
 * the lines at 75 octets.
 */
@NullMarked
package dev.eventail.export.internal.ical;

import org.jspecify.annotations.NullMarked;
