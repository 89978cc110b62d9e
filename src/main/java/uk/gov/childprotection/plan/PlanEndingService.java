package uk.gov.childprotection.plan;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
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
    private final Today today;
    private final ApplicationAuthority authority;
    private final DeadlineService deadlines;

    public PlanEndingService(ChildCaseService cases, ChildProtectionPlanRepository plans, CaseEventRepository events,
            RuntimeService runtime, Today today, ApplicationAuthority authority,
            DeadlineService deadlines) {
        this.deadlines = deadlines;
        this.authority = authority;
        this.cases = cases;
        this.plans = plans;
        this.events = events;
        this.runtime = runtime;
        this.today = today;
    }

    /**
     * Records an outside event and passes it to the case process. At the door, before anything is stored: 404
     * for an unknown case; 400 naming the field for a date after today or before the plan started; 409 with a
     * plain message when the event comes too late or means nothing for the case (no plan in force any more, the
     * case closed, a move not reported, a move reported twice). The case process ("Plan in force") then takes
     * it; if it no longer waits for it (the plan ended in the meantime), 409 too and nothing is kept.
     */
    public CaseEvent report(String caseReference, CaseEvent.Kind kind, LocalDate date, String details, String by) {
        ChildProtectionCase aCase = cases.get(caseReference);
        String field = kind == CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL ? "notifiedDate" : "date";
        Problems problems = new Problems();
        problems.check(date != null, field, "is required");
        if (kind == CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL) {
            problems.check(details != null && !details.isBlank(), "receivingCouncil", "name the receiving council");
        }
        if (date != null) {
            problems.check(!date.isAfter(today.date()), field, "must not be in the future");
        }
        problems.throwIfAny();
        ChildProtectionPlan plan = planInForce(aCase).orElseThrow(() -> new ConflictException("Case "
                + caseReference + " has no Child Protection Plan in force (it is at stage " + aCase.getStage().label()
                + "): a " + kind.name().toLowerCase().replace('_', ' ') + " event is not recorded"));
        problems.check(!date.isBefore(plan.getStartDate()), field,
                "must not be before the plan started (" + DeadlineService.longDate(plan.getStartDate()) + ")");
        problems.throwIfAny();
        java.util.Optional<CaseEvent> moved = events.findFirstByCaseIdAndKindOrderByIdDesc(aCase.getId(),
                CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL).filter(e -> !e.getEventDate().isBefore(plan.getStartDate()));
        if (kind == CaseEvent.Kind.TRANSFER_IN_CONFERENCE_HELD) {
            CaseEvent move = moved.orElseThrow(() -> new ConflictException("Case " + caseReference
                    + " is not waiting for a transfer-in conference: report the move to another council first"));
            problems.check(!date.isBefore(move.getEventDate()), "date",
                    "must not be before the receiving council was told of the move (" + DeadlineService.longDate(move.getEventDate()) + ")");
            problems.throwIfAny();
        }
        if (kind == CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL && moved.isPresent()) {
            throw new ConflictException("Case " + caseReference + " already has a move to another council reported ("
                    + moved.get().getDetails() + ", " + DeadlineService.longDate(moved.get().getEventDate()) + ")");
        }
        CaseEvent event = events.save(new CaseEvent(aCase.getId(), kind, date, details, by, today.now().toInstant()));
        try {
            // The caller's right to this case was checked at the door; the message goes under the application's.
            authority.run(() -> runtime.createMessageCorrelation(kind.message())
                    .processInstanceBusinessKey(caseReference).correlate());
        } catch (MismatchingMessageCorrelationException e) {
            // The plan is ending already (a decision to end it is awaited): the transaction rolls back the event.
            throw new ConflictException("Case " + caseReference + " has no Child Protection Plan in force any more"
                    + " (its end is being recorded): the event is not recorded");
        }
        return event;
    }

    /** The open plan of the case, while the case is at the plan stage. */
    private java.util.Optional<ChildProtectionPlan> planInForce(ChildProtectionCase aCase) {
        if (aCase.getStage() != CaseStage.PLAN_IN_FORCE) {
            return java.util.Optional.empty();
        }
        return plans.findFirstByChildIdAndEndDateIsNull(aCase.getChild().getId());
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
                    "must not be before " + reason.description().toLowerCase() + " (" + DeadlineService.longDate(endDate) + ")");
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
