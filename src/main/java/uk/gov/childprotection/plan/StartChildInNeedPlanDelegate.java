package uk.gov.childprotection.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/** Service task "Start Child in Need plan": support as a Child in Need from the day it was decided. */
@Component("startChildInNeedPlan")
class StartChildInNeedPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    StartChildInNeedPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.startChildInNeedPlan(ProcessVariables.caseReference(execution));
    }
}
