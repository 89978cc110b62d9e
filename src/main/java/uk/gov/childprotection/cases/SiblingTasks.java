package uk.gov.childprotection.cases;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * One meeting about a household's children recorded on each child's own case: the same task waiting in a
 * brother's or sister's case is completed with the same record, by the same person, in the same transaction, so
 * a refusal for any child refuses the whole record and names that child.
 */
@Component
public class SiblingTasks {

    private final ChildCaseService cases;

    SiblingTasks(ChildCaseService cases) {
        this.cases = cases;
    }

    /** Completes the brothers' and sisters' open tasks of this task's kind with {@code same}; returns how many. */
    public int completeAlike(DelegateTask task, Map<String, Object> same, String field, String what) {
        ChildProtectionCase own = cases.get(ProcessVariables.caseReference(task.getExecution()));
        TaskService engineTasks = task.getProcessEngineServices().getTaskService();
        int completed = 0;
        for (ChildProtectionCase sibling : cases.casesOfFamily(own.getChild().getFamilyId())) {
            if (sibling.getChild().getId().equals(own.getChild().getId())) {
                continue;
            }
            for (Task waiting : engineTasks.createTaskQuery().processInstanceBusinessKey(sibling.getReference())
                    .taskDefinitionKey(task.getTaskDefinitionKey()).list()) {
                String name = sibling.getChild().fullName();
                try {
                    engineTasks.complete(waiting.getId(), same);
                    completed++;
                } catch (InvalidSubmissionException refused) {
                    throw new InvalidSubmissionException(Map.of(field, name + "'s " + what
                            + " cannot take this record (" + String.join("; ", refused.fieldErrors().values())
                            + "): record it on " + name + "'s own task"));
                } catch (AuthorizationException notTheirs) {
                    throw new InvalidSubmissionException(Map.of(field, "you cannot record " + name + "'s " + what
                            + ": it is another worker's task. Record it for this child only, and ask them to "
                            + "record theirs"));
                }
            }
        }
        return completed;
    }
}
