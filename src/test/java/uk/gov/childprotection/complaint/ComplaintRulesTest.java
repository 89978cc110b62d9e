package uk.gov.childprotection.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 28-day complaint window of seed 003, in calendar days from the conference. */
class ComplaintRulesTest {

    private static final LocalDate HELD = LocalDate.of(2026, 12, 21);

    @Test
    void theLastDayIsTwentyEightCalendarDaysAfterTheConferenceWhateverTheBankHolidays() {
        assertThat(ComplaintRules.lastDayInTime(HELD, 28)).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(ComplaintRules.lastDayInTime(LocalDate.of(2027, 2, 1), 28)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aComplaintOnTheLastDayIsInTimeAndTheDayAfterIsLate() {
        assertThat(ComplaintRules.late(LocalDate.of(2027, 1, 18), HELD, 28)).isFalse();
        assertThat(ComplaintRules.late(LocalDate.of(2027, 1, 19), HELD, 28)).isTrue();
        assertThat(ComplaintRules.late(HELD, HELD, 28)).isFalse();
    }

    @Test
    void aCouncilsOwnWindowIsHonoured() {
        assertThat(ComplaintRules.late(LocalDate.of(2027, 1, 4), HELD, 14)).isFalse();
        assertThat(ComplaintRules.late(LocalDate.of(2027, 1, 5), HELD, 14)).isTrue();
    }
}
