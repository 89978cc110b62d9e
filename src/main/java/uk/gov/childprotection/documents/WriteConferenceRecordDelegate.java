package uk.gov.childprotection.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;

/**
 * Service task "Write the conference record" (asynchronous, so a failure is a retried job and in the end an
 * incident in Cockpit, never an error on the Chair's screen). Writes the record, and a large print copy when a
 * participant asked for one. Keyed by the activity instance, so a job run twice stores each copy once.
 */
@Component("writeConferenceRecord")
class WriteConferenceRecordDelegate implements JavaDelegate {

    private final ConferenceRecordDocuments records;
    private final ConferenceService conferences;

    WriteConferenceRecordDelegate(ConferenceRecordDocuments records, ConferenceService conferences) {
        this.records = records;
        this.conferences = conferences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long conferenceId = ProcessVariables.conferenceId(execution);
        String key = execution.getActivityInstanceId();
        String task = execution.getCurrentActivityId();
        try {
            records.write(conferenceId, false, key, task);
            if (conferences.participants(conferenceId).stream().anyMatch(Participant::isLargePrint)) {
                records.write(conferenceId, true, key + ":large-print", task);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("The conference record of case " + execution.getBusinessKey()
                    + " could not be written (" + e.getMessage() + "). Retry the job in Cockpit once the cause "
                    + "is fixed.", e);
        }
    }
}
