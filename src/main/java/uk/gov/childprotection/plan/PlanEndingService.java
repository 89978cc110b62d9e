package uk.gov.childprotection.plan;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.ClosureReason;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.Problems;

/**
 * The ways a plan ends without a review: the child's death, leaving the UK, the 18th birthday (on a manager's
 * decision after consulting the agencies), and a move to another council (when that council's transfer-in
 * conference has been held). Events from outside arrive through the API and are passed to the case process.
 */
@Service("planEndings")
@Transactional
public class PlanEndingService {

    private final ChildCaseService cases;
    private final ChildProtectionPlanRepository plans;
    private final CaseEventRepository events;
    private final RuntimeService runtime;
    private final TimescaleSettings timescales;
    private final Today today;
    private final ApplicationAuthority authority;
    private final DeadlineService deadlines;
    private final WorkingDayCalendar calendar;

    public PlanEndingService(ChildCaseService cases, ChildProtectionPlanRepository plans, CaseEventRepository events,
            RuntimeService runtime, TimescaleSettings timescales, Today today, ApplicationAuthority authority,
            DeadlineService deadlines, WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.authority = authority;
        this.cases = cases;
        this.plans = plans;
        this.events = events;
        this.runtime = runtime;
        this.timescales = timescales;
        this.today = today;
    }

