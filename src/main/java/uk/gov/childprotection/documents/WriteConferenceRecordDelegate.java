package uk.gov.childprotection.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * Service task "Write the conference record" (asynchronous, so a failure is a retried job and in the end an
 * incident in Cockpit, never an error on the Chair's screen). Writes the record's set (large print and the
 * parents' copy without the confidential part where needed), the decision letters and the letters asking the
 * family for feedback. Keyed by the activity
 * instance, so a job run twice stores each document once.
 */
@Component("writeConferenceRecord")
class WriteConferenceRecordDelegate implements JavaDelegate {

    private final ConferenceRecordDocuments records;

    WriteConferenceRecordDelegate(ConferenceRecordDocuments records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long conferenceId = ProcessVariables.conferenceId(execution);
        String key = execution.getActivityInstanceId();
        String task = execution.getCurrentActivityId();
        try {
            records.writeAll(conferenceId, key, task);
            records.writeDecisionLetters(conferenceId, key, task);
            records.writeFeedbackRequests(conferenceId, key, task);
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("conference record", execution, e);
        }
    }
}
