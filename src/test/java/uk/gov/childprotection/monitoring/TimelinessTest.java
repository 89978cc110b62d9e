package uk.gov.childprotection.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.DeadlineKind;

/**
 * The timescale measures on a prepared set of deadlines with known answers, across Christmas 2026 (Christmas Day
 * on the Friday, the Boxing Day substitute on Monday 28 December, New Year's Day on the Friday after).
 */
class TimelinessTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();
    private final Timeliness timeliness = new Timeliness(calendar);
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2027, 1, 31);
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 20);

    private static Timeliness.Fact icpc(String ref, String worker, LocalDate due, LocalDate met, String reason) {
        return new Timeliness.Fact(ref, "Child " + ref, "Terry's team", worker, DeadlineKind.ICPC_HELD, due, met,
                null, reason);
    }

    /** Strategy discussions on Friday 18 December and Monday 7 December 2026, 15 working days each. */
    private static final LocalDate DUE_ACROSS_CHRISTMAS = LocalDate.of(2027, 1, 13);
    private static final LocalDate DUE_BEFORE_CHRISTMAS = LocalDate.of(2026, 12, 30);

    private final List<Timeliness.Fact> facts = List.of(
            icpc("A", "Sam", DUE_ACROSS_CHRISTMAS, LocalDate.of(2027, 1, 13), null),
            icpc("B", "Sam", DUE_ACROSS_CHRISTMAS, LocalDate.of(2027, 1, 14), "The mother was in hospital."),
            icpc("C", "Kim", DUE_BEFORE_CHRISTMAS, LocalDate.of(2026, 12, 24), null),
            // Met before the period: not this period's.
            icpc("D", "Kim", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), null),
            // Due in the period, never met, overdue today.
            icpc("E", "Kim", LocalDate.of(2027, 1, 15), null, null),
            // Closed unmet (the case ended): no measure.
            new Timeliness.Fact("F", "Child F", "Terry's team", "Kim", DeadlineKind.ICPC_HELD,
                    LocalDate.of(2027, 1, 8), null, LocalDate.of(2027, 1, 4), null),
            new Timeliness.Fact("G", "Child G", null, null, DeadlineKind.FIRST_CORE_GROUP,
                    LocalDate.of(2027, 1, 27), null, null, null));

    @Test
    void theDueDatesOfThePreparedSetAreFifteenWorkingDaysFromTheirStrategyDiscussions() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 18), 15)).isEqualTo(DUE_ACROSS_CHRISTMAS);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 7), 15)).isEqualTo(DUE_BEFORE_CHRISTMAS);
    }

    @Test
    void initialConferencesMetInThePeriodAreMeasuredAndTheLateOneCarriesItsReason() {
        Timeliness.Measure icpc = timeliness.measure(DeadlineKind.ICPC_HELD, facts, FROM, TO, TODAY);
        assertThat(icpc.met()).isEqualTo(3);
        assertThat(icpc.onTime()).isEqualTo(2);
        assertThat(icpc.late()).isEqualTo(1);
        assertThat(icpc.percentOnTime()).isEqualByComparingTo("66.7");
        assertThat(icpc.outstandingOverdue()).as("E, never held, overdue").isEqualTo(1);
        assertThat(icpc.lateOnes()).singleElement().satisfies(late -> {
            assertThat(late.caseReference()).isEqualTo("B");
            assertThat(late.workingDaysLate()).isEqualTo(1);
            assertThat(late.delayReason()).isEqualTo("The mother was in hospital.");
        });
    }

    @Test
    void theMedianCountsWorkingDaysFromTheStrategyDiscussionSkippingTheBankHolidays() {
        // A: 15, B: 16 (18 December to 14 January), C: 13 (7 to 24 December).
        assertThat(timeliness.medianWorkingDaysToInitialConference(facts, FROM, TO, 15)).isEqualByComparingTo("15");
        assertThat(timeliness.medianWorkingDaysToInitialConference(facts.subList(0, 2), FROM, TO, 15))
                .isEqualByComparingTo("15.5");
        assertThat(timeliness.medianWorkingDaysToInitialConference(List.of(), FROM, TO, 15)).isNull();
    }

    @Test
    void figuresByWorkerAndByMonth() {
        assertThat(timeliness.byGroup(DeadlineKind.ICPC_HELD, facts, FROM, TO, Timeliness.Fact::worker))
                .containsExactly(new Timeliness.GroupFigure("Kim", 1, 1, new BigDecimal("100.0")),
                        new Timeliness.GroupFigure("Sam", 2, 1, new BigDecimal("50.0")));
        assertThat(timeliness.initialConferencesByMonth(facts, FROM, TO)).containsExactly(
                new Timeliness.Month(YearMonth.of(2026, 12), 1, 1, new BigDecimal("100.0")),
                new Timeliness.Month(YearMonth.of(2027, 1), 2, 1, new BigDecimal("50.0")));
    }

    @Test
    void overdueNowAndDueInTheNextFiveWorkingDaysEachLinkToTheCase() {
        assertThat(timeliness.overdue(facts, TODAY)).singleElement().satisfies(due -> {
            assertThat(due.caseReference()).isEqualTo("E");
            assertThat(due.workingDaysOverdue()).as("Friday 15 to Wednesday 20 January").isEqualTo(3);
            assertThat(due.casePage()).isEqualTo("/cases/E");
        });
        // Wednesday 20 January + 5 working days is Wednesday 27 January: G is due that day.
        assertThat(timeliness.dueWithin(facts, TODAY, 5)).extracting(Timeliness.Due::caseReference)
                .containsExactly("G");
        assertThat(timeliness.dueWithin(facts, TODAY, 4)).isEmpty();
    }

    @Test
    void noneOfNoneIsNoPercentage() {
        assertThat(Timeliness.percent(0, 0)).isNull();
        assertThat(Timeliness.percent(1, 3)).isEqualByComparingTo("33.3");
    }
}
