package uk.gov.childprotection.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * The "delete" listener of every person's task in the plan and conference processes: a task is deleted only when
 * its process ends around it (the plan ended at a review, or by an event the case process handles), never when it
 * is done. Each one is written on the case's record, naming the task and whose it was, so no work vanishes unseen.
 */
@Component("recordTaskWithdrawn")
class TaskWithdrawnListener implements TaskListener {

    private final PlanService plans;

    TaskWithdrawnListener(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        Object planId = task.getVariable("planId");
        Object conferenceId = task.getVariable("conferenceId");
        plans.recordTaskWithdrawn(ProcessVariables.caseReference(task),
                planId instanceof Number n ? n.longValue() : null,
                conferenceId instanceof Number n ? n.longValue() : null,
                task.getName(), task.getAssignee());
    }
}
