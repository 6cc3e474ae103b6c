package dev.eventail.cli.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void answersAsASetOfStringsWould() {
        IdSet ids = new IdSet();
        Set<String> reference = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            // ids shaped like the real ones, with many repeats and near-misses
            String id =
                    "evenements/atelier-"
                            + random.nextInt(150_000)
                            + (random.nextBoolean() ? "" : "/s" + random.nextInt(3));
            assertThat(ids.add(id)).as(id).isEqualTo(reference.add(id));
        }
        assertThat(ids.size()).isEqualTo(reference.size());
    }

    @Test
    void tellsApartIdsThatDifferByOneCharacterOrTheirOrder() {
        IdSet ids = new IdSet();
        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("")).isFalse();
        assertThat(ids.add("ab")).isTrue();
        assertThat(ids.add("ba")).isTrue();
        assertThat(ids.add("a\u0000")).isTrue();
        assertThat(ids.add("a")).isTrue();
        assertThat(ids.add("evenements/x/s1")).isTrue();
        assertThat(ids.add("evenements/x/s1")).isFalse();
        assertThat(ids.size()).isEqualTo(6);
    }
}
