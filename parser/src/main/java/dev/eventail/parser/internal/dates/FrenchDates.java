package dev.eventail.parser.internal.dates;

import java.util.List;

/**
 * The French date and time grammar. Thread-safe.
 *
 * <p>STUB: finds nothing yet; the body-walk work replaces this.
 */
public final class FrenchDates {

    private FrenchDates() {}

    /** Every date or time expression in {@code text}, in text order; one per session. */
    public static List<DateMention> find(String text, DateContext context) {
        return List.of();
    }
}
