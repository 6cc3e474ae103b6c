package dev.eventail.parser.internal.body;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The wall-clock budget of one file, checked by the body walk between blocks: reading stops at a
 * block boundary, so no thread is interrupted and nothing is left half-built. Once expired it stays
 * expired, so every later check agrees. Not thread-safe: one per parse.
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(Duration.ZERO, () -> 0L, Long.MAX_VALUE);

    private final Duration budget;
    private final LongSupplier nanoClock;
    private final long expiresAt;
    private boolean expired;

    private Deadline(Duration budget, LongSupplier nanoClock, long expiresAt) {
        this.budget = budget;
        this.nanoClock = nanoClock;
        this.expiresAt = expiresAt;
    }

    /** A deadline that never expires (the body walk's tests, the benchmarks). */
    public static Deadline none() {
        return NONE;
    }

    /**
     * A deadline {@code budget} after now, as {@code nanoClock} tells time ({@code
     * System::nanoTime} in production; tests pass a clock they move).
     */
    public static Deadline after(Duration budget, LongSupplier nanoClock) {
        Objects.requireNonNull(nanoClock, "nanoClock");
        long nanos;
        try {
            nanos = budget.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        long at;
        try {
            at = Math.addExact(nanoClock.getAsLong(), nanos);
        } catch (ArithmeticException e) {
            at = Long.MAX_VALUE; // a budget of centuries: never
        }
        return new Deadline(budget, nanoClock, at);
    }

    /** Whether the budget is spent; true from the first time it is seen spent. */
    public boolean expired() {
        if (!expired && expiresAt != Long.MAX_VALUE) {
            expired = nanoClock.getAsLong() >= expiresAt;
        }
        return expired;
    }

    /**
     * Whether twice the budget is spent: the building of the events found before the walk stopped
     * may take until then, so that what was read is kept unless that too is pathological.
     */
    public boolean overrun() {
        if (expiresAt == Long.MAX_VALUE) return false;
        long nanos;
        try {
            nanos = budget.toNanos();
        } catch (ArithmeticException e) {
            return false;
        }
        long now = nanoClock.getAsLong();
        return now - expiresAt >= nanos;
    }

    /** The budget as people write it: {@code 10 s}, {@code 250 ms}, {@code 1 ns}. */
    public String budgetText() {
        if (budget.getNano() == 0) return budget.getSeconds() + " s";
        if (budget.getNano() % 1_000_000 == 0 && budget.getSeconds() < 1_000_000) {
            return budget.toMillis() + " ms";
        }
        if (budget.getSeconds() == 0) return budget.getNano() + " ns";
        return budget.toString();
    }

    /** The budget this deadline was given. */
    public Duration budget() {
        return budget;
    }
}
