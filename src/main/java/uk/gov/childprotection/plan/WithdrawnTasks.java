package uk.gov.childprotection.plan;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.ChildCaseService;

/**
 * No task is cancelled silently: when the model withdraws an open user task (a plan's end interrupts "Plan in
 * force" and everything in it; a terminate end ends its siblings; an administrator deletes an instance), the
 * case's chronology records it, with the task's name and to whom it was assigned. The engine fires a task's
 * {@code delete} event only then, never on completion. Added to every user task of every deployed process here,
 * so no diagram can forget it.
 */
@Component
class WithdrawnTasks extends AbstractProcessEnginePlugin {

    // Looked up when a task is withdrawn: the plugin is built before the engine, the services after it.
    private final ObjectProvider<PlanService> plans;

    WithdrawnTasks(ObjectProvider<PlanService> plans) {
        this.plans = plans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener withdrawn = this::record;
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_DELETE, withdrawn);
            }
        });
    }

    private void record(DelegateTask task) {
        Object reference = task.getVariable(ChildCaseService.CASE_REFERENCE);
        if (reference == null) {
            return;
        }
        Object planId = task.getVariable("planId");
        Object conferenceId = task.getVariable("conferenceId");
        plans.getObject().recordTaskWithdrawn(reference.toString(),
                planId instanceof Number n ? n.longValue() : null,
                conferenceId instanceof Number n ? n.longValue() : null, task.getName(), task.getAssignee());
    }
}
