package dev.eventail.model;

/** What a {@link Link} is for. */
public enum LinkRole {
    /** Where to register ({@code S'inscrire}, {@code Inscriptions}, an eventbrite page). */
    REGISTRATION,
    /** The programme or agenda of the event. */
    PROGRAMME,
    /** Where to watch or join online (a livestream, a webinar room). */
    ONLINE,
    /** A contact address ({@code mailto:}). */
    CONTACT,
    /** Any other link worth keeping (more information, a replay). */
    INFORMATION
}
