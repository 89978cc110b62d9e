package uk.gov.childprotection.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.EngineDueDates;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.conference.Conference;

/** The service tasks of the plan's review cycle: thin adapters to {@link PlanService}. */
final class ReviewDelegates {

    private ReviewDelegates() {
    }

    /** "Convene review conference": sets {@code conferenceId} and {@code conferenceType}. */
    @Component("conveneReviewConference")
    static class Convene implements JavaDelegate {
        private final PlanService plans;
        private final uk.gov.childprotection.conference.HouseholdMeetings meetings;

        Convene(PlanService plans, uk.gov.childprotection.conference.HouseholdMeetings meetings) {
            this.plans = plans;
            this.meetings = meetings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Conference review = plans.conveneReview(ProcessVariables.planId(execution));
            execution.setVariable("conferenceId", review.getId());
            execution.setVariable("conferenceType", review.getConferenceType().name());
            // The siblings on plans are reviewed together: the review joins the household's, if one is open.
            meetings.joined(review);
        }
    }

    /** "Continue the plan": the latest category is the one the review re-checked. */
    @Component("continuePlan")
    static class Continue implements JavaDelegate {
        private final PlanService plans;

        Continue(PlanService plans) {
            this.plans = plans;
        }

        @Override
        public void execute(DelegateExecution execution) {
            plans.continueAfterReview(ProcessVariables.conferenceId(execution));
        }
    }

    /**
     * "End the plan": on the day of the quorate review that decided so. The plan's end event then ends its
     * other work; each person's task it ends is written on the case's record by the tasks' delete listener.
     */
    @Component("endPlanAtReview")
    static class End implements JavaDelegate {
        private final PlanService plans;

        End(PlanService plans) {
            this.plans = plans;
        }

        @Override
        public void execute(DelegateExecution execution) {
            plans.endAtReview(ProcessVariables.conferenceId(execution));
        }
    }

    /**
     * "Bring the core group forward": the birth of a child on a pre-birth plan. The meeting's task stays open
     * (the lead social worker keeps it); its due date, reminder and overdue timer move to the new date.
     */
    @Component("bringCoreGroupForward")
    static class AfterBirth implements JavaDelegate {
        private final PlanInForceService planInForce;
        private final EngineDueDates dueDates;

        AfterBirth(PlanInForceService planInForce, EngineDueDates dueDates) {
            this.planInForce = planInForce;
            this.dueDates = dueDates;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Long planId = ProcessVariables.planId(execution);
            if (planInForce.bringCoreGroupForwardAfterBirth(planId)) {
                String process = execution.getProcessInstanceId();
                dueDates.moveTimer(process, "Timer_CoreGroupOverdue", planInForce.coreGroupOverdueAt(planId));
                dueDates.moveTask(process, "Task_HoldCoreGroupMeeting", planInForce.coreGroupDueBy(planId),
                        planInForce.coreGroupRemindFrom(planId));
            }
        }
    }
}
