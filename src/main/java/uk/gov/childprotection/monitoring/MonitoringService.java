package uk.gov.childprotection.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.amendment.AmendmentRequest;
import uk.gov.childprotection.amendment.AmendmentRequestRepository;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineRepository;
import uk.gov.childprotection.cases.DeadlineRow;
import uk.gov.childprotection.conference.Category;
import uk.gov.childprotection.conference.ConferenceRepository;
import uk.gov.childprotection.plan.ChildProtectionPlanRepository;
import uk.gov.childprotection.security.Staff;

/**
 * The service managers' view of the whole service for a period: each statutory timescale (on time, late with
 * the reason, by team and by worker), what is overdue now and due soon, the plans, and the caseloads. Reads every
 * case once per question, in a few queries, so that a council of thousands of children answers at once.
 */
@Service
public class MonitoringService {

    /** DfE, Characteristics of children in need, year to 31 March 2025 (DOMAIN.md, "National figures"). */
    static final BigDecimal NATIONAL_ICPC_WITHIN_15_DAYS = new BigDecimal("81.4");
    static final BigDecimal NATIONAL_ICPC_MEDIAN_WORKING_DAYS = new BigDecimal("14");
    static final BigDecimal NATIONAL_PLANS_LASTING_TWO_YEARS = new BigDecimal("4.4");
    /** "What falls due in the next 5 working days." */
    static final int DUE_SOON_WORKING_DAYS = 5;

    private final DeadlineRepository deadlines;
    private final CaseRepository cases;
    private final ChildProtectionPlanRepository plans;
    private final ConferenceRepository conferences;
    private final Staff staff;
    private final Today today;
    private final TimescaleSettings timescales;
    private final Timeliness timeliness;
    private final AmendmentRequestRepository amendments;
    private final WorkingDayCalendar calendar;

    MonitoringService(DeadlineRepository deadlines, CaseRepository cases, ChildProtectionPlanRepository plans,
            ConferenceRepository conferences, Staff staff, Today today, TimescaleSettings timescales,
            WorkingDayCalendar calendar, AmendmentRequestRepository amendments) {
        this.amendments = amendments;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.cases = cases;
        this.plans = plans;
        this.conferences = conferences;
        this.staff = staff;
        this.today = today;
        this.timescales = timescales;
        this.timeliness = new Timeliness(calendar);
    }

    /** A timescale with its figures by team (the team manager's) and by worker. */
    public record TimescaleFigures(Timeliness.Measure overall, BigDecimal nationalPercentOnTime,
            List<Timeliness.GroupFigure> byTeam, List<Timeliness.GroupFigure> byWorker) {
    }

    /** A worker's or a Chair's open cases. */
    public record Caseload(String name, int openCases, int onPlan) {
    }

