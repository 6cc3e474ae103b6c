package dev.eventail.model;

/** Whether an event takes place as announced, as schema.org's {@code EventStatusType} does. */
public enum EventStatus {
    SCHEDULED,
    CANCELLED,
    POSTPONED,
    RESCHEDULED,
    MOVED_ONLINE
}
