package uk.gov.childprotection.common;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The adapter between one user task's Camunda Form and a domain service. On create it may put values the form
 * shows or starts with into task-local variables (they vanish with the task). On complete it reads what was
 * submitted, lets the service validate and store it (a refusal fails the completion and rolls everything
 * back), and then drops the submitted business fields from the process: the domain tables keep the record,
 * the process keeps only ids and the decisions its gateways read.
 */
public abstract class FormTaskListener implements TaskListener {

    @Override
    public final void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            prefill(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Problems problems = new Problems();
            complete(task, FormValues.of(task, problems));
            problems.throwIfAny();
            task.getExecution().removeVariables(submittedFields());
        }
    }

    /** Values the form shows or starts with; task-local, so they do not outlive the task. */
    protected void prefill(DelegateTask task) {
    }

    /** Validates and stores the submission; sets any decision variable the process reads next. */
    protected abstract void complete(DelegateTask task, FormValues form);

    /** The form's business fields, removed from the process once stored. */
    protected abstract List<String> submittedFields();

    protected static String caseReference(DelegateTask task) {
        return (String) task.getVariable("caseReference");
    }

    protected static Long conferenceId(DelegateTask task) {
        Object id = task.getVariable("conferenceId");
        return id instanceof Number number ? number.longValue() : Long.valueOf(String.valueOf(id));
    }
}
