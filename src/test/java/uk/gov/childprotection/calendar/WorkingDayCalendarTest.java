package uk.gov.childprotection.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** England's working days across Christmas 2026, Easter 2027 and the August 2027 bank holiday. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void christmas2026HasTheBoxingDaySubstituteOnMonday28December() {
        assertThat(calendar.isBankHoliday(LocalDate.of(2026, 12, 25))).as("Christmas Day, a Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).as("Boxing Day, a Saturday").isFalse();
        assertThat(calendar.isBankHoliday(LocalDate.of(2026, 12, 28))).as("substitute day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
        // Thursday 24 December + 1 working day skips Friday, the weekend and the substitute Monday.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        // The ICPC timescale from a strategy discussion on Monday 7 December 2026.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 7), 15)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 1, 1))).as("New Year's Day").isTrue();
    }

    @Test
    void easter2027HasGoodFridayAndEasterMonday() {
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 3, 26))).as("Good Friday").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 3, 29))).as("Easter Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 30))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
        // 3 working days before a conference on Wednesday 31 March 2027: Tuesday 30, Thursday 25, Wednesday 24.
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2027, 3, 31), 3)).isEqualTo(LocalDate.of(2027, 3, 24));
    }

    @Test
    void theAugust2027BankHolidayIsTheLastMonday() {
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 8, 30))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 8, 2))).as("Scotland's, not England's").isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 8, 27), 1)).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 8, 23), LocalDate.of(2027, 9, 3))).as("10 weekdays less the bank holiday and the start day").isEqualTo(8);
    }

    @Test
    void countsBackwardsAndRollsToWorkingDays() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), -15)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 7))).isEqualTo(-15);
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void aDueDateCountedInWeeksOrMonthsThatLandsOnAHolidayComesBackToTheWorkingDayBefore() {
        // A core group every 6 weeks after one on Monday 15 February 2027 lands on Easter Monday: Good Friday is a
        // holiday too, so it is due on Thursday 25 March.
        assertThat(calendar.dueAfter(LocalDate.of(2027, 2, 15), Period.ofWeeks(6))).isEqualTo(LocalDate.of(2027, 3, 25));
        // A count that lands on a working day stays there.
        assertThat(calendar.dueAfter(LocalDate.of(2027, 1, 5), Period.ofWeeks(6))).isEqualTo(LocalDate.of(2027, 2, 16));
        // A first review 3 months after Monday 21 December 2026 lands on Sunday 21 March: Friday 19 March.
        assertThat(calendar.dueAfter(LocalDate.of(2026, 12, 21), Period.ofMonths(3))).isEqualTo(LocalDate.of(2027, 3, 19));
        // A month from 31 January 2027 is Sunday 28 February (the month's end): Friday 26 February.
        assertThat(calendar.dueAfter(LocalDate.of(2027, 1, 31), Period.ofMonths(1))).isEqualTo(LocalDate.of(2027, 2, 26));
        // 6 months after a review on Friday 26 February 2027: Thursday 26 August 2027, a working day.
        assertThat(calendar.dueAfter(LocalDate.of(2027, 2, 26), Period.ofMonths(6))).isEqualTo(LocalDate.of(2027, 8, 26));
        // 6 months after Monday 28 February 2028 is Monday 28 August 2028, the August bank holiday: Friday 25 August.
        assertThat(calendar.dueAfter(LocalDate.of(2028, 2, 28), Period.ofMonths(6))).isEqualTo(LocalDate.of(2028, 8, 25));
    }

    @Test
    void aDueDateCountedBackFromADateAlsoComesBackToTheWorkingDayBefore() {
        // A pre-birth conference 10 weeks before an expected date of Monday 7 June 2027 lands on Easter Monday.
        assertThat(calendar.dueAfter(LocalDate.of(2027, 6, 7), Period.ofWeeks(-10))).isEqualTo(LocalDate.of(2027, 3, 25));
        // 6 weeks before an 18th birthday on Sunday 7 February 2027 is Sunday 27 December 2026, then the substitute
        // Boxing Day (Monday 28) and Christmas behind it: Thursday 24 December 2026.
        assertThat(calendar.dueAfter(LocalDate.of(2027, 2, 7), Period.ofWeeks(6).negated()))
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }
}
