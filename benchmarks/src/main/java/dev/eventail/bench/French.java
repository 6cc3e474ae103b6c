package dev.eventail.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

/**
 * French words, phrases and date wordings the synthetic posts are assembled from. Written for the
 * benchmark in the manner of the real agendas (venues, hosts, labels people type), not taken from
 * them.
 */
final class French {

    private French() {}

    static final List<String> MONTHS =
            List.of(
                    "janvier",
                    "février",
                    "mars",
                    "avril",
                    "mai",
                    "juin",
                    "juillet",
                    "août",
                    "septembre",
                    "octobre",
                    "novembre",
                    "décembre");

    static final List<String> WEEKDAYS =
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    static final List<String> THEMES =
            List.of(
                    "la donnée au service des usagers",
                    "l’accessibilité numérique des démarches",
                    "l’écoconception des services publics",
                    "les API de l’État",
                    "l’intelligence artificielle dans l’administration",
                    "la recherche utilisateur",
                    "le logiciel libre dans les ministères",
                    "la simplification du langage administratif",
                    "les communs numériques",
                    "la cybersécurité des collectivités",
                    "l’inclusion numérique",
                    "le design des services publics",
                    "la gouvernance des données",
                    "l’open data territorial",
                    "l’hébergement souverain",
                    "les outils collaboratifs des agents",
                    "la dématérialisation choisie",
                    "les démarches en ligne essentielles");

    static final List<String> EVENT_TYPES =
            List.of(
                    "Webinaire d’information",
                    "Atelier",
                    "Rencontre",
                    "Journée d’échanges",
                    "Table ronde",
                    "Formation",
                    "Hackathon",
                    "Café de la transfo",
                    "Meetup");

    static final List<String> CATEGORIES =
            List.of(
                    "Évènement",
                    "Événement",
                    "Evénement",
                    "Mois de l'innovation publique",
                    "Semaine de l'innovation publique",
                    "Webinaire",
                    "Webinaire d'information",
                    "Réunion d'information",
                    "Atelier",
                    "Rencontre",
                    "Meetup",
                    "Formation",
                    "Forum emploi",
                    "Hackathon");

    static final List<String> TAGS =
            List.of(
                    "innovation publique",
                    "API",
                    "Partage de données",
                    "Emploi",
                    "RH",
                    "Tech",
                    "UX design",
                    "accessibilité",
                    "Logiciel libre",
                    "Données",
                    "IA",
                    "Design",
                    "Écoconception",
                    "Entrepreneur d'Intérêt Général");

    static final List<String> SESSION_TAGS =
            List.of(
                    "Atelier",
                    "Webinaire",
                    "Table ronde",
                    "Conférence",
                    "Meetup",
                    "Serious Games",
                    "Restitutions",
                    "Démo",
                    "Retex",
                    "Formation",
                    "Quiz",
                    "Appel à idées",
                    "Conférence et Ateliers");

    static final List<String> SECOND_TAGS =
            List.of(
                    "beta.gouv.fr",
                    "EIG",
                    "Etalab",
                    "API",
                    "Accessibilité",
                    "Données",
                    "Design",
                    "Intelligence artificielle",
                    "Services aux citoyens",
                    "Baromètre numérique de l’agent");

    static final List<String> SESSION_TITLE_FORMS =
            List.of(
                    "Comment faire progresser %s ?",
                    "Découvrez cinq projets pour repenser %s",
                    "Retours d’expérience sur %s",
                    "Des ateliers pour comprendre %s",
                    "Qui veut gagner le quiz sur %s ?",
                    "Tout savoir sur %s en une heure",
                    "Construire ensemble %s : méthodes et outils",
                    "%s, un an après");

    static final List<String> SUBJECTS =
            List.of(
                    "La direction interministérielle du numérique (DINUM)",
                    "L’équipe Design des services numériques",
                    "Le pôle des produits numériques partagés",
                    "Notre département Etalab",
                    "Le programme beta.gouv.fr",
                    "L’incubateur de services numériques",
                    "Le réseau des référents accessibilité",
                    "La mission logiciels libres");

    static final List<String> VERBS =
            List.of(
                    "vous invite à découvrir",
                    "organise une rencontre autour de",
                    "propose une série d’ateliers sur",
                    "présente aux agents publics ses travaux sur",
                    "partage ses méthodes pour aborder",
                    "réunit praticiens et décideurs autour de");

    static final List<String> TAILS =
            List.of(
                    "Les échanges se poursuivront autour d’un verre, et plus si affinités.",
                    "Chaque intervention dure une quinzaine de minutes, suivie de questions.",
                    "Venez avec vos projets, vos questions et vos idées !",
                    "Les places sont limitées, pensez à vous inscrire rapidement.",
                    "La séance sera enregistrée et mise en ligne quelques jours plus tard.",
                    "Aucune connaissance technique préalable n’est nécessaire.",
                    "Les supports de présentation seront partagés après l’événement.",
                    "Un temps de réseautage est prévu à l’issue des présentations.",
                    "Dans la limite des places disponibles ; une pièce d'identité vous sera demandée.");

