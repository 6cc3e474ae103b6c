package dev.eventail.model;

/** Whether attending costs something, only as the post states it: never guessed. */
public enum Admission {
    /** The post says so ({@code gratuit}, {@code Entrée libre}). */
    FREE,
    /** The post states a price or a discount. */
    PAID,
    /** The post says nothing. */
    UNKNOWN
}
