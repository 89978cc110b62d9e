package uk.gov.childprotection.cases;

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

/**
 * Every user task shows whose case it is: a create listener, added to each user task of every deployed
 * process, puts the child's name and the case reference into task-local variables, which each form's heading and
 * Tasklist's task cards display. Task-local because a worker granted only their tasks (not the process instance)
 * reads a task's own variables and not the process's: so the card shows them for every role. Done once here
 * rather than in each diagram, so process designers cannot forget it.
 */
@Component
class CaseTaskContextPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CaseRepository> cases;

    CaseTaskContextPlugin(ObjectProvider<CaseRepository> cases) {
        this.cases = cases;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener childName = this::showChildName;
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, childName);
            }
        });
    }

    private void showChildName(DelegateTask task) {
        Object reference = task.getVariable(ChildCaseService.CASE_REFERENCE);
        if (reference != null) {
            cases.getObject().findByReference(reference.toString())
                    .ifPresent(aCase -> {
                        task.setVariableLocal("childName", aCase.getChild().fullName());
                        task.setVariableLocal(ChildCaseService.CASE_REFERENCE, aCase.getReference());
                    });
        }
    }
}
