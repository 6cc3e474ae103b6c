package dev.eventail.parser.internal.dates;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What the French date grammar needs beyond the text.
 *
 * @param reference the date that gives a missing year (its year, rolling December over to January:
 *     see {@link FrenchDates}), or null when unknown
 * @param zone the zone whose rules give offsets
 */
public record DateContext(@Nullable LocalDate reference, ZoneId zone) {}
