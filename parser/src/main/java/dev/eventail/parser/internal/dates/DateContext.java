package dev.eventail.parser.internal.dates;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What the French date grammar needs beyond the text.
 *
 * @param reference the date that gives a missing year (dates are placed in the year that puts them
 *     nearest after it, rolling December over to January), or null when unknown
 * @param zone the zone whose rules give offsets
 */
public record DateContext(@Nullable LocalDate reference, ZoneId zone) {}
