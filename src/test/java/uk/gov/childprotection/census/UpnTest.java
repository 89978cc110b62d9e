package uk.gov.childprotection.census;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unique pupil number's shape and check letter, as the DfE defines them. */
class UpnTest {

    @Test
    void aNumberWhoseCheckLetterMatchesIsAccepted() {
        // 1x2 + 2x3 + ... + 2x13 = 368 = 16 x 23, remainder 0: A.
        assertThat(Upn.checkLetter("A123456789012")).isEqualTo('A');
        assertThat(Upn.problem("A123456789012")).isNull();
        assertThat(Upn.problem(" a123456789012 ")).as("typed in lower case, with spaces").isNull();
    }

    @Test
    void aTemporaryNumberEndingInALetterCountsTheLetterFromTheSameAlphabet() {
        // ... + 1x12 + A(0)x13 = 342, remainder 20: X.
        assertThat(Upn.checkLetter("X12345678901A")).isEqualTo('X');
        assertThat(Upn.problem("X12345678901A")).isNull();
    }

    @Test
    void aWrongCheckLetterIsRefusedInWords() {
        assertThat(Upn.problem("B123456789012")).startsWith("The unique pupil number is not one: its first letter");
    }

    @Test
    void aWrongShapeIsRefusedWithAnExample() {
        for (String typed : new String[] {"A12345678901", "A1234567890123", "1123456789012", "A12345678901-2"}) {
            assertThat(Upn.problem(typed)).as(typed).startsWith("The unique pupil number must be 13 characters");
        }
    }

    @Test
    void aThirteenthLetterOutsideTheDfeAlphabetIsRefused() {
        assertThat(Upn.checkLetter("A12345678901I")).as("I is not one of the 23 letters").isNull();
        assertThat(Upn.problem("A12345678901I")).startsWith("The unique pupil number is not one");
    }
}
