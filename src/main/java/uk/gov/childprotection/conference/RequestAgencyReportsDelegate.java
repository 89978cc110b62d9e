package uk.gov.childprotection.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.documents.DocumentJobs;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.documents.ReportRequestDocuments;

/**
 * Service task "Request agency reports" (asynchronous: a failure is a retried job and in the end an incident in
 * Cockpit, never an error on the administrator's screen). Each invited agency but children's social care is
 * asked for its report on the multi-agency template, by a letter addressed to it. Keyed by the activity
 * instance, so a job run twice stores each letter once.
 */
@Component("requestAgencyReports")
class RequestAgencyReportsDelegate implements JavaDelegate {

    private final ReportRequestDocuments reportRequests;

    RequestAgencyReportsDelegate(ReportRequestDocuments reportRequests) {
        this.reportRequests = reportRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            reportRequests.requestAndWrite(ProcessVariables.conferenceId(execution),
                    execution.getActivityInstanceId(), execution.getCurrentActivityId());
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("report requests", execution, e);
        }
    }
}
