package uk.gov.childprotection.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Children on a plan now, plans of two years or more, second plans and endings, on plans with known answers. */
class PlanFiguresTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void countsAsTheCensusDoes() {
        List<PlanFigures.Plan> plans = List.of(
                new PlanFigures.Plan(d(2024, 4, 1), d(2026, 4, 1), "NEGLECT", 0, "REVIEW_STEP_DOWN"),
                new PlanFigures.Plan(d(2024, 4, 2), d(2026, 4, 1), "NEGLECT", 0, "REVIEW_STEP_DOWN"),
                new PlanFigures.Plan(d(2025, 6, 1), null, "EMOTIONAL_ABUSE", 1, null),
                new PlanFigures.Plan(d(2025, 9, 1), null, "NEGLECT", 0, null),
                new PlanFigures.Plan(d(2026, 5, 1), d(2026, 9, 1), "PHYSICAL_ABUSE", 2, "TRANSFERRED"));
        PlanFigures figures = PlanFigures.of(plans, d(2026, 4, 1), d(2027, 3, 31), d(2026, 12, 2));
        assertThat(figures.onPlanNow()).isEqualTo(2);
        assertThat(figures.onPlanByCategory()).isEqualTo(Map.of("EMOTIONAL_ABUSE", 1, "NEGLECT", 1));
        assertThat(figures.ended()).isEqualTo(3);
        assertThat(figures.lastedTwoYearsOrMore()).as("two years to the day, not a day short").isEqualTo(1);
        assertThat(figures.percentLastedTwoYearsOrMore()).isEqualByComparingTo("33.3");
        assertThat(figures.endedByReason()).isEqualTo(Map.of("REVIEW_STEP_DOWN", 2, "TRANSFERRED", 1));
        assertThat(figures.started()).isEqualTo(1);
        assertThat(figures.secondOrSubsequent()).isEqualTo(1);
    }
}
