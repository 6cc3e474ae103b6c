package dev.eventail.parser.internal.text;

import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.EventStatus;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The French-text heuristics shared by the front-matter mapping and the body walk: places and
 * addresses, attendance mode, admission, accessibility, status, link roles and URL clean-up. Pure
 * functions, thread-safe.
 *
 * <p>STUB: trivial answers; the parser-foundation work replaces these bodies, keeping these
 * signatures.
 */
public final class TextHeuristics {

    private TextHeuristics() {}

    /**
     * A place from a venue name and/or an address as people write them ("77, avenue de Ségur, Paris
     * 15e"), or empty when the text holds no place (an online-only wording, "Adresse communiquée
     * prochainement").
     */
    public static Optional<Place> place(@Nullable String venue, @Nullable String address) {
        return Optional.empty();
    }

    /**
     * Finds an address or a known venue inside free text ("au Lieu de la transformation publique").
     */
    public static Optional<Place> placeInText(String text) {
        return Optional.empty();
    }

    /**
     * The attendance mode a text states (En ligne, Webinaire, visio, En ligne et en présentiel).
     */
    public static AttendanceMode attendanceMode(String text) {
        return AttendanceMode.UNKNOWN;
    }

    /** FREE or PAID only when the text states it. */
    public static Admission admission(String text) {
        return Admission.UNKNOWN;
    }

    /** Accessibility notes stated in the text, as written. */
    public static List<String> accessibility(String text) {
        return List.of();
    }

    /** CANCELLED / POSTPONED / MOVED_ONLINE when the text says so, else SCHEDULED. */
    public static EventStatus status(String text) {
        return EventStatus.SCHEDULED;
    }

    /** The role a link's label gives it ("S'inscrire", "Programme et inscriptions"), or empty. */
    public static Optional<LinkRole> linkRole(String label, String url) {
        return Optional.empty();
    }

    /**
     * An absolute http(s) or mailto URL from what was written ("edite-piaf-sip.eventbrite.com",
     * "contact@x.fr", "http://mailto:x@y.fr", " https://a.fr/ "), or the reason it is not one.
     */
    public static UrlResult url(String written) {
        return new UrlResult(null, "not implemented", false);
    }

    /**
     * A cleaned-up URL.
     *
     * @param url the absolute URL, or null when none could be made
     * @param problem why it needed fixing or was refused, or null when it was fine as written
     * @param email true when it is a mailto: contact
     */
    public record UrlResult(@Nullable String url, @Nullable String problem, boolean email) {}
}
