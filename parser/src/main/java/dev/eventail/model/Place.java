package dev.eventail.model;

import org.jspecify.annotations.Nullable;

/**
 * A physical place, with its address split as a postal service would: {@code name} ("Lieu de la
 * transformation publique"), {@code street} ("77 avenue de Ségur"), {@code postalCode} ("75015"),
 * {@code locality} ("Paris"), {@code country} (ISO 3166-1 alpha-2, "FR"). Any part may be absent,
 * but not all of them.
 */
public record Place(
        @Nullable String name,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String locality,
        @Nullable String country) {

    public Place {
        name = blankToNull(name);
        street = blankToNull(street);
        postalCode = blankToNull(postalCode);
        locality = blankToNull(locality);
        country = blankToNull(country);
        if (name == null && street == null && postalCode == null && locality == null) {
            throw new IllegalArgumentException("a place needs a name or an address");
        }
    }

    /** True when a street, postal code or locality is known. */
    public boolean hasAddress() {
        return street != null || postalCode != null || locality != null;
    }

    /** The address on one line, as a calendar's LOCATION shows it. */
    public String oneLine() {
        StringBuilder b = new StringBuilder();
        append(b, name, ", ");
        append(b, street, ", ");
        String city =
                postalCode == null
                        ? locality
                        : locality == null ? postalCode : postalCode + " " + locality;
        append(b, city, ", ");
        return b.toString();
    }

    private static void append(StringBuilder b, @Nullable String part, String sep) {
        if (part == null) return;
        if (b.length() > 0) b.append(sep);
        b.append(part);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
