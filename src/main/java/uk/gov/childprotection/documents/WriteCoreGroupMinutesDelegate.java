package uk.gov.childprotection.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * Service task "Write the core group minutes" (asynchronous: a failure is a retried job and in the end an
 * incident in Cockpit, never an error on the social worker's screen). Writes the minutes of the meeting just
 * recorded, and a large print copy when a parent or carer asked for one. Keyed by the activity instance, so a
 * job run twice stores each copy once.
 */
@Component("writeCoreGroupMinutes")
class WriteCoreGroupMinutesDelegate implements JavaDelegate {

    private final CoreGroupMinutesDocuments minutes;

    WriteCoreGroupMinutesDelegate(CoreGroupMinutesDocuments minutes) {
        this.minutes = minutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getActivityInstanceId();
        String task = execution.getCurrentActivityId();
        try {
            Long meetingId = ProcessVariables.meetingId(execution);
            minutes.write(meetingId, false, key, task);
            if (minutes.largePrintAsked(meetingId)) {
                minutes.write(meetingId, true, key + ":large-print", task);
            }
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("core group minutes", execution, e);
        }
    }
}