    public record Dashboard(LocalDate from, LocalDate to, LocalDate today, List<TimescaleFigures> timescales,
            BigDecimal medianWorkingDaysToInitialConference, BigDecimal nationalMedianWorkingDays,
            List<Timeliness.Month> initialConferencesByMonth, List<Timeliness.Due> overdueNow,
            List<Timeliness.Due> dueInNextFiveWorkingDays, PlanFigures plans,
            BigDecimal nationalPercentPlansLastingTwoYears, List<Caseload> caseloadPerWorker,
            List<Caseload> caseloadPerChair, AmendmentFigures amendmentRequests) {
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(LocalDate from, LocalDate to) {
        uk.gov.childprotection.common.InputDates.checkPeriod(from, to);
        LocalDate now = today.date();
        Map<Long, ChildProtectionCase> byId = new HashMap<>();
        cases.findAllWithChild().forEach(c -> byId.put(c.getId(), c));
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = id -> id == null ? null : names.computeIfAbsent(id, staff::displayName);
        List<Timeliness.Fact> facts = new ArrayList<>();
        for (DeadlineRow d : deadlines.metBetweenOrOpen(from, to)) {
            ChildProtectionCase c = byId.get(d.caseId());
            if (c == null) {
                continue;
            }
            facts.add(new Timeliness.Fact(c.getReference(), c.getChild().fullName(), team(name, c.getTeamManager()),
                    name.apply(c.getSocialWorker()), d.kind(), d.dueDate(), d.metDate(), d.closedDate(),
                    d.delayReason()));
        }
        List<TimescaleFigures> figures = new ArrayList<>();
        for (DeadlineKind kind : DeadlineKind.values()) {
            figures.add(new TimescaleFigures(timeliness.measure(kind, facts, from, to, now),
                    kind == DeadlineKind.ICPC_HELD ? NATIONAL_ICPC_WITHIN_15_DAYS : null,
                    timeliness.byGroup(kind, facts, from, to, Timeliness.Fact::team),
                    timeliness.byGroup(kind, facts, from, to, Timeliness.Fact::worker)));
        }
        List<PlanFigures.Plan> allPlans = plans.findAll().stream().map(p -> new PlanFigures.Plan(p.getStartDate(),
                p.getEndDate(), Category.labelOfCensusCode(p.getLatestCategory()), p.getNumberOfPreviousPlans(),
                p.getEndReason()))
                .toList();
        return new Dashboard(from, to, now, figures,
                timeliness.medianWorkingDaysToInitialConference(facts, from, to, timescales.icpcWorkingDays()),
                NATIONAL_ICPC_MEDIAN_WORKING_DAYS, timeliness.initialConferencesByMonth(facts, from, to),
                timeliness.overdue(facts, now), timeliness.dueWithin(facts, now, DUE_SOON_WORKING_DAYS),
                PlanFigures.of(allPlans, from, to, now), NATIONAL_PLANS_LASTING_TWO_YEARS,
                caseloads(byId.values(), c -> c.getSocialWorker(), name),
                caseloads(byId.values(), chairs(), name),
                AmendmentFigures.of(amendmentRequests(byId), from, to, now, calendar));
    }

    private List<AmendmentFigures.Request> amendmentRequests(Map<Long, ChildProtectionCase> byId) {
        List<AmendmentFigures.Request> requests = new ArrayList<>();
        for (AmendmentRequest r : amendments.findAll()) {
            ChildProtectionCase c = byId.get(r.getCaseId());
            if (c != null) {
                requests.add(new AmendmentFigures.Request(c.getReference(), c.getChild().fullName(),
                        r.getReceivedDate(), r.getDecidedOn(), r.getDecision() == null ? null
                                : r.getDecision() == AmendmentRequest.Decision.ACCEPTED));
            }
        }
        return requests;
    }

    private static String team(Function<String, String> name, String teamManager) {
        return teamManager == null ? null : name.apply(teamManager) + "'s team";
    }

    private Function<ChildProtectionCase, String> chairs() {
        Map<Long, String> chairOf = new HashMap<>();
        for (Object[] row : conferences.latestChairOfEachCase()) {
            if (row[1] != null) {
                chairOf.put((Long) row[0], (String) row[1]);
            }
        }
        return c -> chairOf.get(c.getId());
    }

    private static List<Caseload> caseloads(Iterable<ChildProtectionCase> all,
            Function<ChildProtectionCase, String> holder, Function<String, String> name) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ChildProtectionCase c : all) {
            String who = holder.apply(c);
            if (c.getStage() == CaseStage.CLOSED || who == null) {
                continue;
            }
            int[] count = counts.computeIfAbsent(name.apply(who), n -> new int[2]);
            count[0]++;
            if (c.getStage() == CaseStage.PLAN_IN_FORCE) {
                count[1]++;
            }
        }
        List<Caseload> loads = new ArrayList<>();
        counts.forEach((who, count) -> loads.add(new Caseload(who, count[0], count[1])));
        loads.sort((a, b) -> Integer.compare(b.openCases(), a.openCases()));
        return loads;
    }
}
