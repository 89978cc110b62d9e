package uk.gov.childprotection.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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

        Convene(PlanService plans) {
            this.plans = plans;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Conference review = plans.conveneReview(ProcessVariables.planId(execution));
            execution.setVariable("conferenceId", review.getId());
            execution.setVariable("conferenceType", review.getConferenceType().name());
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

    /** "End the plan": on the day of the quorate review that decided so. */
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

    /** "Bring the core group forward": the birth of a child on a pre-birth plan. */
    @Component("bringCoreGroupForward")
    static class AfterBirth implements JavaDelegate {
        private final PlanInForceService planInForce;

        AfterBirth(PlanInForceService planInForce) {
            this.planInForce = planInForce;
        }

        @Override
        public void execute(DelegateExecution execution) {
            planInForce.bringCoreGroupForwardAfterBirth(ProcessVariables.planId(execution));
        }
    }
}
