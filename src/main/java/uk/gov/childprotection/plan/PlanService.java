package uk.gov.childprotection.plan;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.ClosureReason;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.Category;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceDecision;
import uk.gov.childprotection.conference.ConferenceService;
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
    private final Today today;

    public PlanService(ChildProtectionPlanRepository protectionPlans, ChildInNeedPlanRepository childInNeedPlans,
            ChildCaseService cases, ConferenceService conferences, ReferralService referrals,
            PlanInForceService planInForce, DeadlineService deadlines, Today today) {
        this.protectionPlans = protectionPlans;
        this.childInNeedPlans = childInNeedPlans;
        this.cases = cases;
        this.conferences = conferences;
        this.referrals = referrals;
        this.planInForce = planInForce;
        this.deadlines = deadlines;
        this.today = today;
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
