package uk.gov.childprotection.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.childprotection.cases.ClosureReason.Episode;

/** The census reason a "no further action" closes an episode with (DfE CIN census, validation rule 2990). */
class ClosureReasonTest {

    @Test
    void noFurtherActionAfterTheStrategyDiscussionAloneIsClosedAfterAssessment() {
        assertThat(ClosureReason.forNoFurtherAction(new Episode(false, false, false, false)))
                .isEqualTo(ClosureReason.RC8);
    }

    @Test
    void noFurtherActionAfterASection47EnquiryIsNotRc8() {
        assertThat(ClosureReason.forNoFurtherAction(new Episode(true, false, false, false)))
                .isEqualTo(ClosureReason.RC7);
    }

    @Test
    void noFurtherActionDecidedAtAnInitialOrTransferInConferenceIsNotRc8() {
        assertThat(ClosureReason.forNoFurtherAction(new Episode(true, true, false, false)))
                .isEqualTo(ClosureReason.RC7);
        assertThat(ClosureReason.forNoFurtherAction(new Episode(false, true, false, false)))
                .as("a transfer-in conference, with no enquiry here").isEqualTo(ClosureReason.RC7);
    }

    @Test
    void noFurtherActionAfterAPlanIsNotRc8() {
        assertThat(ClosureReason.forNoFurtherAction(new Episode(false, false, true, false)))
                .as("a Child in Need plan").isEqualTo(ClosureReason.RC7);
        assertThat(ClosureReason.forNoFurtherAction(new Episode(true, true, false, true)))
                .as("a Child Protection Plan").isEqualTo(ClosureReason.RC7);
    }

    @Test
    void rc8AndRc9AreNeverGivenToAnEpisodeWithASection47OrAnIcpc() {
        for (boolean s47 : new boolean[] {false, true}) {
            for (boolean icpc : new boolean[] {false, true}) {
                for (boolean cin : new boolean[] {false, true}) {
                    for (boolean cpp : new boolean[] {false, true}) {
                        ClosureReason reason = ClosureReason.forNoFurtherAction(new Episode(s47, icpc, cin, cpp));
                        if (s47 || icpc || cin || cpp) {
                            assertThat(reason).isNotIn(ClosureReason.RC8, ClosureReason.RC9);
                        }
                    }
                }
            }
        }
    }
}
