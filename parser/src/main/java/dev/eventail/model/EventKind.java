package dev.eventail.model;

/** What level of a post an event comes from. */
public enum EventKind {
    /** The event a post announces as a whole (from its front matter and title). */
    POST,
    /**
     * A separately attendable part with its own date and title: one workshop of a month-long
     * programme, one date of a webinar series.
     */
    SESSION,
    /** A time range of one event's agenda ({@code [9h30-10h] Introduction}). */
    SLOT
}
