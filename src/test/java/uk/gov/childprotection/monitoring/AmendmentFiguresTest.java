package uk.gov.childprotection.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.childprotection.calendar.WorkingDayCalendar;

/** Amendment requests received, answered and waiting, counted in working days across Christmas 2026. */
class AmendmentFiguresTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 5);

    private static AmendmentFigures.Request request(String ref, LocalDate received, LocalDate answered,
            Boolean accepted) {
        return new AmendmentFigures.Request(ref, "Child " + ref, received, answered, accepted);
    }

    @Test
    void theAnsweredOnesAreCountedInWorkingDaysAndTheWaitingOnesListedOldestFirst() {
        AmendmentFigures figures = AmendmentFigures.of(List.of(
                // Thursday 24 to Tuesday 29 December: Christmas Day (Friday 25) and the Boxing Day substitute
                // (Monday 28) are no working days, so only Tuesday 29 counts: 1 working day.
                request("A", LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29), true),
                // Monday 7 to Monday 14 December: 5 working days.
                request("B", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14), false),
                request("C", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 11), false),
                // Received before the period, answered in it: not this period's.
                request("D", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2), true),
                // Waiting since Wednesday 30 December: 31 December and 4, 5 January (New Year's Day a holiday).
                request("E", LocalDate.of(2026, 12, 30), null, null),
                // Waiting since before the period: still listed, for it still waits.
                request("F", LocalDate.of(2026, 11, 25), null, null)),
                FROM, TO, TODAY, calendar);
        assertThat(figures.received()).isEqualTo(4);
        assertThat(figures.answered()).isEqualTo(3);
        assertThat(figures.accepted()).isEqualTo(1);
        assertThat(figures.refused()).isEqualTo(2);
        // A: 1, B: 5, C: 3 working days: the median is 3.
        assertThat(figures.medianWorkingDaysToAnswer()).isEqualByComparingTo("3");
        assertThat(figures.stillWaiting()).extracting(AmendmentFigures.Waiting::caseReference)
                .containsExactly("F", "E");
        assertThat(figures.stillWaiting().get(1).workingDaysWaiting()).isEqualTo(3);
        assertThat(figures.stillWaiting().get(1).casePage()).isEqualTo("/cases/E");
    }

    @Test
    void withNoneAnsweredThereIsNoMedian() {
        AmendmentFigures figures = AmendmentFigures.of(List.of(request("A", LocalDate.of(2026, 12, 2), null, null)),
                FROM, TO, TODAY, calendar);
        assertThat(figures.received()).isEqualTo(1);
        assertThat(figures.answered()).isZero();
        assertThat(figures.medianWorkingDaysToAnswer()).isNull();
    }
}
