package uk.gov.childprotection.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.documents.DocumentJobs;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.documents.ConferenceRecordDocuments;

/** "Write the amended record" (asynchronous): the next version of every copy of the record; the old ones stay. */
@Component("writeAmendedRecord")
class WriteAmendedRecordDelegate implements JavaDelegate {

    private final ConferenceRecordDocuments records;

    WriteAmendedRecordDelegate(ConferenceRecordDocuments records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            records.writeAll(ProcessVariables.conferenceId(execution), execution.getActivityInstanceId(),
                    execution.getCurrentActivityId());
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("amended conference record", execution, e);
        }
    }
}
