package uk.gov.childprotection.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.DeadlineKind;

/**
 * How a period's statutory timescales went, from the deadlines the cases carry. A timescale is measured when it
 * was met in the period (as the DfE counts conferences held in the year): on time when met by its due date. One
 * due in the period and still not met is counted apart, as outstanding and overdue. A deadline closed unmet (the
 * case or plan ended first) is no measure at all.
 */
final class Timeliness {

    /** One deadline of one case, with who holds the case. */
    record Fact(String caseReference, String childName, String team, String worker, DeadlineKind kind,
            LocalDate due, LocalDate met, LocalDate closed, String delayReason) {

        boolean open() {
            return met == null && closed == null;
        }
    }

    /** A late one, for a manager to see why. */
    record Late(String caseReference, String childName, String worker, LocalDate due, LocalDate met,
            int workingDaysLate, String delayReason) {
    }

    /** One timescale over the period. */
    record Measure(DeadlineKind kind, String description, int met, int onTime, int late, BigDecimal percentOnTime,
            int outstandingOverdue, List<Late> lateOnes) {
    }

    /** One group's (a team's, a worker's) figures for one timescale. */
    record GroupFigure(String group, int met, int onTime, BigDecimal percentOnTime) {
    }

    /** An open deadline overdue now or due soon, each linked to its case. */
    record Due(String caseReference, String childName, String team, String worker, DeadlineKind kind,
            String description, LocalDate due, int workingDaysOverdue, String casePage) {
    }

    /** Initial conferences in one month: held, held on time. */
    record Month(YearMonth month, int held, int onTime, BigDecimal percentOnTime) {
    }

    private final WorkingDayCalendar calendar;

    Timeliness(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    private static boolean metIn(Fact fact, LocalDate from, LocalDate to) {
        return fact.met() != null && !fact.met().isBefore(from) && !fact.met().isAfter(to);
    }

    private static boolean onTime(Fact fact) {
        return !fact.met().isAfter(fact.due());
    }

    Measure measure(DeadlineKind kind, List<Fact> facts, LocalDate from, LocalDate to, LocalDate today) {
        int met = 0;
        int onTime = 0;
        int outstanding = 0;
        List<Late> late = new ArrayList<>();
        for (Fact fact : facts) {
            if (fact.kind() != kind) {
                continue;
            }
            if (metIn(fact, from, to)) {
                met++;
                if (onTime(fact)) {
                    onTime++;
                } else {
                    late.add(new Late(fact.caseReference(), fact.childName(), fact.worker(), fact.due(), fact.met(),
                            calendar.workingDaysBetween(fact.due(), fact.met()), fact.delayReason()));
                }
            } else if (fact.open() && !fact.due().isBefore(from) && !fact.due().isAfter(to)
                    && fact.due().isBefore(today)) {
                outstanding++;
            }
        }
        late.sort(Comparator.comparing(Late::met).thenComparing(Late::caseReference));
        return new Measure(kind, kind.description(), met, onTime, met - onTime, percent(onTime, met), outstanding,
                late);
    }

    /** The figures of one timescale for each team or each worker, by name. */
    List<GroupFigure> byGroup(DeadlineKind kind, List<Fact> facts, LocalDate from, LocalDate to,
            Function<Fact, String> group) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Fact fact : facts) {
            if (fact.kind() == kind && metIn(fact, from, to)) {
                String name = group.apply(fact);
                int[] count = counts.computeIfAbsent(name == null ? "Not allocated" : name, g -> new int[2]);
                count[0]++;
                if (onTime(fact)) {
                    count[1]++;
                }
            }
        }
        List<GroupFigure> figures = new ArrayList<>();
        counts.forEach((name, count) -> figures.add(new GroupFigure(name, count[0], count[1],
                percent(count[1], count[0]))));
        return figures;
    }

    /**
     * The median number of working days from the strategy discussion to the initial conference, for those held
     * in the period ({@code icpcWorkingDays} before the due date is the strategy discussion).
     */
    BigDecimal medianWorkingDaysToInitialConference(List<Fact> facts, LocalDate from, LocalDate to,
            int icpcWorkingDays) {
        List<Integer> days = facts.stream().filter(f -> f.kind() == DeadlineKind.ICPC_HELD && metIn(f, from, to))
                .map(f -> calendar.workingDaysBetween(calendar.subtractWorkingDays(f.due(), icpcWorkingDays), f.met()))
                .toList();
        return median(days);
    }

    /** The middle of the numbers (the mean of the two middle ones, to one place), or null for none. */
    static BigDecimal median(List<Integer> numbers) {
        if (numbers.isEmpty()) {
            return null;
        }
        List<Integer> days = numbers.stream().sorted().toList();
        int middle = days.size() / 2;
        return days.size() % 2 == 1 ? BigDecimal.valueOf(days.get(middle))
                : BigDecimal.valueOf(days.get(middle - 1) + days.get(middle)).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.HALF_UP);
    }

    /** Open deadlines due before today, most overdue first. */
    List<Due> overdue(List<Fact> facts, LocalDate today) {
        return due(facts, today, f -> f.due().isBefore(today));
    }

    /** Open deadlines due from today up to and including {@code workingDays} working days ahead, soonest first. */
    List<Due> dueWithin(List<Fact> facts, LocalDate today, int workingDays) {
        LocalDate until = calendar.addWorkingDays(today, workingDays);
        return due(facts, today, f -> !f.due().isBefore(today) && !f.due().isAfter(until));
    }

    private List<Due> due(List<Fact> facts, LocalDate today, java.util.function.Predicate<Fact> when) {
        return facts.stream().filter(Fact::open).filter(when)
                .sorted(Comparator.comparing(Fact::due).thenComparing(Fact::caseReference))
                .map(f -> new Due(f.caseReference(), f.childName(), f.team(), f.worker(), f.kind(),
                        f.kind().description(), f.due(), Math.max(0, calendar.workingDaysBetween(f.due(), today)),
                        "/cases/" + f.caseReference()))
                .toList();
    }

    /** Initial conferences held in each month of the period, and how many on time. */
    List<Month> initialConferencesByMonth(List<Fact> facts, LocalDate from, LocalDate to) {
        Map<YearMonth, int[]> counts = new TreeMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            counts.put(month, new int[2]);
        }
        for (Fact fact : facts) {
            if (fact.kind() == DeadlineKind.ICPC_HELD && metIn(fact, from, to)) {
                int[] count = counts.get(YearMonth.from(fact.met()));
                count[0]++;
                if (onTime(fact)) {
                    count[1]++;
                }
            }
        }
        List<Month> months = new ArrayList<>();
        counts.forEach((month, count) -> months.add(new Month(month, count[0], count[1], percent(count[1], count[0]))));
        return months;
    }

    /** A share as a percentage to one decimal place; none of none is no percentage. */
    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