    static final List<String> AUDIENCES =
            List.of(
                    "aux agents publics",
                    "aux designers et développeurs",
                    "aux collectivités territoriales",
                    "aux porteurs de projets",
                    "aux étudiants et jeunes diplômés",
                    "à toutes et à tous");

    static final List<String> SLOT_TEXTS =
            List.of(
                    "Accueil des participants",
                    "Introduction de la journée",
                    "Présentation du programme et ouverture de l'atelier",
                    "Table ronde : regards croisés",
                    "Pause déjeuner",
                    "Intervention du directeur interministériel du numérique",
                    "Ateliers en petits groupes",
                    "Restitution des travaux",
                    "Démonstrations des produits",
                    "Goûter et échanges informels",
                    "Conclusion et perspectives",
                    "Questions de la salle");

    /** A venue, how a sentence names it ("au Lieu de …"), and the spellings people give it. */
    record Venue(String at, List<String> names, List<String> addresses) {}

    static final List<Venue> VENUES =
            List.of(
                    new Venue(
                            "au Lieu de la transformation publique",
                            List.of(
                                    "Lieu de la transformation publique",
                                    "Le lieu de la transformation publique",
                                    "Lieu de la Transformation Publiques",
                                    "Le lieu de la DITP"),
                            List.of(
                                    "77 avenue de Ségur, 75015 Paris",
                                    "77 Av. de Ségur 75015 Paris",
                                    "77, avenue de Ségur, Paris 15e",
                                    "77 avenue de Ségur \n75015 Paris",
                                    "77 av. de Ségur Paris 15e",
                                    "77 avenue de Ségur, 75007 Paris")),
                    new Venue(
                            "à La Grande Crypte",
                            List.of("La Grande Crypte", "Grande Crypte"),
                            List.of(
                                    "69 rue Boissière, 75016 PARIS",
                                    "69, rue Boissière 75016 Paris")),
                    new Venue(
                            "au Ti Lab",
                            List.of("Ti Lab", "le Ti Lab"),
                            List.of("5 rue Martenot 35000 Rennes", "5, rue Martenot, Rennes")),
                    new Venue(
                            "à l’Espace Beaulieu",
                            List.of("Espace Beaulieu"),
                            List.of(
                                    "9 bd Vincent Gache - 44200 Nantes",
                                    "9 boulevard Vincent Gache, 44200 Nantes")),
                    new Venue(
                            "à l’Hôtel de Région",
                            List.of("Hôtel de Région", "l’Hôtel de Région"),
                            List.of("1 esplanade François Mitterrand, 69002 Lyon")),
                    new Venue(
                            "au Centre de conférences Pierre Mendès France",
                            List.of("Centre de conférences Pierre Mendès France"),
                            List.of(
                                    "139 rue de Bercy, 75012 Paris",
                                    "139, rue de Bercy Paris 12e")));

    static final List<String> ONLINE =
            List.of(
                    "En ligne",
                    "En ligne ",
                    "Webinaire 100% en ligne",
                    "En visio sur la chaîne YouTube de DesignGouv",
                    "En ligne, sur Livestorm",
                    "Visioconférence");

    static final List<String> MIXED =
            List.of(
                    "En ligne et en présentiel",
                    "En présentiel et en ligne",
                    "En ligne et au Lieu de la transformation publique");

    static final List<String> REGISTRATION_LABELS =
            List.of(
                    "Plus d'informations et inscriptions",
                    "Plus d’informations et inscriptions",
                    "S'inscrire",
                    "Inscriptions",
                    "Programme et inscriptions",
                    "Inscriptions obligatoires");

    static final List<String> ADMISSION =
            List.of(
                    "Entrée libre gratuite",
                    "Entrée gratuite sur inscription",
                    "Gratuit, sur inscription",
                    "Inscription obligatoire et gratuite",
                    "Entrée libre dans la limite des places disponibles");

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String weekday(LocalDate date) {
        return WEEKDAYS.get(date.getDayOfWeek().getValue() - 1);
    }

    /** A weekday that is not the date's: the mistake people make when copying a line. */
    static String wrongWeekday(LocalDate date) {
        DayOfWeek other = date.getDayOfWeek().plus(2);
        return WEEKDAYS.get(other.getValue() - 1);
    }

    static String month(LocalDate date) {
        return MONTHS.get(date.getMonthValue() - 1);
    }

    /** "1er" for the first of the month, else the day number. */
    static String dayOfMonth(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
    }

    /** "03/11". */
    static String dayMonth(LocalDate date) {
        return two(date.getDayOfMonth()) + "/" + two(date.getMonthValue());
    }

    /** "14h", "9h30". */
    static String hour(LocalTime time) {
        return time.getMinute() == 0
                ? time.getHour() + "h"
                : time.getHour() + "h" + two(time.getMinute());
    }

    /** "18h00", the design site's programme headings. */
    static String hourPadded(LocalTime time) {
        return time.getHour() + "h" + two(time.getMinute());
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "la donnée au service des usagers" → "la-donnee-au-service-des-usagers". */
    static String slug(String text) {
        String folded =
                java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') end--;
        return out.substring(0, end);
    }
}
