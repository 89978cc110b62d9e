package uk.gov.childprotection.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/** Service task "Request agency reports": each invited agency is asked for its report on the template. */
@Component("requestAgencyReports")
class RequestAgencyReportsDelegate implements JavaDelegate {

    private final ConferenceService conferences;

    RequestAgencyReportsDelegate(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        conferences.requestAgencyReports(ProcessVariables.conferenceId(execution));
    }
}
