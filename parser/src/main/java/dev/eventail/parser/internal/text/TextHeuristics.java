package dev.eventail.parser.internal.text;

import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.EventStatus;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The French-text heuristics shared by the front-matter mapping and the body walk: places and
 * addresses, attendance mode, admission, accessibility, status, link roles and URL clean-up. Pure
 * functions, thread-safe.
 */
public final class TextHeuristics {

    private TextHeuristics() {}

    // ------------------------------------------------------------------ places

    /** The venue every numerique.gouv.fr archive names a dozen ways. */
    private static final Place LIEU_TRANSFORMATION_PUBLIQUE =
            new Place(
                    "Lieu de la transformation publique",
                    "77 avenue de Ségur",
                    "75015",
                    "Paris",
                    "FR");

    /**
     * Known venues by a folded spelling (lower case, no accents, no article); each maps to its
     * canonical place. "Le lieu de la DITP" is the same room.
     */
    private static final Map<String, Place> KNOWN_VENUES =
            Map.of(
                    "lieu de la transformation publique", LIEU_TRANSFORMATION_PUBLIQUE,
                    "lieu de la transformation publiques", LIEU_TRANSFORMATION_PUBLIQUE,
                    "lieu de la ditp", LIEU_TRANSFORMATION_PUBLIQUE);

    private static final Pattern KNOWN_VENUE_IN_TEXT =
            Pattern.compile(
                    "\\b(?:le\\s+)?lieu\\s+de\\s+la\\s+(?:transformation\\s+publiques?|ditp)\\b");

    /** Known street addresses whose postal code people get wrong (75007 for 77 avenue de Ségur). */
    private static final Map<String, String> KNOWN_POSTAL_CODES =
            Map.of("77 avenue de segur|paris", "75015");

    private static final String STREET_TYPES =
            "avenue|av\\.?|ave\\.?|rue|boulevard|bd\\.?|bld\\.?|place|pl\\.|quai|allée|allee|impasse"
                    + "|chemin|route|cours|square|esplanade|passage|parvis|cité|cite|villa|sentier"
                    + "|promenade|rond-point|voie";

    /** A number, an optional "bis/ter", a street type and the rest of the street name. */
    private static final Pattern STREET =
            Pattern.compile(
                    "(?iu)(?<![\\p{L}\\d])(\\d{1,4}(?:\\s?(?:bis|ter|b))?)\\s*,?\\s+((?:"
                            + STREET_TYPES
                            + ")(?![\\p{L}])[^,\\n–—]*?)\\s*(?=$|[,\\n–—]|\\s-\\s|\\s\\d{5}\\b"
                            + "|\\s(?:paris|lyon|marseille)\\b)");

    private static final Pattern POSTAL_CODE_THEN_LOCALITY =
            Pattern.compile(
                    "(?u)\\b(\\d{5})\\b[\\s,]*(\\p{L}[\\p{L}' \\-]*\\p{L}(?:\\s\\d{1,2})?)?");

    private static final Pattern LOCALITY_THEN_POSTAL_CODE =
            Pattern.compile("(?u)(\\p{L}[\\p{L}' \\-]*\\p{L})[\\s,]+(\\d{5})\\b");

    /** {@code Paris 15e}, {@code Paris 15ème}, {@code Paris 1er}, {@code Paris 15}. */
    private static final Pattern CITY_DISTRICT =
            Pattern.compile(
                    "(?iu)\\b(paris|lyon|marseille)\\s*(\\d{1,2})\\s*(?:e|è|ème|eme|er|ᵉ|ᵉʳ)?(?![\\p{L}\\d])");

    private static final Set<String> CITIES =
            Set.of(
                    "paris",
                    "lyon",
                    "marseille",
                    "toulouse",
                    "nice",
                    "nantes",
                    "strasbourg",
                    "montpellier",
                    "bordeaux",
                    "lille",
                    "rennes",
                    "reims",
                    "toulon",
                    "grenoble",
                    "dijon",
                    "angers",
                    "nimes",
                    "brest",
                    "tours",
                    "amiens",
                    "limoges",
                    "metz",
                    "besancon",
                    "perpignan",
                    "orleans",
                    "rouen",
                    "caen",
                    "nancy",
                    "poitiers",
                    "clermont-ferrand",
                    "ajaccio",
                    "bastia",
                    "fort-de-france",
                    "pointe-a-pitre",
                    "cayenne",
                    "saint-denis",
                    "mamoudzou");

    private static final Pattern ADDRESS_TO_COME =
            Pattern.compile(
                    "(?:adresse|lieu)s?\\s+(?:communique|precise|donne|indique|envoye|transmis)e?s?"
                            + "\\s+(?:prochainement|ulterieurement|plus tard|aux inscrits|par mail)"
                            + "|\\ba (?:venir|definir|confirmer|preciser)\\b|\\bnon communique|\\btbd\\b");

