package dev.eventail.model;

/** How people attend an event, as schema.org's {@code EventAttendanceModeEnumeration} does. */
public enum AttendanceMode {
    /** In person only. */
    OFFLINE,
    /** Online only (webinaire, visio, YouTube, livestorm...). */
    ONLINE,
    /** Both ({@code En ligne et en présentiel}). */
    MIXED,
    /** The post does not say. */
    UNKNOWN
}
