package uk.gov.childprotection.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/** Service task "Re-list conference": the inquorate conference is replaced by a new one to book. */
@Component("relistConference")
class RelistConferenceDelegate implements JavaDelegate {

    private final ConferenceService conferences;

    RelistConferenceDelegate(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long next = conferences.relist(ProcessVariables.conferenceId(execution));
        execution.setVariable("conferenceId", next);
    }
}
