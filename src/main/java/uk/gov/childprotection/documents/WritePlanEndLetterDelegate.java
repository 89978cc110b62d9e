package uk.gov.childprotection.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * Service task "Write the plan-end letter", on every path where a plan ends (asynchronous: a failure is a
 * retried job and in the end an incident in Cockpit). Writes the letter to the parents and carers, and a large
 * print copy when one of them asked for it. Keyed by the activity instance, so a job run twice stores each copy
 * once.
 */
@Component("writePlanEndLetter")
class WritePlanEndLetterDelegate implements JavaDelegate {

    private final PlanEndLetterDocuments letters;

    WritePlanEndLetterDelegate(PlanEndLetterDocuments letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getActivityInstanceId();
        String task = execution.getCurrentActivityId();
        try {
            Long planId = ProcessVariables.planId(execution);
            letters.write(planId, false, key, task);
            if (letters.largePrintAsked(planId)) {
                letters.write(planId, true, key + ":large-print", task);
            }
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("plan-end letter", execution, e);
        }
    }
}
