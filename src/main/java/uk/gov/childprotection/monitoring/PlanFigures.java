package uk.gov.childprotection.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Child Protection Plans a manager watches, as the DfE counts them: children on a plan now, by category;
 * plans that ended in the period, by reason and how many had lasted two years or more; plans that started in the
 * period, and how many were a child's second or subsequent plan.
 */
record PlanFigures(int onPlanNow, Map<String, Integer> onPlanByCategory, int started, int secondOrSubsequent,
        BigDecimal percentSecondOrSubsequent, int ended, int lastedTwoYearsOrMore,
        BigDecimal percentLastedTwoYearsOrMore, Map<String, Integer> endedByReason) {

    /** One plan: its dates, its category now, how many plans the child had before, why it ended. */
    record Plan(LocalDate start, LocalDate end, String category, int previousPlans, String endReason) {
    }

    static PlanFigures of(List<Plan> plans, LocalDate from, LocalDate to, LocalDate today) {
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        int onPlan = 0;
        int started = 0;
        int repeat = 0;
        int ended = 0;
        int long_ = 0;
        for (Plan plan : plans) {
            if (!plan.start().isAfter(today) && (plan.end() == null || plan.end().isAfter(today))) {
                onPlan++;
                byCategory.merge(plan.category() == null ? "Not recorded" : plan.category(), 1, Integer::sum);
            }
            if (!plan.start().isBefore(from) && !plan.start().isAfter(to)) {
                started++;
                if (plan.previousPlans() > 0) {
                    repeat++;
                }
            }
            if (plan.end() != null && !plan.end().isBefore(from) && !plan.end().isAfter(to)) {
                ended++;
                byReason.merge(plan.endReason() == null ? "Not recorded" : plan.endReason(), 1, Integer::sum);
                // Two years to the day or more, as the census's "lasting 2 years or more".
                if (!plan.start().plusYears(2).isAfter(plan.end())) {
                    long_++;
                }
            }
        }
        return new PlanFigures(onPlan, byCategory, started, repeat, Timeliness.percent(repeat, started), ended, long_,
                Timeliness.percent(long_, ended), byReason);
    }
}
