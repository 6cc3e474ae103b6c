package dev.eventail.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.model.Admission;
import dev.eventail.model.AttendanceMode;
import dev.eventail.model.EventStatus;
import dev.eventail.model.LinkRole;
import dev.eventail.model.Place;
import dev.eventail.parser.internal.text.TextHeuristics.UrlResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextHeuristicsTest {

    @Nested
    class Places {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "77 avenue de Ségur, 75015 Paris",
                    "77 Av. de Ségur, 75015 Paris",
                    "77 Av. de Ségur 75015 Paris",
                    "77 Avenue de Ségur 75015 Paris",
                    "77 Avenue de Ségur, 75015 Paris",
                    "77, avenue de Ségur, Paris 15e",
                    "77 avenue de Ségur, Paris 15",
                    "77 avenue de Ségur, Paris 15ème",
                    "77 avenue de Ségur \n75015 Paris",
                    "77 avenue de Ségur\\n75015 Paris",
                    "77 avenue de Ségur - 75015 PARIS",
                    "77 avenue de Ségur, 75007 Paris",
                    "  77  avenue de Ségur,\u00a075015 Paris ",
                })
        void everySpellingOfSegurIsOneAddress(String written) {
            Place p = TextHeuristics.place(null, written).orElseThrow();
            assertThat(p.street()).isEqualTo("77 avenue de Ségur");
            assertThat(p.postalCode()).isEqualTo("75015");
            assertThat(p.locality()).isEqualTo("Paris");
            assertThat(p.country()).isEqualTo("FR");
        }

        @Test
        void wrongPostalCodeOfAKnownStreetIsCorrectedAndSaid() {
            var r = TextHeuristics.readPlace(null, "77 avenue de Ségur, 75007 Paris");
            assertThat(r.place().postalCode()).isEqualTo("75015");
            assertThat(r.problems()).singleElement().asString().contains("75007", "75015");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Lieu de la transformation publique",
                    "Le Lieu de la transformation publique",
                    "Le lieu de la transformation publique",
                    "Lieu de la Transformation Publique",
                    "Lieu de la Transformation Publiques",
                    "Le lieu de la DITP",
                    "Le Lieu de la transformation publique et en ligne",
                })
        void knownVenueSpellingsGiveTheVenueAndItsAddress(String venue) {
            Place p = TextHeuristics.place(venue, null).orElseThrow();
            assertThat(p.name()).isEqualTo("Lieu de la transformation publique");
            assertThat(p.street()).isEqualTo("77 avenue de Ségur");
            assertThat(p.postalCode()).isEqualTo("75015");
        }

        @Test
        void venueNameMixedWithStreetIsSplit() {
            Place p =
                    TextHeuristics.place(null, "La grande Crypte 69 rue Boissière, 75016 PARIS")
                            .orElseThrow();
            assertThat(p.name()).isEqualTo("La grande Crypte");
            assertThat(p.street()).isEqualTo("69 rue Boissière");
            assertThat(p.postalCode()).isEqualTo("75016");
            assertThat(p.locality()).isEqualTo("Paris");
        }

        @Test
        void venueAndAddressTogether() {
            Place p =
                    TextHeuristics.place(
                                    " Centre de conférences Pierre Mendes France ",
                                    "139, rue de Bercy – 75012 PARIS")
                            .orElseThrow();
            assertThat(p.name()).isEqualTo("Centre de conférences Pierre Mendes France");
            assertThat(p.street()).isEqualTo("139 rue de Bercy");
            assertThat(p.postalCode()).isEqualTo("75012");
            assertThat(p.locality()).isEqualTo("Paris");
        }

        @Test
        void localityBeforePostalCodeAndAbbreviatedBoulevard() {
            Place a = TextHeuristics.place(null, "45 rue des Saints-Pères - Paris 75006 ").get();
            assertThat(a.street()).isEqualTo("45 rue des Saints-Pères");
            assertThat(a.postalCode()).isEqualTo("75006");
            assertThat(a.locality()).isEqualTo("Paris");
            Place b = TextHeuristics.place(null, "61 Bd de la Prairie au Duc, 44200 Nantes").get();
            assertThat(b.street()).isEqualTo("61 boulevard de la Prairie au Duc");
            assertThat(b.postalCode()).isEqualTo("44200");
            assertThat(b.locality()).isEqualTo("Nantes");
        }

        @Test
        void multiLineAddressWithCommaAfterPostalCode() {
            Place p = TextHeuristics.place(null, "20 avenue de Ségur\n75007,  Paris").get();
            assertThat(p.street()).isEqualTo("20 avenue de Ségur");
            assertThat(p.postalCode()).isEqualTo("75007");
            assertThat(p.locality()).isEqualTo("Paris");
        }

        @Test
        void addressToComeIsNoPlaceButTheCityIsKept() {
            assertThat(TextHeuristics.place(null, "Adresse communiquée prochainement")).isEmpty();
            Place p = TextHeuristics.place("Lyon", "Adresse communiquée prochainement").get();
            assertThat(p.locality()).isEqualTo("Lyon");
            assertThat(p.name()).isNull();
        }

        @Test
        void onlineWordingIsNoPlace() {
            assertThat(TextHeuristics.place("En ligne ", null)).isEmpty();
            assertThat(TextHeuristics.place("Webinaire 100% en ligne", null)).isEmpty();
            assertThat(TextHeuristics.place("En ligne et en présentiel", null)).isEmpty();
            assertThat(TextHeuristics.place("null", "")).isEmpty();
        }

        @Test
        void hybridWordingKeepsTheCityAndTheAddress() {
            Place p =
                    TextHeuristics.place(
                                    "En ligne du 1er au 14 décembre, en présentiel le 15 décembre à"
                                            + " Paris",
                                    "La grande Crypte 69 rue Boissière, 75016 PARIS")
                            .get();
            assertThat(p.name()).isEqualTo("La grande Crypte");
            assertThat(p.postalCode()).isEqualTo("75016");
        }

        @Test
        void paris15eAlone() {
            Place p = TextHeuristics.place(null, "Paris 15e").get();
            assertThat(p.postalCode()).isEqualTo("75015");
            assertThat(p.locality()).isEqualTo("Paris");
            assertThat(p.street()).isNull();
        }

        @Test
        void plainVenueName() {
            Place p = TextHeuristics.place("La Grande Halle de La Villette", null).get();
            assertThat(p.name()).isEqualTo("La Grande Halle de La Villette");
            assertThat(p.hasAddress()).isFalse();
        }

        @Test
        void placeInFreeText() {
            Place a = TextHeuristics.placeInText("* 77 Av. de Ségur 75015 Paris ").get();
            assertThat(a.street()).isEqualTo("77 avenue de Ségur");
            assertThat(a.postalCode()).isEqualTo("75015");
            Place b =
                    TextHeuristics.placeInText(
                                    "Entrée libre gratuite / Accessible aux personnes à mobilité"
                                            + " réduite au Lieu de la transformation publique")
                            .get();
            assertThat(b.name()).isEqualTo("Lieu de la transformation publique");
            Place c =
                    TextHeuristics.placeInText(
                                    "Entrée libre au Lieu de la transformation publique | 77 Av."
                                            + " de Ségur 75015 Paris ")
                            .get();
            assertThat(c.street()).isEqualTo("77 avenue de Ségur");
            assertThat(c.postalCode()).isEqualTo("75015");
            assertThat(TextHeuristics.placeInText("Rendez-vous le 3 mars à 14h")).isEmpty();
            Place d =
                    TextHeuristics.placeInText(
                                    "Paris Expo\n2 Place de la Porte Maillot  \n75017 Paris")
                            .get();
            assertThat(d.street()).isEqualTo("2 place de la Porte Maillot");
            assertThat(d.postalCode()).isEqualTo("75017");
            assertThat(
                            TextHeuristics.placeInText("notre événement du 11 avril, à Paris (7e).")
                                    .get()
                                    .postalCode())
                    .isEqualTo("75007");
            assertThat(
                            TextHeuristics.placeInText(
                                            "en présentiel dans le 7e arrondissement de Paris")
                                    .get()
                                    .postalCode())
                    .isEqualTo("75007");
            assertThat(TextHeuristics.placeInText("les Jeux de Paris 2024")).isEmpty();
            assertThat(
                            TextHeuristics.cityInTitle(
                                            "Assises 25 et 26 avril 2018 - Paris Coconstruire")
                                    .get()
                                    .locality())
                    .isEqualTo("Paris");
            assertThat(TextHeuristics.cityInTitle("Le hackathon du Forum de Paris sur la Paix"))
                    .isEmpty();
        }
    }

    @Nested
    class Modes {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "En ligne ",
                    "Webinaire de l’Etat",
                    "Evénement 100% en ligne sous forme de webinaire",
                    "En visio sur la chaîne YouTube de DesignGouv",
                    "sur livestorm",
                    "Forum virtuel",
                    "en visioconférence"
                })
        void online(String text) {
            assertThat(TextHeuristics.attendanceMode(text)).isEqualTo(AttendanceMode.ONLINE);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "En ligne et en présentiel",
                    "En présentiel et en ligne",
                    "Le Lieu de la transformation publique et en ligne",
                    "En ligne du 1er au 14 décembre, en présentiel le 15 décembre à Paris",
                    "format hybride"
                })
        void mixed(String text) {
            assertThat(TextHeuristics.attendanceMode(text)).isEqualTo(AttendanceMode.MIXED);
        }

        @Test
        void inPersonAndUnknown() {
            assertThat(TextHeuristics.attendanceMode("Lieu de la transformation publique"))
                    .isEqualTo(AttendanceMode.OFFLINE);
            assertThat(TextHeuristics.attendanceMode("77 avenue de Ségur, 75015 Paris"))
                    .isEqualTo(AttendanceMode.OFFLINE);
            assertThat(TextHeuristics.attendanceMode("La Grande Crypte"))
                    .isEqualTo(AttendanceMode.UNKNOWN);
        }

        @Test
        void zoomAsAWordIsNoVideoCall() {
            assertThat(TextHeuristics.attendanceMode("Zoom sur le programme de la journée"))
                    .isEqualTo(AttendanceMode.UNKNOWN);
            assertThat(TextHeuristics.attendanceMode("Réunion sur Zoom"))
                    .isEqualTo(AttendanceMode.ONLINE);
        }

        @Test
        void registeringOnlineIsNotAttendingOnline() {
            assertThat(TextHeuristics.attendanceMode("Inscriptions en ligne du 9/11 au 30/11"))
                    .isEqualTo(AttendanceMode.UNKNOWN);
        }
    }

    @Test
    void admissionOnlyWhenStated() {
        assertThat(TextHeuristics.admission("Entrée libre gratuite")).isEqualTo(Admission.FREE);
        assertThat(TextHeuristics.admission("Inscription obligatoire (gratuit)"))
                .isEqualTo(Admission.FREE);
        assertThat(TextHeuristics.admission("Entrée libre")).isEqualTo(Admission.FREE);
        assertThat(TextHeuristics.admission("entièrement gratuit")).isEqualTo(Admission.FREE);
        assertThat(
                        TextHeuristics.admission(
                                "code promo **DINUM20** … 20% de remise sur le tarif général HT"))
                .isEqualTo(Admission.PAID);
        assertThat(TextHeuristics.admission("Tarif : 50 €")).isEqualTo(Admission.PAID);
        assertThat(
                        TextHeuristics.admission(
                                "la tarification sociale des transports, la cantine à 1 euro"))
                .isEqualTo(Admission.UNKNOWN);
        assertThat(TextHeuristics.admission("Participation aux frais : 15 euros"))
                .isEqualTo(Admission.PAID);
        assertThat(TextHeuristics.admission("Inscription obligatoire"))
                .isEqualTo(Admission.UNKNOWN);
    }

    @Test
    void accessibilityNotesAsWritten() {
        assertThat(
                        TextHeuristics.accessibility(
                                "Entrée libre gratuite / Accessible aux personnes à mobilité"
                                        + " réduite au Lieu de la transformation publique "))
                .containsExactly(
                        "Accessible aux personnes à mobilité réduite au Lieu de la"
                                + " transformation publique");
        assertThat(TextHeuristics.accessibility("Conférence avec transcription par vélotypie."))
                .containsExactly("Conférence avec transcription par vélotypie");
        assertThat(TextHeuristics.accessibility("Un atelier sur l'accessibilité numérique"))
                .isEmpty();
        assertThat(
                        TextHeuristics.accessibility(
                                "Créer des documents PDF accessibles aux personnes handicapées"))
                .isEmpty();
    }

    @Test
    void statusWhenTheTextSaysSo() {
        assertThat(TextHeuristics.status("ÉVÉNEMENT ANNULÉ")).isEqualTo(EventStatus.CANCELLED);
        assertThat(TextHeuristics.status("L'atelier est reporté à une date ultérieure"))
                .isEqualTo(EventStatus.POSTPONED);
        assertThat(TextHeuristics.status("L'événement se tiendra finalement en ligne"))
                .isEqualTo(EventStatus.MOVED_ONLINE);
        assertThat(TextHeuristics.status("L'événement se tiendra exclusivement en ligne"))
                .isEqualTo(EventStatus.SCHEDULED);
        assertThat(TextHeuristics.status("Un reportage sur l'atelier"))
                .isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void linkRoles() {
        assertThat(TextHeuristics.linkRole("Plus d'informations et inscriptions", "https://x.fr"))
                .contains(LinkRole.REGISTRATION);
        assertThat(TextHeuristics.linkRole("S’inscrire", "https://x.fr"))
                .contains(LinkRole.REGISTRATION);
        assertThat(TextHeuristics.linkRole("Programme complet", "https://x.fr"))
                .contains(LinkRole.PROGRAMME);
        assertThat(
                        TextHeuristics.linkRole(
                                "Connectez-vous ici le 17/02 à 13h45",
                                "https://webinaire.numerique.gouv.fr/meeting/signin/1"))
                .contains(LinkRole.ONLINE);
        assertThat(TextHeuristics.linkRole("ici", "https://www.eventbrite.fr/e/billets-x-1"))
                .contains(LinkRole.REGISTRATION);
        assertThat(TextHeuristics.linkRole("écrivez-nous", "mailto:a@b.fr"))
                .contains(LinkRole.CONTACT);
        assertThat(TextHeuristics.linkRole("le rapport", "https://x.fr/rapport.pdf")).isEmpty();
        assertThat(TextHeuristics.linkRole("son sixième appel à candidatures", "https://x.fr/"))
                .isEmpty();
        assertThat(
                        TextHeuristics.linkRole(
                                "Plus d'informations sur le programme EIG", "https://eig.fr/"))
                .contains(LinkRole.INFORMATION);
    }

    @Nested
    class Urls {

        @Test
        void goodUrlIsKeptAsWritten() {
            UrlResult r = TextHeuristics.url("https://www.eventbrite.fr/e/billets-x-1?aff=a&b=c");
            assertThat(r.url()).isEqualTo("https://www.eventbrite.fr/e/billets-x-1?aff=a&b=c");
            assertThat(r.problem()).isNull();
            assertThat(r.email()).isFalse();
        }

        @Test
        void trailingSpacesAreTrimmedSilently() {
            UrlResult r = TextHeuristics.url("https://aap-eig4.eventbrite.fr/ ");
            assertThat(r.url()).isEqualTo("https://aap-eig4.eventbrite.fr/");
            assertThat(r.problem()).isNull();
        }

        @Test
        void emailBecomesMailtoContact() {
            UrlResult r = TextHeuristics.url("contact@demarches-simplifiees.fr");
            assertThat(r.url()).isEqualTo("mailto:contact@demarches-simplifiees.fr");
            assertThat(r.email()).isTrue();
            assertThat(r.problem()).contains("e-mail");
        }

        @Test
        void httpMailtoBecomesMailto() {
            UrlResult r = TextHeuristics.url("http://mailto:piaf@data.gouv.fr");
            assertThat(r.url()).isEqualTo("mailto:piaf@data.gouv.fr");
            assertThat(r.email()).isTrue();
            assertThat(r.fixed()).isTrue();
        }

        @Test
        void bareHostGetsHttpsAndAProblem() {
            UrlResult r = TextHeuristics.url("edite-piaf-sip.eventbrite.com");
            assertThat(r.url()).isEqualTo("https://edite-piaf-sip.eventbrite.com");
            assertThat(r.fixed()).isTrue();
            assertThat(r.problem()).contains("bare host");
        }

        @Test
        void singleSlashSchemeInParenthesesIsRepaired() {
            UrlResult r = TextHeuristics.url("(https:/numerique.gouv.fr/agenda/mip/)");
            assertThat(r.url()).isEqualTo("https://numerique.gouv.fr/agenda/mip/");
            assertThat(r.fixed()).isTrue();
        }

        @Test
        void otherSchemesAreRefused() {
            assertThat(TextHeuristics.url("javascript:alert(1)").refused()).isTrue();
            assertThat(TextHeuristics.url("JavaScript:alert(1)").problem()).contains("javascript");
            assertThat(TextHeuristics.url("ftp://x.fr/a").refused()).isTrue();
            assertThat(TextHeuristics.url("data:text/html,hi").refused()).isTrue();
        }

        @Test
        void textThatIsNoUrlIsRefused() {
            assertThat(TextHeuristics.url("Cliquer pour s'inscrire").refused()).isTrue();
            assertThat(TextHeuristics.url("").refused()).isTrue();
            assertThat(TextHeuristics.url("https://www.modernisation.gou\\*\\*v.fr/x").refused())
                    .isTrue();
        }

        @Test
        void relativePathNeedsABase() {
            assertThat(TextHeuristics.url("/agenda/x/").refused()).isTrue();
            UrlResult r = TextHeuristics.url("/agenda/x/", "https://www.numerique.gouv.fr/");
            assertThat(r.url()).isEqualTo("https://www.numerique.gouv.fr/agenda/x/");
        }
    }
}
