package uk.gov.childprotection.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/** Service task "Start child protection plan": the plan starts on the day of the conference that made it. */
@Component("startChildProtectionPlan")
class StartChildProtectionPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    StartChildProtectionPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChildProtectionPlan plan =
                plans.startChildProtectionPlan(ProcessVariables.conferenceId(execution));
        execution.setVariable("planId", plan.getId());
    }
}
