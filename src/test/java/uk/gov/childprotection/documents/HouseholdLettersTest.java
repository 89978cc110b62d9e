package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a letter names the children of a household. */
class HouseholdLettersTest {

    @Test
    void namesAreJoinedAsPeopleWriteThem() {
        assertThat(HouseholdLetters.inWords(List.of())).isEmpty();
        assertThat(HouseholdLetters.inWords(List.of("Ava"))).isEqualTo("Ava");
        assertThat(HouseholdLetters.inWords(List.of("Ava", "Ben"))).isEqualTo("Ava and Ben");
        assertThat(HouseholdLetters.inWords(List.of("Ava", "Ben", "Cal"))).isEqualTo("Ava, Ben and Cal");
    }
}
