package dev.eventail.parser.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceNameTest {

    @Test
    void idsFromCollectionAndStem() {
        assertThat(SourceName.of("_evenements/mip-2021.markdown").eventId())
                .isEqualTo("evenements/mip-2021");
        assertThat(SourceName.of("content/articles/2021-03-21-evenement.md").eventId())
                .isEqualTo("content-articles/2021-03-21-evenement");
        assertThat(SourceName.of("000_4c64aef3ee1b2a6e.txt").eventId())
                .isEqualTo("post/000-4c64aef3ee1b2a6e");
    }

    @Test
    void guillemetsAndOddCharactersAreDroppedOrMadeDashes() {
        SourceName n =
                SourceName.of(
                        "_evenements/cafe-de-la-transfo-number-1-<<-comment-insuffler->>.markdown");
        assertThat(n.idStem()).isEqualTo("cafe-de-la-transfo-number-1-comment-insuffler");
        assertThat(SourceName.of("_posts/Été 2021 (bilan).md").idStem())
                .isEqualTo("ete-2021-bilan");
    }

    @Test
    void fileNameDateIsReadAndKeptInTheId() {
        SourceName a = SourceName.of("content/articles/2024-07-29-ateliers-de-formation.md");
        SourceName b = SourceName.of("content/articles/2025-01-23-ateliers-de-formation.md");
        assertThat(a.fileDate()).isEqualTo(LocalDate.of(2024, 7, 29));
        assertThat(a.titlePart()).isEqualTo("ateliers-de-formation");
        assertThat(a.eventId()).isNotEqualTo(b.eventId());
        assertThat(SourceName.of("_posts/2021-13-45-x.md").fileDate()).isNull();
    }

    @Test
    void jekyllSlugs() {
        assertThat(SourceName.jekyllPrettySlug("appel-a-projets-<<-cas->>-suite"))
                .isEqualTo("appel-a-projets-cas-suite");
        assertThat(SourceName.jekyllDefaultSlug("Été 2021!")).isEqualTo("été-2021");
    }

    @Test
    void timestampsAsWritten() {
        Timestamp t = Timestamp.parse("2021-11-02 00:00:00 +01:00");
        assertThat(t.date()).isEqualTo(LocalDate.of(2021, 11, 2));
        assertThat(t.isMidnight()).isTrue();
        assertThat(t.offset().getTotalSeconds()).isEqualTo(3600);
        assertThat(Timestamp.parse("2016-03-22 00:00:00 Z").offset().getTotalSeconds()).isZero();
        assertThat(Timestamp.parse("0007-08-31 23:09:21 +00:09").date().getYear()).isEqualTo(7);
        assertThat(Timestamp.parse("2025-12-11").time()).isNull();
        assertThat(Timestamp.parse("2021-11-02T14:00:00+01:00").time().getHour()).isEqualTo(14);
        assertThat(Timestamp.parse("2 novembre 2021")).isNull();
        assertThat(Timestamp.parse("2021-02-30 10:00:00 +01:00")).isNull();
    }
}
