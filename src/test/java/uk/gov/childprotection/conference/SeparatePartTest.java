package uk.gov.childprotection.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.family.Relationship;

/** The rules for parents invited to attend separately (seed 003: "parents may be invited to attend separately"). */
class SeparatePartTest {

    private static ParentInvitation parent(String name, String from, String to) {
        SeparatePart part = from == null ? null : new SeparatePart(LocalTime.parse(from), LocalTime.parse(to));
        return new ParentInvitation(name, Relationship.MOTHER, true, null, null, false, false, false, false, null,
                part);
    }

    private static Problems check(String conferenceTime, ParentInvitation... parents) {
        Problems problems = new Problems();
        SeparatePart.check(conferenceTime, List.of(parents), problems);
        return problems;
    }

    @Test
    void parentsWhoComeTogetherNeedNoParts() {
        assertThat(check("10:00", parent("Alex", null, null), parent("Sam", null, null)).isEmpty()).isTrue();
    }

    @Test
    void partsOneAfterTheOtherAreAccepted() {
        assertThat(check("10:00", parent("Alex", "10:00", "11:00"), parent("Sam", "11:00", "12:00")).isEmpty())
                .isTrue();
    }

    @Test
    void onceOneParentHasAPartEveryParentNeedsOne() {
        assertThat(check("10:00", parent("Alex", "10:00", "11:00"), parent("Sam", null, null)).fieldErrors())
                .containsEntry("parents", "when parents attend separately, every parent or carer invited needs "
                        + "their own part of the conference: give a part to Sam");
    }

    @Test
    void overlappingPartsAreRefusedNamingBoth() {
        assertThat(check("10:00", parent("Alex", "10:00", "11:00"), parent("Sam", "10:30", "11:30")).fieldErrors())
                .containsEntry("parents", "Alex's part (10:00 to 11:00) overlaps Sam's (10:30 to 11:30): parents "
                        + "who attend separately need parts that do not overlap");
    }

    @Test
    void theSamePartIsParentsInvitedToComeTogether() {
        assertThat(check("10:00", parent("Alex", "10:00", "11:00"), parent("Nan", "10:00", "11:00"),
                parent("Sam", "11:15", "12:00")).isEmpty()).isTrue();
    }

    @Test
    void noPartStartsBeforeTheConference() {
        assertThat(check("10:00", parent("Alex", "09:30", "10:30"), parent("Sam", "10:45", "11:30")).fieldErrors())
                .containsEntry("parents", "Alex's part starts at 09:30, before the conference starts at 10:00");
    }

    @Test
    void theLetterSaysThePartInWords() {
        assertThat(new SeparatePart(LocalTime.of(9, 5), LocalTime.of(10, 0)).inWords()).isEqualTo("09:05 to 10:00");
    }

    @Test
    void aRearrangedStartMovesEachPartWithIt() {
        SeparatePart part = new SeparatePart(LocalTime.parse("10:30"), LocalTime.parse("11:30"));
        assertThat(part.movedBy(SeparatePart.between("10:00", "14:00"))).isEqualTo(
                new SeparatePart(LocalTime.parse("14:30"), LocalTime.parse("15:30")));
        assertThat(part.movedBy(SeparatePart.between("10:00", "09:00")).inWords()).isEqualTo("09:30 to 10:30");
        assertThat(part.movedBy(SeparatePart.between("10:00", "23:00"))).as("past midnight").isNull();
        assertThat(SeparatePart.between("ten", "14:00")).isZero();
    }
}
