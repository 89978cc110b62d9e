package uk.gov.childprotection.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Convene initial conference": opens the conference record; sets {@code conferenceId}. */
@Component("conveneInitialConference")
class ConveneInitialConferenceDelegate implements JavaDelegate {

    private final ConferenceService conferences;

    ConveneInitialConferenceDelegate(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Conference conference = conferences.convene((String) execution.getVariable("caseReference"),
                ConferenceType.INITIAL);
        execution.setVariable("conferenceId", conference.getId());
        execution.setVariable("conferenceType", conference.getConferenceType().name());
    }
}
