package uk.gov.childprotection.plan;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.ClosureReason;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.StatutoryDeadline;
import uk.gov.childprotection.common.EngineDueDates;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.conference.Category;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceDecision;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.ConferenceStatus;
import uk.gov.childprotection.conference.ConferenceType;
import uk.gov.childprotection.referral.ReferralService;
import uk.gov.childprotection.referral.Section47Enquiry;
import uk.gov.childprotection.referral.Section47Outcome;

/**
 * Plans and their rules: a child never has two plans of one kind open, nor a Child in Need plan and a Child
 * Protection Plan at once; a step up or down closes one and opens the other on the same day.
 */
@Service
@Transactional
public class PlanService {

    /** End reason of a Child in Need plan replaced by a Child Protection Plan. */
    public static final String STEPPED_UP = "Stepped up to a Child Protection Plan";

    private final ChildProtectionPlanRepository protectionPlans;
    private final ChildInNeedPlanRepository childInNeedPlans;
    private final ChildCaseService cases;
    private final ConferenceService conferences;
    private final ReferralService referrals;
    private final PlanInForceService planInForce;
    private final DeadlineService deadlines;
    private final CaseEventRepository events;
    private final RuntimeService runtime;
    private final EngineDueDates dueDates;
    private final Today today;

    public PlanService(ChildProtectionPlanRepository protectionPlans, ChildInNeedPlanRepository childInNeedPlans,
            ChildCaseService cases, ConferenceService conferences, ReferralService referrals,
            PlanInForceService planInForce, DeadlineService deadlines, CaseEventRepository events,
            RuntimeService runtime, EngineDueDates dueDates, Today today) {
        this.events = events;
        this.runtime = runtime;
        this.dueDates = dueDates;
        this.protectionPlans = protectionPlans;
        this.childInNeedPlans = childInNeedPlans;
        this.cases = cases;
        this.conferences = conferences;
        this.referrals = referrals;
        this.planInForce = planInForce;
        this.deadlines = deadlines;
        this.today = today;
    }

    /**
     * Whether the conference's decision can be carried out for this child, checked in the Chair's form before
     * anything is written: a child never has two Child Protection Plans open (a second referral of a child on a
     * plan), nor two Child in Need plans, nor a Child in Need plan beside a Child Protection Plan. A review's
     * decision acts on the plan it reviews, so only its step down is checked.
     */
    @Transactional(readOnly = true)
    public void checkCanCarryOut(Long conferenceId, ConferenceDecision decision, Problems problems) {
        checkCanCarryOut(conferenceId, decision, problems, "conferenceDecision");
    }

    /** As above, the refusal given under {@code field} (one child's decision in a household's conference). */
    public void checkCanCarryOut(Long conferenceId, ConferenceDecision decision, Problems problems, String field) {
        if (decision == null || decision == ConferenceDecision.RELIST || decision == ConferenceDecision.NO_FURTHER_ACTION) {
            return;
        }
        Conference conference = conferences.get(conferenceId);
        Long childId = conferences.caseOf(conference).getChild().getId();
        boolean review = conference.getConferenceType() == ConferenceType.REVIEW;
        var protection = protectionPlans.findFirstByChildIdAndEndDateIsNull(childId);
        var childInNeed = childInNeedPlans.findFirstByChildIdAndEndDateIsNull(childId);
        if (decision == ConferenceDecision.CHILD_PROTECTION_PLAN && !review) {
            protection.ifPresent(open -> problems.add(field, "the child already has a Child "
                    + "Protection Plan open since " + DeadlineService.longDate(open.getStartDate()) + " (case "
                    + cases.caseReferenceOf(open.getCaseId()) + "): a second plan cannot start. Record another decision; "
                    + "the plan in force is reviewed at its own review conference"));
        }
        if (decision == ConferenceDecision.CHILD_IN_NEED) {
            if (!review) {
                protection.ifPresent(open -> problems.add(field, "the child has a Child Protection "
                        + "Plan open since " + DeadlineService.longDate(open.getStartDate()) + " (case "
                        + cases.caseReferenceOf(open.getCaseId()) + "): a Child in Need plan cannot start beside it; "
                        + "the plan's review conference can step it down"));
            }
            childInNeed.ifPresent(open -> problems.add(field, "the child already has a Child in "
                    + "Need plan open since " + DeadlineService.longDate(open.getStartDate()) + " (case "
                    + cases.caseReferenceOf(open.getCaseId()) + "): record another decision"));
        }
    }