    /**
     * Records an outside event and passes it to the case process. 404 for an unknown case; 409 when the case is
     * not in a state where the event means anything (no plan in force, no move reported); nothing is stored then.
     */
    public CaseEvent report(String caseReference, CaseEvent.Kind kind, LocalDate date, String details, String by) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Problems problems = new Problems();
        problems.check(date != null, "date", "is required");
        if (date != null) {
            problems.check(!date.isAfter(today.date()), "date", "must not be in the future");
            LocalDate born = aCase.getChild().getDateOfBirth();
            problems.check(born == null || !date.isBefore(born), "date", "must not be before the child was born");
        }
        if (kind == CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL) {
            problems.check(details != null && !details.isBlank(), "receivingCouncil", "name the receiving council");
        }
        if (kind == CaseEvent.Kind.TRANSFER_IN_CONFERENCE_HELD && date != null) {
            events.findFirstByCaseIdAndKindOrderByIdDesc(aCase.getId(), CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL)
                    .ifPresent(moved -> problems.check(!date.isBefore(moved.getEventDate()), "date",
                            "must not be before the receiving council was told of the move (" + moved.getEventDate()
                                    + ")"));
        }
        problems.throwIfAny();
        CaseEvent event = events.save(new CaseEvent(aCase.getId(), kind, date, details, by, today.now().toInstant()));
        try {
            // The caller's right to this case was checked at the door; the message goes under the application's.
            authority.run(() -> runtime.createMessageCorrelation(kind.message())
                    .processInstanceBusinessKey(caseReference).correlate());
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException(switch (kind) {
                case TRANSFER_IN_CONFERENCE_HELD -> "Case " + caseReference
                        + " is not waiting for a transfer-in conference: report the move to another council first";
                default -> "Case " + caseReference + " has no Child Protection Plan in force (it is at stage "
                        + aCase.getStage().label() + ")";
            });
        }
        return event;
    }

    /** The administrator sent the transfer pack to the receiving council. */
    public void recordTransferPackSent(String caseReference, LocalDate sentOn, String notes, Problems problems,
            String by) {
        ChildProtectionCase aCase = cases.get(caseReference);
        if (sentOn != null) {
            problems.check(!sentOn.isAfter(today.date()), "packSentDate", "must not be in the future");
        }
        problems.throwIfAny();
        events.save(new CaseEvent(aCase.getId(), CaseEvent.Kind.TRANSFER_PACK_SENT, sentOn, notes, by,
                today.now().toInstant()));
    }

    /** The team manager arranged the review that comes before the plan ends at 18. */
    public void recordReviewBeforeEighteen(String caseReference, LocalDate reviewOn, String notes, Problems problems,
            String by) {
        ChildProtectionCase aCase = cases.get(caseReference);
        if (reviewOn != null) {
            LocalDate eighteen = aCase.getChild().birthOrExpected().plusYears(18);
            problems.check(!reviewOn.isBefore(today.date()), "reviewArrangedFor", "must not be in the past");
            problems.check(reviewOn.isBefore(eighteen), "reviewArrangedFor",
                    "must be before the 18th birthday (" + eighteen + "), when the plan ends");
        }
        problems.throwIfAny();
        events.save(new CaseEvent(aCase.getId(), CaseEvent.Kind.REVIEW_BEFORE_EIGHTEEN_ARRANGED, reviewOn, notes, by,
                today.now().toInstant()));
    }

    /** Why the plan is ending without a conference, from what was reported: death, leaving the UK, or 18. */
    @Transactional(readOnly = true)
    public PlanEndReason reasonWithoutConference(String caseReference) {
        ChildProtectionCase aCase = cases.get(caseReference);
        List<CaseEvent> reported = events.findByCaseIdOrderByEventDateAscIdAsc(aCase.getId());
        if (reported.stream().anyMatch(e -> e.getKind() == CaseEvent.Kind.CHILD_DIED)) {
            return PlanEndReason.DIED;
        }
        if (reported.stream().anyMatch(e -> e.getKind() == CaseEvent.Kind.LEFT_UK)) {
            return PlanEndReason.LEFT_UK;
        }
        if (aCase.getChild().ageOn(today.date()) >= 18) {
            return PlanEndReason.EIGHTEENTH_BIRTHDAY;
        }
        throw new IllegalStateException("Nothing reported ends the plan of case " + caseReference);
    }

    /**
     * The manager's decision ends the plan on the day of the event (death, departure, 18th birthday) and closes
     * the case: RC2 for a death, RC7 otherwise.
     */
    public ChildProtectionPlan endByDecision(String caseReference, LocalDate decidedOn, String agenciesConsulted,
            Problems problems, String manager) {
        ChildProtectionCase aCase = cases.get(caseReference);
        PlanEndReason reason = reasonWithoutConference(caseReference);
        LocalDate endDate = switch (reason) {
            case DIED -> eventDate(aCase, CaseEvent.Kind.CHILD_DIED);
            case LEFT_UK -> eventDate(aCase, CaseEvent.Kind.LEFT_UK);
            default -> aCase.getChild().birthOrExpected().plusYears(18);
        };
        if (decidedOn != null) {
            problems.check(!decidedOn.isAfter(today.date()), "decisionDate", "must not be in the future");
            problems.check(!decidedOn.isBefore(endDate), "decisionDate",
                    "must not be before " + reason.description().toLowerCase() + " (" + endDate + ")");
        }
        problems.throwIfAny();
        ChildProtectionPlan plan = openPlan(aCase);
        plan.endByDecision(endDate, reason, decidedOn, agenciesConsulted, manager);
        aCase.close(endDate, reason == PlanEndReason.DIED ? ClosureReason.RC2 : ClosureReason.RC7);
        deadlines.closeOpen(aCase, DeadlineKind.PLAN_KINDS, endDate, PlanService.planEnded(plan));
        return plan;
    }

    /** The receiving council has held its transfer-in conference: the plan ends that day, the case closes RC5. */
    public ChildProtectionPlan endOnTransfer(String caseReference) {
        ChildProtectionCase aCase = cases.get(caseReference);
        LocalDate held = eventDate(aCase, CaseEvent.Kind.TRANSFER_IN_CONFERENCE_HELD);
        ChildProtectionPlan plan = openPlan(aCase);
        plan.end(held, PlanEndReason.TRANSFERRED);
        aCase.close(held, ClosureReason.RC5);
        deadlines.closeOpen(aCase, DeadlineKind.PLAN_KINDS, held, PlanService.planEnded(plan));
        return plan;
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> events(Long caseId) {
        return events.findByCaseIdOrderByEventDateAscIdAsc(caseId);
    }

    /** Timer of the case process: the plan ends at 18 at the latest. */
    @Transactional(readOnly = true)
    public Date eighteenthBirthday(String caseReference) {
        return Today.startOf(cases.get(caseReference).getChild().birthOrExpected().plusYears(18));
    }

    /** Timer of the case process: time to arrange a review around the 18th birthday. */
    @Transactional(readOnly = true)
    public Date reviewBeforeEighteen(String caseReference) {
        return Today.startOf(calendar.dueAfter(cases.get(caseReference).getChild().birthOrExpected().plusYears(18),
                timescales.reviewBeforeEighteenthBirthday().negated()));
    }

    private LocalDate eventDate(ChildProtectionCase aCase, CaseEvent.Kind kind) {
        return events.findFirstByCaseIdAndKindOrderByIdDesc(aCase.getId(), kind).orElseThrow().getEventDate();
    }

    private ChildProtectionPlan openPlan(ChildProtectionCase aCase) {
        if (aCase.getStage() != CaseStage.PLAN_IN_FORCE) {
            throw new IllegalStateException("Case " + aCase.getReference() + " has no plan in force");
        }
        return plans.findFirstByChildIdAndEndDateIsNull(aCase.getChild().getId()).orElseThrow();
    }
}