    /**
     * A place with the problems met while reading it (a postal code corrected for a known street).
     *
     * @param place the place, or null when the text holds none
     * @param problems human-readable notes, empty when the text was read as written
     */
    public record PlaceResult(@Nullable Place place, List<String> problems) {
        public PlaceResult {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A place from a venue name and/or an address as people write them ("77, avenue de Ségur, Paris
     * 15e"), or empty when the text holds no place (an online-only wording, "Adresse communiquée
     * prochainement").
     */
    public static Optional<Place> place(@Nullable String venue, @Nullable String address) {
        return Optional.ofNullable(readPlace(venue, address).place());
    }

    /** As {@link #place}, with the problems met (a wrong postal code for a known street). */
    public static PlaceResult readPlace(@Nullable String venue, @Nullable String address) {
        List<String> problems = new ArrayList<>();
        String venueText = venueName(venue);
        Place fromAddress = null;
        if (address != null && !isAddressToCome(address)) {
            fromAddress = parseAddress(address, problems);
        }
        Place known = venueText == null ? null : knownVenue(venueText);
        if (known != null) {
            if (fromAddress == null
                    || sameStreet(fromAddress.street(), known.street())
                    || fromAddress.street() == null) {
                return new PlaceResult(known, problems);
            }
            // a known venue name with another address: trust the address, keep the name as written
            return new PlaceResult(withName(fromAddress, venueText), problems);
        }
        if (fromAddress != null) {
            String name = fromAddress.name();
            if (venueText != null && !isLocalityOnly(venueText)) name = venueText;
            return new PlaceResult(withName(fromAddress, name), problems);
        }
        if (venueText == null) return new PlaceResult(null, problems);
        if (isLocalityOnly(venueText)) {
            return new PlaceResult(new Place(null, null, null, venueText, "FR"), problems);
        }
        Place parsed = parseAddress(venueText, problems);
        if (parsed != null && parsed.street() != null) return new PlaceResult(parsed, problems);
        Place inVenue = knownVenueInText(venueText);
        if (inVenue != null) return new PlaceResult(inVenue, problems);
        return new PlaceResult(new Place(venueText, null, null, null, null), problems);
    }

    /**
     * Finds an address or a known venue inside free text ("au Lieu de la transformation publique").
     */
    public static Optional<Place> placeInText(String text) {
        String flat = text.replace('\u00a0', ' ');
        for (MatchResult street : STREET_SCAN.matches(flat)) {
            // an address needs a postal code or a city right after the street
            int end = Math.min(flat.length(), street.end() + 60);
            String tail = flat.substring(street.start(), end);
            String[] lines = NEWLINE.split(tail, 3);
            String line = lines[0];
            if (lines.length > 1 && !POSTAL_CODE_THEN_LOCALITY.matcher(line).find()) {
                // "2 Place de la Porte Maillot  \n75017 Paris": the city on the next line
                line = line.strip() + ", " + lines[1].strip();
            }
            if (POSTAL_CODE_THEN_LOCALITY.matcher(line).find()
                    || CITY_DISTRICT.matcher(line).find()) {
                Place p = parseAddress(line, new ArrayList<>());
                if (p != null && p.street() != null) {
                    Place known = knownByStreet(p);
                    return Optional.of(known != null ? known : p);
                }
            }
        }
        Place known = knownVenueInText(flat);
        if (known != null) return Optional.of(known);
        MatchResult district = ARRONDISSEMENT_SCAN.matches(flat).stream().findFirst().orElse(null);
        if (district == null) {
            MatchResult withSuffix =
                    CITY_DISTRICT_SCAN.matches(flat).stream().findFirst().orElse(null);
            if (withSuffix != null) {
                String city = fold(withSuffix.group(1));
                String postalCode = districtPostalCode(city, Integer.parseInt(withSuffix.group(2)));
                if (postalCode != null) {
                    return Optional.of(
                            new Place(null, null, postalCode, capitalizeCity(city), "FR"));
                }
            }
        } else {
            String city = fold(district.group(2));
            String postalCode = districtPostalCode(city, Integer.parseInt(district.group(1)));
            if (postalCode != null) {
                return Optional.of(new Place(null, null, postalCode, capitalizeCity(city), "FR"));
            }
        }
        return Optional.empty();
    }

    /** "à Paris (7e)", "Paris 15ème": the ordinal suffix is required ("Paris 2024" is no place). */
    private static final Pattern CITY_DISTRICT_WITH_SUFFIX =
            Pattern.compile(
                    "(?iu)\\b(paris|lyon|marseille)\\s*\\(?\\s*(\\d{1,2})\\s*(?:e|è|ème|eme|er|ᵉ)\\s*\\)?(?![\\p{L}\\d])");

    /** "dans le 7e arrondissement de Paris". */
    private static final Pattern ARRONDISSEMENT =
            Pattern.compile(
                    "(?iu)\\b(\\d{1,2})\\s*(?:e|è|ème|eme|er|ᵉ)\\s+arrondissement\\s+de\\s+(paris|lyon|marseille)\\b");

    /** A city named in a title after a dash or "à" ("Assises … 2018 - Paris Coconstruire …"). */
    private static final Pattern CITY_IN_TITLE =
            Pattern.compile("(?iu)(?:\\s[-–—]\\s|\\bà\\s|,\\s)([\\p{L}-]+)\\b");

    /** The city a title names after a dash, a comma or "à", or empty. */
    public static Optional<Place> cityInTitle(String title) {
        Matcher m = CITY_IN_TITLE.matcher(title);
        while (m.find()) {
            if (CITIES.contains(fold(m.group(1)))) {
                return Optional.of(
                        new Place(null, null, null, capitalizeCity(fold(m.group(1))), "FR"));
            }
        }
        return Optional.empty();
    }

    private static @Nullable String venueName(@Nullable String venue) {
        if (venue == null) return null;
        String v = collapse(venue);
        if (v.isEmpty() || isNullWord(v)) return null;
        String folded = fold(v);
        // "Le Lieu de la transformation publique et en ligne": keep the physical part
        v =
                v.replaceAll(
                                "(?iu)\\s*(?:,|et|&|\\+|ou)\\s+(?:aussi\\s+)?(?:en\\s+ligne|en\\s+visio\\S*|à\\s+distance|en\\s+distanciel|en\\s+direct\\s+sur\\s+\\S+)\\s*$",
                                "")
                        .strip();
        folded = fold(v);
        AttendanceMode mode = attendanceMode(v);
        if (mode == AttendanceMode.ONLINE) return null;
        if (mode == AttendanceMode.MIXED && folded.matches("(?s).*\\b(en ligne|presentiel)\\b.*")) {
            // "En ligne et en présentiel", "En ligne du 1er au 14 décembre, en présentiel le 15
            // décembre à Paris": a wording, not a venue; keep a city it names
            Matcher city = Pattern.compile("\\ba\\s+([a-z-]+)\\s*$").matcher(folded);
            if (city.find() && CITIES.contains(city.group(1))) {
                return capitalizeCity(city.group(1));
            }
            return null;
        }
        if (folded.matches("(?:en\\s+)?presentiel|sur\\s+place")) return null;
        return v;
    }

    private static boolean isAddressToCome(String address) {
        return ADDRESS_TO_COME.matcher(fold(address)).find();
    }

    private static boolean isLocalityOnly(String venue) {
        return CITIES.contains(fold(venue));
    }

    private static @Nullable Place knownVenue(String venue) {
        String folded = fold(venue).replaceAll("^(?:le|la|l')\\s*", "").strip();
        Place p = KNOWN_VENUES.get(folded);
        if (p != null) return p;
        return null;
    }

    private static @Nullable Place knownVenueInText(String text) {
        return KNOWN_VENUE_SCAN.find(fold(text)) ? LIEU_TRANSFORMATION_PUBLIQUE : null;
    }

    private static @Nullable Place knownByStreet(Place p) {
        if (sameStreet(p.street(), LIEU_TRANSFORMATION_PUBLIQUE.street())
                && (p.locality() == null || fold(p.locality()).equals("paris"))) {
            return new Place(
                    p.name(),
                    LIEU_TRANSFORMATION_PUBLIQUE.street(),
                    LIEU_TRANSFORMATION_PUBLIQUE.postalCode(),
                    "Paris",
                    "FR");
        }
        return null;
    }

    private static boolean sameStreet(@Nullable String a, @Nullable String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static Place withName(Place p, @Nullable String name) {
        return new Place(name, p.street(), p.postalCode(), p.locality(), p.country());
    }

    private static final Pattern NEWLINE = Pattern.compile("\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[,;.\\s]+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("[,\\s–—-]+$");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[,\\s–—-]+");
    private static final Pattern CEDEX = Pattern.compile("(?iu)\\s+(?:cedex)(?:\\s+\\d+)?$");

    /** Splits a written address into street, postal code and locality; a leading text is a name. */
    private static @Nullable Place parseAddress(String address, List<String> problems) {
        String a = address.replace('\u00a0', ' ').replace("\\n", "\n");
        a = BLANKS.matcher(LINE_BREAK.matcher(a).replaceAll(", ")).replaceAll(" ").strip();
        a = TRAILING_SEPARATORS.matcher(a).replaceAll("");
        if (a.isEmpty() || isNullWord(a)) return null;

        String name = null;
        String street = null;
        String postalCode = null;
        String locality = null;

        Matcher s = STREET.matcher(a);
        int restFrom = 0;
        if (s.find()) {
            street = normaliseStreet(s.group(1), s.group(2));
            String before =
                    TRAILING_DASHES.matcher(a.substring(0, s.start())).replaceAll("").strip();
            if (!before.isEmpty()) name = before;
            restFrom = s.end();
        }
        String rest = a.substring(restFrom);
        Matcher district = CITY_DISTRICT.matcher(rest);
        Matcher pcl = POSTAL_CODE_THEN_LOCALITY.matcher(rest);
        Matcher lpc = LOCALITY_THEN_POSTAL_CODE.matcher(rest);
        if (pcl.find()) {
            postalCode = pcl.group(1);
            locality = pcl.group(2);
            if (locality == null && lpc.find()) locality = lpc.group(1);
        } else if (district.find()) {
            String city = fold(district.group(1));
            int n = Integer.parseInt(district.group(2));
            postalCode = districtPostalCode(city, n);
            locality = capitalizeCity(city);
        }
        if (locality == null && street != null) {
            String tail = LEADING_DASHES.matcher(rest).replaceAll("").strip();
            if (!tail.isEmpty() && CITIES.contains(fold(tail))) locality = tail;
        }
        if (locality != null) {
            locality = CEDEX.matcher(locality).replaceAll("").strip();
            Matcher d = CITY_DISTRICT.matcher(locality);
            if (d.matches()) locality = d.group(1);
            locality = tidyLocality(locality);
        }
        if (street == null && postalCode == null && locality == null) {
            return null;
        }
        if (street == null && name == null) {
            // "Paris 15e" alone, or "75015 Paris": an address without a street
            String before =
                    TRAILING_DASHES
                            .matcher(
                                    a.substring(
                                            0,
                                            Math.max(
                                                    0,
                                                    a.indexOf(
                                                            postalCode != null ? postalCode : ""))))
                            .replaceAll("")
                            .strip();
            if (!before.isEmpty() && postalCode != null && !fold(before).equals(fold(locality)))
                name = before;
        }
        if (street != null && locality != null) {
            String key = fold(street) + "|" + fold(locality);
            String known = KNOWN_POSTAL_CODES.get(key);
            if (known != null && !known.equals(postalCode)) {
                if (postalCode != null) {
                    problems.add(
                            "postal code "
                                    + postalCode
                                    + " corrected to "
                                    + known
                                    + " for "
                                    + street
                                    + ", "
                                    + locality);
                }
                postalCode = known;
            }
        }
        String country =
                postalCode != null || (locality != null && CITIES.contains(fold(locality)))
                        ? "FR"
                        : null;
        return new Place(name, street, postalCode, locality, country);
    }

    private static String normaliseStreet(String number, String rest) {
        String r = rest.strip();
        Matcher m = Pattern.compile("(?iu)^(" + STREET_TYPES + ")(?![\\p{L}])\\s*").matcher(r);
        if (m.find()) {
            String type = fold(m.group(1)).replace(".", "");
            String full =
                    switch (type) {
                        case "av", "ave", "avenue" -> "avenue";
                        case "bd", "bld", "boulevard" -> "boulevard";
                        case "pl" -> "place";
                        case "allee" -> "allée";
                        case "cite" -> "cité";
                        default -> m.group(1).toLowerCase(Locale.ROOT);
                    };
            r = full + " " + r.substring(m.end());
        }
        return collapseRegexWhitespace(number).toLowerCase(Locale.ROOT) + " " + r.strip();
    }

    private static @Nullable String districtPostalCode(String city, int district) {
        return switch (city) {
            case "paris" ->
                    district >= 1 && district <= 20
                            ? String.format(Locale.ROOT, "750%02d", district)
                            : null;
            case "lyon" ->
                    district >= 1 && district <= 9
                            ? String.format(Locale.ROOT, "6900%d", district)
                            : null;
            case "marseille" ->
                    district >= 1 && district <= 16
                            ? String.format(Locale.ROOT, "130%02d", district)
                            : null;
            default -> null;
        };
    }

    private static String tidyLocality(String locality) {
        String l = locality.strip();
        if (l.equals(l.toUpperCase(Locale.ROOT)) && l.length() > 1) {
            return capitalizeCity(l.toLowerCase(Locale.ROOT));
        }
        return l;
    }

    private static String capitalizeCity(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        boolean up = true;
        for (char c : lower.toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == '-' || c == ' ' || c == '\'';
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ attendance mode

    private static final Pattern ONLINE =
            Pattern.compile(
                    "\\ben ligne\\b|\\bwebinaires?\\b|\\bwebinars?\\b|\\bvisio|\\byoutube\\b"
                            + "|\\blivestorm\\b|\\bvirtuel(?:le)?s?\\b|\\bdistanciel\\b|\\ba distance\\b"
                            + "|\\bstreaming\\b|\\bretransmi|\\bdiffuse en direct"
                            // "zoom sur le programme" is French for "focus on": only the tool
                            // counts
                            + "|\\b(?:sur|via|avec) (?:zoom|teams|microsoft teams|jitsi|webex)\\b"
                            + "|\\ben live\\b|\\bwebconference|\\bweb-conference|\\bwebinaire\\.");

    /** "Inscriptions en ligne" and the like say how to register, not how to attend. */
    private static final Pattern ONLINE_NOT_ABOUT_ATTENDING =
            Pattern.compile(
                    "\\b(?:inscri\\w*|candidat\\w*|formulaires?|disponibles?|publie\\w*|mis\\w* en"
                            + " ligne|depos\\w*|repondre|questionnaires?|replay|rediffusion|services?"
                            + "|demarches?|procedures?|outils?|sites?|ressources?|offres?|achats?"
                            + "|paiements?|vente|boutique|documentation|guides?|consultables?|accessibles?)"
                            + "(?:\\s+\\S+){0,3}?\\s+en ligne\\b"
                            + "|\\ben ligne\\s+(?:du|jusqu|avant|sur le site)\\b(?=.*\\binscri)");

    private static final Pattern IN_PERSON =
            Pattern.compile(
                    "\\bpresentiel\\b|\\ben personne\\b|\\bsur place\\b|\\bphysique\\b"
                            + "|\\bdans nos locaux\\b|\\bsalle\\b|\\bamphi");

    /** "hybride" alone also describes clouds and careers; only a format is meant here. */
    private static final Pattern HYBRID =
            Pattern.compile(
                    "\\b(?:format|evenement|mode|session|edition|formule|version|modalites?|forme)"
                            + " hybrides?\\b|\\ben (?:mode |format )?hybride\\b");

    private static final Pattern ONLY_ONLINE =
            Pattern.compile("\\b100 ?% (?:en ligne|a distance|virtuel|digital|numerique)");

    /**
     * The attendance mode a text states (En ligne, Webinaire, visio, En ligne et en présentiel).
     */
    public static AttendanceMode attendanceMode(String text) {
        String f = fold(text);
        if (f.isBlank()) return AttendanceMode.UNKNOWN;
        if (ONLY_ONLINE_SCAN.find(f)) return AttendanceMode.ONLINE;
        if (f.contains("hybride") && HYBRID_SCAN.find(f)) return AttendanceMode.MIXED;
        // both of its alternatives need "en ligne": most texts skip the costly scan
        String forOnline =
                f.contains("en ligne") ? ONLINE_NOT_ABOUT_ATTENDING_SCAN.replaceAll(f, " ") : f;
        boolean online = ONLINE_SCAN.find(forOnline);
        boolean inPerson =
                IN_PERSON_SCAN.find(f)
                        || f.contains("lieu") && KNOWN_VENUE_SCAN.find(f)
                        || hasStreetAddress(text);
        if (online && inPerson) return AttendanceMode.MIXED;
        if (online) return AttendanceMode.ONLINE;
        if (inPerson) return AttendanceMode.OFFLINE;
        return AttendanceMode.UNKNOWN;
    }

    private static boolean hasStreetAddress(String text) {
        for (MatchResult s : STREET_SCAN.matches(text.replace('\u00a0', ' '))) {
            String after =
                    text.substring(s.end(), Math.min(text.length(), s.end() + 30))
                            .replace('\u00a0', ' ');
            if (POSTAL_CODE_OR_CITY_NEXT.matcher(after).matches()) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ admission

    private static final Pattern FREE =
            Pattern.compile(
                    "\\bgratuite?s?\\b|\\bgratuitement\\b|\\bentree libre\\b|\\bacces libre\\b"
                            + "|\\bsans frais\\b|\\bfree of charge\\b|\\bentree gratuite\\b");

    /**
     * A price only counts next to a word about paying ("Tarif : 50 €", "participation de 20
     * euros"), so that "la cantine à 1 euro" in an article about social pricing does not make an
     * event paid.
     */
    private static final Pattern PAID =
            Pattern.compile(
                    "\\b(?:tarifs?|prix|cout|entree|participation|inscription|billets?|frais)\\b"
                            + "[^.\\n]{0,40}?(?:\\d+(?:[,.]\\d{1,2})?\\s?(?:€|euros?\\b|eur\\b)|€\\s?\\d)"
                            + "|\\bpayante?s?\\b|\\d+ ?% de (?:remise|reduction)|\\bremise (?:de \\d|sur (?:le|les) (?:tarif|prix))"
                            + "|\\bcode promo\\b"
                            + "|\\b(?:tarif|prix) (?:normal|reduit|plein|general|preferentiel)"
                            + "|(?<!sans )(?<!pas de )\\bfrais (?:d.inscription|de participation)\\b"
                            + "|\\bnon gratuite?s?\\b");

    private static final String[] PAID_WORDS = {
        "payant", "% de ", "remise ", "code promo", "tarif ", "prix ", "frais ", "non gratuit"
    };

    /**
     * False when no alternative of {@link #PAID} can match a folded text: none of its words, no "€"
     * and no "eur" right after a digit (or a digit and a space), as its price needs.
     */
    private static boolean mayStatePrice(String folded) {
        if (folded.indexOf('€') >= 0 || containsAny(folded, PAID_WORDS)) return true;
        for (int i = folded.indexOf("eur"); i >= 0; i = folded.indexOf("eur", i + 1)) {
            int j = i - 1;
            if (j >= 0 && folded.charAt(j) == ' ') j--;
            if (j >= 0 && folded.charAt(j) >= '0' && folded.charAt(j) <= '9') return true;
        }
        return false;
    }

    /** FREE or PAID only when the text states it. */
    public static Admission admission(String text) {
        String f = fold(text);
        // a price or a discount wins: "gratuit pour les agents, 50 € sinon" is not free for all
        if (mayStatePrice(f) && PAID_SCAN.find(f)) return Admission.PAID;
        if (FREE_SCAN.find(f)) return Admission.FREE;
        return Admission.UNKNOWN;
    }

    // ------------------------------------------------------------------ accessibility

    /**
     * What a venue or a session offers ("Accessible aux personnes à mobilité réduite", "avec
     * transcription par vélotypie"); words about disability in general are left out, since many
     * posts are about accessibility itself.
     */
    private static final Pattern ACCESSIBILITY =
            Pattern.compile(
                    "mobilite reduite|\\bpmr\\b|fauteuils? roulants?|velotypie|sous-titr"
                            + "|langue des signes|\\blsf\\b|boucle (?:magnetique|a induction)"
                            + "|audiodescription"
                            + "|transcription (?:simultanee|en direct|en temps reel|ecrite|par)");

    private static final Pattern ACCESSIBILITY_PARTS =
            Pattern.compile("\\n|(?<=[.!?;])\\s+|\\s+/\\s+|\\s+\\|\\s+|<br\\s*/?>");
    private static final Pattern BULLET_LEAD = Pattern.compile("^[*\\-•·]+\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.;,]+$");

    /** Accessibility notes stated in the text, as written. */
    public static List<String> accessibility(String text) {
        // a note in one of its parts is a note in the whole (the parts split on non-letters):
        // most texts state none and need not be cut up
        String whole = fold(text);
        if (!ACCESSIBILITY_SCAN.find(whole)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : ACCESSIBILITY_PARTS.split(text)) {
            String p = BULLET_LEAD.matcher(collapse(part)).replaceAll("").strip();
            if (p.isEmpty()) continue;
            if (ACCESSIBILITY_SCAN.find(fold(p))) {
                out.add(TRAILING_PUNCTUATION.matcher(p).replaceAll(""));
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ status

    private static final Pattern CANCELLED =
            Pattern.compile(
                    "\\bannule(?:e|s|es)?\\b|\\bannulation de l.evenement\\b|\\bn.aura pas lieu\\b"
                            + "|\\bcancell?ed\\b");
    private static final Pattern POSTPONED =
            Pattern.compile(
                    "\\breporte(?:e|s|es)?\\b|\\bajourne(?:e|s|es)?\\b|\\bdate ulterieure\\b"
                            + "|\\bpostponed\\b");
    private static final Pattern RESCHEDULED =
            Pattern.compile(
                    "\\breprogramme(?:e|s|es)?\\b|\\bdecale(?:e|s|es)? (?:au|a)\\b"
                            + "|\\bnouvelle date\\b|\\bdeplace(?:e|s|es)? (?:au|a)\\b");

    /** A change of format: "se tiendra exclusivement en ligne" alone is a mode, not a change. */
    private static final Pattern MOVED_ONLINE =
            Pattern.compile(
                    "\\b(?:se tiendra|aura lieu|se deroulera)\\s+(?:desormais|finalement"
                            + "|exceptionnellement)\\s+(?:uniquement\\s+|exclusivement\\s+)?en ligne\\b"
                            + "|\\b(?:passe|bascule)\\s+(?:desormais\\s+)?(?:uniquement\\s+|exclusivement\\s+)?"
                            + "en (?:ligne|distanciel|visio)\\b"
                            + "|\\bdesormais (?:100 ?% )?en ligne\\b|\\btransforme(?:e)? en webinaire\\b"
                            + "|\\binitialement prevue? en presentiel\\b");

    /** CANCELLED / POSTPONED / MOVED_ONLINE when the text says so, else SCHEDULED. */
    public static EventStatus status(String text) {
        String f = fold(text);
        if (containsAny(f, CANCELLED_WORDS) && CANCELLED_SCAN.find(f)) {
            return EventStatus.CANCELLED;
        }
        if (POSTPONED_SCAN.find(f)) {
            return EventStatus.POSTPONED;
        }
        if (MOVED_ONLINE_SCAN.find(f)) {
            return EventStatus.MOVED_ONLINE;
        }
        if (RESCHEDULED_SCAN.find(f)) {
            return EventStatus.RESCHEDULED;
        }
        return EventStatus.SCHEDULED;
    }

    // ------------------------------------------------------------------ links

    private static final Pattern REGISTRATION_LABEL =
            Pattern.compile(
                    "inscri|\\bs.enregistrer\\b|\\breserv|\\bbillet|\\bregist|\\bsign ?up\\b"
                            + "|\\bje participe\\b|\\bparticiper\\b");
    private static final Pattern PROGRAMME_LABEL =
            Pattern.compile("\\bprogramme\\b|\\bagenda\\b|\\bordre du jour\\b|\\bdeflexions?\\b");
    private static final Pattern ONLINE_LABEL =
            Pattern.compile(
                    "\\bconnectez-vous\\b|\\bse connecter\\b|\\brejoindre\\b|\\ben direct\\b"
                            + "|\\blive\\b|\\breplay\\b|\\bregarder\\b|\\bsuivre\\b.*\\b(?:direct|ligne|webinaire)"
                            + "|\\bvisionner\\b|\\brediffusion\\b|\\bstreaming\\b|\\bsalle virtuelle\\b");
    private static final Pattern REGISTRATION_HOST =
            Pattern.compile(
                    "(?:^|\\.)(?:eventbrite\\.[a-z.]+|seekube\\.com|framaforms\\.org|weezevent\\.com"
                            + "|helloasso\\.com|billetweb\\.fr|yurplan\\.com|event\\.bienvenue\\.pro"
                            + "|lu\\.ma|meetup\\.com)$");

    private static final Pattern INFORMATION_LABEL =
            Pattern.compile(
                    "(?s)^(?:pour )?(?:plus d.|davantage d.|en savoir plus|toutes les )?info.*");
    private static final Pattern CONTACT_LABEL = Pattern.compile("(?s).*\\bcontact.*");

    /** The role a link's label gives it ("S'inscrire", "Programme et inscriptions"), or empty. */
    public static Optional<LinkRole> linkRole(String label, String url) {
        String l = fold(label == null ? "" : label);
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("mailto:")) return Optional.of(LinkRole.CONTACT);
        if (REGISTRATION_LABEL_SCAN.find(l)) return Optional.of(LinkRole.REGISTRATION);
        if (ONLINE_LABEL_SCAN.find(l)) return Optional.of(LinkRole.ONLINE);
        if (INFORMATION_LABEL.matcher(l).matches()) {
            return Optional.of(LinkRole.INFORMATION);
        }
        if (PROGRAMME_LABEL_SCAN.find(l)) return Optional.of(LinkRole.PROGRAMME);
        if (l.contains("contact") && CONTACT_LABEL.matcher(l).matches()) {
            return Optional.of(LinkRole.CONTACT);
        }
        String host = isPlainHttpUrl(u) ? plainHost(u) : host(u);
        if (host != null) {
            if (REGISTRATION_HOST.matcher(host).find()) return Optional.of(LinkRole.REGISTRATION);
            if (host.endsWith("demarches-simplifiees.fr") && u.contains("/commencer/")) {
                return Optional.of(LinkRole.REGISTRATION);
            }
            if (host.endsWith("livestorm.co")) {
                return Optional.of(
                        u.contains("/register") || u.contains("/inscription")
                                ? LinkRole.REGISTRATION
                                : LinkRole.ONLINE);
            }
            if (host.equals("webinaire.numerique.gouv.fr")
                    || host.endsWith("youtube.com")
                    || host.equals("youtu.be")
                    || host.endsWith("zoom.us")
                    || host.endsWith("dailymotion.com")
                    || host.endsWith("twitch.tv")) {
                return Optional.of(LinkRole.ONLINE);
            }
        }
        return Optional.empty();
    }

    /** The host of a URL {@link #isPlainHttpUrl} accepts, as {@link URI#getHost} reads it. */
    static String plainHost(String url) {
        int from = url.indexOf("://") + 3;
        return url.substring(from, hostEnd(url, from));
    }

    /** Where the host that starts at {@code from} ends: at a port, path, query or fragment. */
    private static int hostEnd(String url, int from) {
        int to = from;
        while (to < url.length() && "/?#:".indexOf(url.charAt(to)) < 0) to++;
        return to;
    }

    static @Nullable String host(String url) {
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ URLs

    private static final Pattern EMAIL =
            Pattern.compile(
                    "(?i)[a-z0-9._%+\\-]+@[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?(?:\\.[a-z0-9\\-]+)+");
    private static final Pattern BARE_HOST =
            Pattern.compile(
                    "(?i)(?:[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?\\.)+[a-z]{2,24}(?::\\d{1,5})?(?:[/?#]\\S*)?");
    private static final Pattern SCHEME = Pattern.compile("(?i)^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern MAILTO_IN_HTTP = Pattern.compile("(?i)^https?:/*mailto:(.*)$");
    private static final Pattern BROKEN_SCHEME =
            Pattern.compile("(?i)^(https?)(?::/?|//|;//|:\\\\\\\\|:/{3,})(?!/)(.+)$");
    private static final Pattern WELL_FORMED_HTTP = Pattern.compile("(?i)^https?://[^/].*");
    private static final Pattern MARKDOWN_ESCAPE =
            Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!~])");
    private static final Pattern ANY_WHITESPACE = Pattern.compile("\\s");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern VALID_HOST =
            Pattern.compile("(?i)(?:[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?\\.)+[a-z]{2,24}|localhost");

    /**
     * An absolute http(s) or mailto URL from what was written ("edite-piaf-sip.eventbrite.com",
     * "contact@x.fr", "http://mailto:x@y.fr", " https://a.fr/ "), or the reason it is not one.
     */
    public static UrlResult url(String written) {
        return url(written, null);
    }

    /**
     * As {@link #url(String)}, resolving a site-relative path ({@code /agenda/x/}) against {@code
     * base} (the site's url and baseurl) when given.
     */
    public static UrlResult url(String written, @Nullable String base) {
        if (written != null && isPlainHttpUrl(written)) return new UrlResult(written, null, false);
        return urlRepaired(written, base);
    }

    /**
     * Whether {@code u} is already a well-formed http(s) URL that {@link #urlRepaired} would keep
     * as written: lower-case scheme, a host name with a top-level domain and an optional port, then
     * only ASCII characters {@link URI} accepts in a path, query and fragment, and nothing the
     * repairs trim. Most links in a body are written so, and the checks below cost a fraction of
     * the repairs' patterns and of parsing a {@link URI}; anything else takes the long way.
     */
    static boolean isPlainHttpUrl(String u) {
        int at;
        if (u.startsWith("https://")) {
            at = 8;
        } else if (u.startsWith("http://")) {
            at = 7;
        } else {
            return false;
        }
        int n = u.length();
        int hostEnd = hostEnd(u, at);
        if (!isHostName(u, at, hostEnd)) return false;
        int i = hostEnd;
        if (i < n && u.charAt(i) == ':') {
            int digits = 0;
            for (i++; i < n && u.charAt(i) >= '0' && u.charAt(i) <= '9'; i++) digits++;
            if (digits == 0 || digits > 5) return false;
            if (i < n && "/?#".indexOf(u.charAt(i)) < 0) return false;
        }
        boolean fragment = false;
        for (; i < n; i++) {
            char c = u.charAt(i);
            if (c == '%') {
                if (i + 2 >= n || !isHexDigit(u.charAt(i + 1)) || !isHexDigit(u.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c == '#') {
                if (fragment) return false;
                fragment = true;
            } else if (!isAsciiLetterOrDigit(c) && URL_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        // trimTrailingPunctuation would change these
        char last = u.charAt(n - 1);
        return last != '.' && last != ',' && last != ';' && last != '!' && last != ')';
    }

    /** URI's unreserved marks and the reserved characters it takes in a path, query, fragment. */
    private static final String URL_PUNCTUATION = "-_.!~*'();/?:@&=+$,";

    /** What {@link #VALID_HOST} accepts, other than {@code localhost}, read by hand. */
    private static boolean isHostName(String s, int from, int to) {
        int labels = 0;
        int start = from;
        while (start < to) {
            int end = s.indexOf('.', start);
            if (end < 0 || end > to) end = to;
            if (end == start) return false;
            if (!isAsciiLetterOrDigit(s.charAt(start))
                    || !isAsciiLetterOrDigit(s.charAt(end - 1))) {
                return false;
            }
            for (int k = start + 1; k < end - 1; k++) {
                char c = s.charAt(k);
                if (c != '-' && !isAsciiLetterOrDigit(c)) return false;
            }
            labels++;
            if (end == to) {
                int length = end - start;
                if (labels < 2 || length < 2 || length > 24) return false;
                for (int k = start; k < end; k++) {
                    char c = s.charAt(k);
                    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return false;
                }
                return true;
            }
            start = end + 1;
        }
        return false; // empty, or ends with a dot
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** {@link #url(String, String)} the long way: every repair, then {@link URI}'s verdict. */
    static UrlResult urlRepaired(String written, @Nullable String base) {
        if (written == null) return refused("no URL given");
        List<String> fixes = new ArrayList<>();
        String u = written.replace('\u00a0', ' ').replace('\u200b', ' ').strip();
        if (u.isEmpty() || isNullWord(u)) return refused("no URL given");
        // wrappers people leave around a URL: (https://…), <https://…>, "https://…"
        String unwrapped = unwrap(u);
        if (!unwrapped.equals(u)) {
            fixes.add("removed the characters around it");
            u = unwrapped;
        }
        if (u.contains("\\")) {
            String unescaped = MARKDOWN_ESCAPE.matcher(u).replaceAll("$1");
            if (!unescaped.equals(u)) {
                fixes.add("removed Markdown escapes");
                u = unescaped;
            }
        }
        // http://mailto:x@y, https://mailto:x@y
        Matcher mailtoInHttp = MAILTO_IN_HTTP.matcher(u);
        if (mailtoInHttp.matches()) {
            u = "mailto:" + mailtoInHttp.group(1).strip();
            fixes.add("\"http://mailto:\" is an e-mail address");
        }
        if (u.regionMatches(true, 0, "mailto:", 0, 7)) {
            String address = u.substring(7).strip();
            String query = "";
            int q = address.indexOf('?');
            if (q >= 0) {
                query = address.substring(q);
                address = address.substring(0, q);
            }
            if (!EMAIL.matcher(address).matches()) {
                return refused("\"" + written.strip() + "\" is not a valid e-mail address");
            }
            return new UrlResult("mailto:" + address + query, problem(fixes), true);
        }
        if (EMAIL.matcher(u).matches()) {
            fixes.add("an e-mail address, kept as a contact");
            return new UrlResult("mailto:" + u, problem(fixes), true);
        }
        // https:/host, https:host, http//host, https;//host
        Matcher brokenScheme = BROKEN_SCHEME.matcher(u);
        if (brokenScheme.matches() && !WELL_FORMED_HTTP.matcher(u).matches()) {
            u = brokenScheme.group(1).toLowerCase(Locale.ROOT) + "://" + brokenScheme.group(2);
            fixes.add("repaired the \"//\" after the scheme");
        }
        if (u.startsWith("//")) {
            u = "https:" + u;
            fixes.add("added \"https:\" to a scheme-relative URL");
        }
        Matcher scheme = SCHEME.matcher(u);
        if (scheme.find()) {
            String s = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) {
                // "www.x.fr:8080/…" has no scheme but looks like one
                if (!BARE_HOST.matcher(u).matches()) {
                    return refused(
                            "\"" + written.strip() + "\" uses the " + s + ": scheme, not http(s)");
                }
            }
        }
        if (!u.regionMatches(true, 0, "http://", 0, 7)
                && !u.regionMatches(true, 0, "https://", 0, 8)) {
            if (u.startsWith("/") && base != null) {
                String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
                u = b + u;
                fixes.add("made absolute against the site URL");
            } else if (u.startsWith("/")) {
                return refused("\"" + written.strip() + "\" is a relative path, not a URL");
            } else if (BARE_HOST.matcher(u).matches()) {
                u = "https://" + u;
                fixes.add("a bare host name, \"https://\" added");
            } else {
                return refused("\"" + written.strip() + "\" is not a URL");
            }
        }
        u = trimTrailingPunctuation(u);
        if (ANY_WHITESPACE.matcher(u).find()) {
            String encoded = WHITESPACE_RUN.matcher(u).replaceAll("%20");
            fixes.add("encoded the spaces inside it");
            u = encoded;
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            return refused("\"" + written.strip() + "\" is not a valid URL: " + e.getReason());
        }
        String host = uri.getHost();
        if (host == null || !VALID_HOST.matcher(host).matches()) {
            return refused("\"" + written.strip() + "\" has no valid host name");
        }
        return new UrlResult(u, problem(fixes), false);
    }

    private static String unwrap(String u) {
        String s = u;
        boolean changed = true;
        while (changed && s.length() >= 2) {
            changed = false;
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if ((first == '(' && last == ')')
                    || (first == '<' && last == '>')
                    || (first == '"' && last == '"')
                    || (first == '\'' && last == '\'')
                    || (first == '[' && last == ']')
                    || (first == '«' && last == '»')) {
                s = s.substring(1, s.length() - 1).strip();
                changed = true;
            } else if (first == '(' && s.indexOf(')') < 0) {
                s = s.substring(1).strip();
                changed = true;
            }
        }
        return s;
    }

    private static String trimTrailingPunctuation(String u) {
        String s = u;
        while (!s.isEmpty()) {
            char c = s.charAt(s.length() - 1);
            if (c == '.' || c == ',' || c == ';' || c == '!' || c == '»') {
                s = s.substring(0, s.length() - 1);
            } else if (c == ')' && count(s, '(') < count(s, ')')) {
                s = s.substring(0, s.length() - 1);
            } else {
                break;
            }
        }
        return s;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static @Nullable String problem(List<String> fixes) {
        return fixes.isEmpty() ? null : String.join("; ", fixes);
    }

    private static UrlResult refused(String why) {
        return new UrlResult(null, why, false);
    }

    /**
     * A cleaned-up URL.
     *
     * @param url the absolute URL, or null when none could be made
     * @param problem why it needed fixing or was refused, or null when it was fine as written
     * @param email true when it is a mailto: contact
     */
    public record UrlResult(@Nullable String url, @Nullable String problem, boolean email) {

        /** True when a URL was made but only after fixing what was written. */
        public boolean fixed() {
            return url != null && problem != null;
        }

        /** True when no URL could be made. */
        public boolean refused() {
            return url == null;
        }
    }

    // ------------------------------------------------------------------ scans

    /*
     * The patterns above searched from their openers (see Scan): every alternative of a pattern
     * starts with one of the words listed with it. Keep them in step with the patterns; ScanTest
     * compares each scan with its pattern on real texts.
     */
    // both open with (?<![\\p{L}\\d]) or \\b and then a digit: only where a number starts
    static final Scan STREET_SCAN = Scan.atNumbers(STREET);
    static final Scan ARRONDISSEMENT_SCAN = Scan.atNumbers(ARRONDISSEMENT);
    // case-insensitive: no other character folds to p, l or m
    static final Scan CITY_DISTRICT_SCAN =
            new Scan(CITY_DISTRICT_WITH_SUFFIX, "p", "P", "l", "L", "m", "M");
    private static final Pattern POSTAL_CODE_OR_CITY_NEXT =
            Pattern.compile("(?s)[,\\s–—-]*(?:\\d{5}|paris|Paris|PARIS|lyon|Lyon).*");
    static final Scan ONLY_ONLINE_SCAN = new Scan(ONLY_ONLINE, "100");
    static final Scan HYBRID_SCAN =
            new Scan(
                    HYBRID,
                    "format",
                    "evenement",
                    "mode",
                    "session",
                    "edition",
                    "formule",
                    "version",
                    "modalite",
                    "forme",
                    "en ");
    static final Scan ONLINE_SCAN =
            new Scan(
                    ONLINE,
                    "en ligne",
                    "webinaire",
                    "webinar",
                    "visio",
                    "youtube",
                    "livestorm",
                    "virtuel",
                    "distanciel",
                    "a distance",
                    "streaming",
                    "retransmi",
                    "diffuse en direct",
                    "sur ",
                    "via ",
                    "avec ",
                    "en live",
                    "webconference",
                    "web-conference");
    static final Scan ONLINE_NOT_ABOUT_ATTENDING_SCAN =
            new Scan(
                    ONLINE_NOT_ABOUT_ATTENDING,
                    "inscri",
                    "candidat",
                    "formulaire",
                    "disponible",
                    "publie",
                    "mis",
                    "depos",
                    "repondre",
                    "questionnaire",
                    "replay",
                    "rediffusion",
                    "service",
                    "demarche",
                    "procedure",
                    "outil",
                    "site",
                    "ressource",
                    "offre",
                    "achat",
                    "paiement",
                    "vente",
                    "boutique",
                    "documentation",
                    "guide",
                    "consultable",
                    "accessible",
                    "en ligne");
    static final Scan IN_PERSON_SCAN =
            new Scan(
                    IN_PERSON,
                    "presentiel",
                    "en personne",
                    "sur place",
                    "physique",
                    "dans nos locaux",
                    "salle",
                    "amphi");
    static final Scan KNOWN_VENUE_SCAN = new Scan(KNOWN_VENUE_IN_TEXT, "le", "lieu");
    static final Scan FREE_SCAN =
            new Scan(FREE, "gratuit", "entree ", "acces libre", "sans frais", "free of charge");
    static final Scan PAID_SCAN =
            new Scan(
                    PAID,
                    "tarif",
                    "prix",
                    "cout",
                    "entree",
                    "participation",
                    "inscription",
                    "billet",
                    "frais",
                    "payant",
                    "remise",
                    "code promo",
                    "non gratuit",
                    "0",
                    "1",
                    "2",
                    "3",
                    "4",
                    "5",
                    "6",
                    "7",
                    "8",
                    "9");
    static final Scan ACCESSIBILITY_SCAN =
            new Scan(
                    ACCESSIBILITY,
                    "mobilite reduite",
                    "pmr",
                    "fauteuil",
                    "velotypie",
                    "sous-titr",
                    "langue des signes",
                    "lsf",
                    "boucle ",
                    "audiodescription",
                    "transcription ");
    // "s.enregistrer" opens with "s": found by the opener "s", the others by their words
    static final Scan REGISTRATION_LABEL_SCAN =
            new Scan(
                    REGISTRATION_LABEL,
                    "inscri",
                    "s",
                    "reserv",
                    "billet",
                    "regist",
                    "je participe",
                    "participer");
    static final Scan ONLINE_LABEL_SCAN =
            new Scan(
                    ONLINE_LABEL,
                    "connectez-vous",
                    "se connecter",
                    "rejoindre",
                    "en direct",
                    "live",
                    "replay",
                    "regarder",
                    "suivre",
                    "visionner",
                    "rediffusion",
                    "streaming",
                    "salle virtuelle");
    static final Scan PROGRAMME_LABEL_SCAN =
            new Scan(PROGRAMME_LABEL, "programme", "agenda", "ordre du jour", "deflexion");
    static final Scan CANCELLED_SCAN = new Scan(CANCELLED, "annul", "n", "cancel");
    static final Scan POSTPONED_SCAN =
            new Scan(POSTPONED, "reporte", "ajourne", "date ulterieure", "postponed");
    static final Scan RESCHEDULED_SCAN =
            new Scan(RESCHEDULED, "reprogramme", "decale", "nouvelle date", "deplace");
    static final Scan MOVED_ONLINE_SCAN =
            new Scan(
                    MOVED_ONLINE,
                    "se tiendra",
                    "aura lieu",
                    "se deroulera",
                    "passe",
                    "bascule",
                    "desormais",
                    "transforme",
                    "initialement prevu");

    /** Every scan, for ScanTest. */
    static List<Scan> scans() {
        return List.of(
                STREET_SCAN,
                ARRONDISSEMENT_SCAN,
                CITY_DISTRICT_SCAN,
                ONLY_ONLINE_SCAN,
                HYBRID_SCAN,
                ONLINE_SCAN,
                ONLINE_NOT_ABOUT_ATTENDING_SCAN,
                IN_PERSON_SCAN,
                KNOWN_VENUE_SCAN,
                FREE_SCAN,
                PAID_SCAN,
                ACCESSIBILITY_SCAN,
                CANCELLED_SCAN,
                POSTPONED_SCAN,
                RESCHEDULED_SCAN,
                MOVED_ONLINE_SCAN,
                REGISTRATION_LABEL_SCAN,
                ONLINE_LABEL_SCAN,
                PROGRAMME_LABEL_SCAN);
    }

    // ------------------------------------------------------------------ text helpers

    /**
     * Lower case, accents removed, typographic apostrophes and dashes made plain, whitespace
     * collapsed: the form every pattern here is written against.
     */
    public static String fold(String text) {
        // The heuristics of one post fold the same texts again and again, in turn (mode,
        // admission, accessibility and status of the post, then of each sub-event, whose texts
        // are often the post's): measured on generated posts, five folds in six were of a text
        // folded before. The texts folded lately on this thread are kept.
        FoldMemo memo = FOLDS.get();
        String folded = memo.folded.get(text);
        if (folded == null) {
            folded = foldUncached(text);
            if (memo.folded.size() >= FOLD_MEMO_TEXTS || memo.chars > FOLD_MEMO_CHARS) {
                memo.folded.clear();
                memo.chars = 0;
            }
            memo.folded.put(text, folded);
            memo.chars += text.length();
        }
        return folded;
    }

    /**
     * Forgets the texts this thread folded. The parser calls it at the end of each post, so that a
     * thread (of a library user's pool, say) keeps nothing between posts.
     */
    public static void forgetFolds() {
        FoldMemo memo = FOLDS.get();
        if (memo.folded.isEmpty()) return;
        memo.folded.clear();
        memo.chars = 0;
    }

    /** How many folded texts this thread keeps (for tests). */
    static int foldsKept() {
        return FOLDS.get().folded.size();
    }

    /** Enough for the texts of a long post; a bound on what a thread keeps within one. */
    private static final int FOLD_MEMO_TEXTS = 512;

    private static final long FOLD_MEMO_CHARS = 1L << 20;

    private static final class FoldMemo {
        final HashMap<String, String> folded = new HashMap<>();
        long chars;
    }

    private static final ThreadLocal<FoldMemo> FOLDS = ThreadLocal.withInitial(FoldMemo::new);

    /*
     * One pass over the text: each character looked up (ASCII lower-cased in place, the others in
     * the table, already lower-cased: Locale.ROOT lower-cases these characters one by one), runs
     * of whitespace made one space as they are written. A character outside the table sends the
     * whole text the long way. ScanTest compares both on every fixture and corpus text.
     */
    private static String foldUncached(String text) {
        int n = text.length();
        char[] out = new char[n + 8];
        int length = 0;
        boolean inSpaces = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (isRegexSpace(c)) {
                    if (!inSpaces) out[length++] = ' ';
                    inSpaces = true;
                    continue;
                }
                inSpaces = false;
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                continue;
            }
            String f = c < TABLE_END ? FOLD_TABLE_LOWER[c] : null;
            if (f == null) return foldByDefinition(text);
            if (length + f.length() > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + f.length()));
            }
            for (int k = 0; k < f.length(); k++) {
                char x = f.charAt(k);
                if (isRegexSpace(x)) {
                    if (!inSpaces) out[length++] = ' ';
                    inSpaces = true;
                } else {
                    inSpaces = false;
                    out[length++] = x;
                }
            }
        }
        return new String(out, 0, length).strip();
    }

    /** What {@link #fold} gives, by its definition (no table, no memo). */
    static String foldByDefinition(String text) {
        String t = text;
        // plain ASCII has no marks, curly apostrophes, odd spaces nor ligatures: NFD is a no-op
        if (!isAscii(t)) t = foldSlowly(t);
        return collapseRegexWhitespace(t.toLowerCase(Locale.ROOT)).strip();
    }

    /**
     * The definition of folding before whitespace is collapsed: canonical decomposition, marks
     * dropped, apostrophes, spaces and ligatures made plain (the caller lower-cases).
     */
    static String foldSlowly(String t) {
        t = COMBINING_MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = t.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'');
        t = t.replace('\u00a0', ' ').replace('\u202f', ' ');
        return t.replace("œ", "oe").replace("Œ", "oe");
    }

    /*
     * foldSlowly of each character of Latin-1, Latin Extended-A/B, combining marks and general
     * punctuation, computed once: on these characters the definition works character by
     * character (a decomposition is the base letter and marks, which are all dropped, so the
     * canonical reordering of marks cannot matter), so a text made only of them is folded by
     * looking each up. Any other character takes the slow path.
     */
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static final int TABLE_END = 0x2070;

    private static final String[] FOLD_TABLE_LOWER = new String[TABLE_END];

    static {
        for (char c = 0x80; c < TABLE_END; c++) {
            if ((c >= 0x250 && c < 0x300) || (c >= 0x370 && c < 0x2000)) continue;
            FOLD_TABLE_LOWER[c] = foldSlowly(String.valueOf(c)).toLowerCase(Locale.ROOT);
        }
    }

    /** Whitespace (including no-break spaces and line breaks) collapsed to single spaces. */
    public static String collapse(String text) {
        return collapseRegexWhitespace(text.replace('\u00a0', ' ').replace('\u202f', ' ')).strip();
    }

    /*
     * Words one of which each alternative of CANCELLED holds literally: its scan has the broad
     * opener "n" ("n'aura pas lieu"), so a text holding none of these skips it. Keep in step.
     */
    private static final String[] CANCELLED_WORDS = {"annul", "aura pas lieu", "cancel"};

    private static boolean containsAny(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /**
     * What {@code s.replaceAll("\\s+", " ")} returns (runs of {@code [ \t\n\x0B\f\r]} made one
     * space) without compiling a pattern per call: the heuristics fold every text they look at.
     */
    private static String collapseRegexWhitespace(String s) {
        int n = s.length();
        int i = 0;
        // untouched when every whitespace is a lone space
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || (i + 1 < n && isRegexSpace(s.charAt(i + 1))))) {
                break;
            }
        }
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                b.append(' ');
                while (i < n && isRegexSpace(s.charAt(i))) i++;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isNullWord(String s) {
        String f = s.strip().toLowerCase(Locale.ROOT);
        return f.equals("null") || f.equals("~") || f.equals("none") || f.equals("-");
    }
}