    /**
     * A person's task of the plan (or of its review conference) ended with its process, not done: written on the
     * case's record, naming the task, whose it was and why it ended (the plan's end when it has ended).
     */
    public void recordTaskWithdrawn(String caseReference, Long planId, Long conferenceId, String taskName,
            String assignee) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Long ofPlan = planId != null ? planId
                : conferenceId == null ? null : conferences.get(conferenceId).getPlanId();
        ChildProtectionPlan plan = ofPlan == null ? null : protectionPlans.findById(ofPlan).orElse(null);
        boolean ended = plan != null && plan.getEndDate() != null;
        String on = DeadlineService.longDate(today.date());
        String why = ended ? planEnded(plan)
                : plan != null ? "the Child Protection Plan's work stopped on " + on
                : conferenceId != null ? "the conference's process ended on " + on
                : "the case's work stopped on " + on + ", the case being at stage " + aCase.getStage().label();
        events.save(new CaseEvent(aCase.getId(), CaseEvent.Kind.TASK_WITHDRAWN, ended ? plan.getEndDate() : today.date(),
                "\"" + taskName + "\"" + (assignee == null ? "" : " (" + assignee + ")") + " withdrawn: " + why,
                null, today.now().toInstant()));
    }

    /**
     * A review is arranged for a date sooner than the review is due (before the 18th birthday): the review is
     * due by then. The review conference's due date, its booking task's due and reminder dates and the plan's
     * review overdue timer move with it.
     */
    public void reviewArrangedFor(String caseReference, LocalDate on) {
        ChildProtectionCase aCase = cases.get(caseReference);
        var plan = protectionPlans.findFirstByChildIdAndEndDateIsNull(aCase.getChild().getId())
                .filter(p -> p.getCaseId().equals(aCase.getId()));
        if (plan.isEmpty() || on == null) {
            return;
        }
        StatutoryDeadline review = deadlines.latest(aCase, DeadlineKind.REVIEW_CONFERENCE);
        if (!review.isOpen() || !on.isBefore(review.getDueDate())) {
            return;
        }
        deadlines.open(aCase, null, DeadlineKind.REVIEW_CONFERENCE, on);
        conferences.ofCase(aCase.getId()).stream()
                .filter(c -> c.getConferenceType() == ConferenceType.REVIEW && !c.isDecided()
                        && c.getStatus() != ConferenceStatus.RELISTED && plan.get().getId().equals(c.getPlanId()))
                .forEach(c -> conferences.moveDueDate(c.getId(), on));
        for (ProcessInstance process : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
                .list()) {
            dueDates.moveTimer(process.getId(), "Timer_ReviewOverdue", Today.startOf(on.plusDays(1)));
            dueDates.moveTask(process.getId(), "Task_BookConference", Today.endOfWorkingDay(on),
                    deadlines.remindFrom(on));
        }
    }

    /** The conference decided on a plan: it starts on the day of that conference. */
    public ChildProtectionPlan startChildProtectionPlan(Long conferenceId) {
        Conference conference = conferences.get(conferenceId);
        if (conference.getDecision() != ConferenceDecision.CHILD_PROTECTION_PLAN) {
            throw new IllegalStateException("Conference " + conferenceId + " did not decide on a plan");
        }
        ChildProtectionCase aCase = conferences.caseOf(conference);
        Long childId = aCase.getChild().getId();
        protectionPlans.findFirstByChildIdAndEndDateIsNull(childId).ifPresent(open -> {
            throw new IllegalStateException("The child already has a Child Protection Plan open since "
                    + open.getStartDate());
        });
        LocalDate start = conference.getHeldDate();
        childInNeedPlans.findFirstByChildIdAndEndDateIsNull(childId)
                .ifPresent(cin -> cin.end(start, STEPPED_UP));
        ChildProtectionPlan plan = protectionPlans.save(new ChildProtectionPlan(aCase.getId(), childId,
                conferenceId, start, Category.censusCodeOf(conference.getCategories()),
                conference.getLeadSocialWorker(), (int) protectionPlans.countByChildIdAndEndDateIsNotNull(childId),
                today.now().toInstant()));
        aCase.moveTo(CaseStage.PLAN_IN_FORCE);
        planInForce.planStarted(plan, aCase);
        return plan;
    }

    /** Opens the next review of the plan, due by the date the last conference set. */
    public Conference conveneReview(Long planId) {
        ChildProtectionPlan plan = protectionPlans.findById(planId).orElseThrow();
        ChildProtectionCase aCase = conferences.caseOf(conferences.get(plan.getConferenceId()));
        LocalDate due = conferences.latestDecided(aCase.getId()).getReviewDate();
        deadlines.open(aCase, null, DeadlineKind.REVIEW_CONFERENCE, due);
        return conferences.conveneReview(aCase, planId, due);
    }

    /** A review continued the plan: the latest category is the one the Chair re-checked. */
    public void continueAfterReview(Long conferenceId) {
        Conference review = conferences.get(conferenceId);
        protectionPlans.findById(review.getPlanId()).orElseThrow()
                .reviewed(Category.censusCodeOf(review.getCategories()), review.getLeadSocialWorker());
    }

    /**
     * A quorate review ended the plan on the day it was held: a step down opens the Child in Need plan the
     * same day; no further action closes the case.
     */
    public ChildProtectionPlan endAtReview(Long conferenceId) {
        Conference review = conferences.get(conferenceId);
        if (!review.endsPlan()) {
            throw new IllegalStateException("Review conference " + conferenceId + " did not end the plan");
        }
        ChildProtectionPlan plan = protectionPlans.findById(review.getPlanId()).orElseThrow();
        ChildProtectionCase aCase = conferences.caseOf(review);
        LocalDate day = review.getHeldDate();
        if (review.getDecision() == ConferenceDecision.CHILD_IN_NEED) {
            plan.end(day, PlanEndReason.REVIEW_STEP_DOWN);
            childInNeedPlans.save(new ChildInNeedPlan(aCase.getId(), plan.getChildId(), day,
                    ChildInNeedPlan.DecidedAt.CONFERENCE, today.now().toInstant()));
            aCase.moveTo(CaseStage.CHILD_IN_NEED);
        } else {
            plan.end(day, PlanEndReason.REVIEW_NO_FURTHER_ACTION);
            aCase.close(day, ClosureReason.RC7);
        }
        deadlines.closeOpen(aCase, DeadlineKind.PLAN_KINDS, day, planEnded(plan));
        return plan;
    }

    /** Why a plan's own deadlines stopped, as the case summary shows it. */
    static String planEnded(ChildProtectionPlan plan) {
        return "The Child Protection Plan ended on " + DeadlineService.longDate(plan.getEndDate()) + ": "
                + PlanEndReason.valueOf(plan.getEndReason()).description();
    }

    /**
     * Support as a Child in Need, from the day it was decided: the conference, the authorised Section 47
     * outcome, or the strategy discussion.
     */
    public ChildInNeedPlan startChildInNeedPlan(String caseReference) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Long childId = aCase.getChild().getId();
        protectionPlans.findFirstByChildIdAndEndDateIsNull(childId).ifPresent(open -> {
            throw new IllegalStateException("The child has a Child Protection Plan open: end it first");
        });
        childInNeedPlans.findFirstByChildIdAndEndDateIsNull(childId).ifPresent(open -> {
            throw new IllegalStateException("The child already has a Child in Need plan open since "
                    + open.getStartDate());
        });
        Conference decided = conferences.ofCase(aCase.getId()).stream()
                .filter(c -> c.getDecision() == ConferenceDecision.CHILD_IN_NEED)
                .reduce((first, second) -> second).orElse(null);
        ChildInNeedPlan plan;
        if (decided != null) {
            plan = new ChildInNeedPlan(aCase.getId(), childId, decided.getHeldDate(),
                    ChildInNeedPlan.DecidedAt.CONFERENCE, today.now().toInstant());
        } else if (aCase.getStage() == CaseStage.SECTION_47_ENQUIRY) {
            Section47Enquiry enquiry = referrals.enquiry(aCase);
            if (enquiry.getOutcome() != Section47Outcome.CHILD_IN_NEED || !enquiry.isAuthorised()) {
                throw new IllegalStateException("The Section 47 enquiry did not conclude with a Child in Need plan");
            }
            plan = new ChildInNeedPlan(aCase.getId(), childId,
                    enquiry.getAuthorisedAt().atZone(Today.ENGLAND).toLocalDate(),
                    ChildInNeedPlan.DecidedAt.SECTION_47_ENQUIRY, today.now().toInstant());
        } else {
            LocalDate decidedOn = referrals.strategyDiscussion(aCase)
                    .orElseThrow(() -> new IllegalStateException("No strategy discussion is recorded"))
                    .getDiscussionDate();
            plan = new ChildInNeedPlan(aCase.getId(), childId, decidedOn,
                    ChildInNeedPlan.DecidedAt.STRATEGY_DISCUSSION, today.now().toInstant());
        }
        aCase.moveTo(CaseStage.CHILD_IN_NEED);
        return childInNeedPlans.save(plan);
    }
}
