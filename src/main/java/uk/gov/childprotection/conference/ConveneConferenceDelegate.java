package uk.gov.childprotection.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * Service tasks "Convene initial conference" and "Convene transfer-in conference": open the conference record;
 * set {@code conferenceId}, {@code conferenceType} and {@code conferenceDeadlineKind} (which timescale the
 * overdue timer watches).
 */
class ConveneConferenceDelegate implements JavaDelegate {

    private final ConferenceService conferences;
    private final HouseholdMeetings meetings;
    private final ConferenceType type;
    private final DeadlineKind deadline;

    ConveneConferenceDelegate(ConferenceService conferences, HouseholdMeetings meetings, ConferenceType type,
            DeadlineKind deadline) {
        this.conferences = conferences;
        this.meetings = meetings;
        this.type = type;
        this.deadline = deadline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Conference conference = conferences.convene(ProcessVariables.caseReference(execution), type);
        execution.setVariable("conferenceId", conference.getId());
        execution.setVariable("conferenceType", conference.getConferenceType().name());
        execution.setVariable("conferenceDeadlineKind", deadline.name());
        meetings.joined(conference);
    }

    @Configuration
    static class Beans {
        @Bean
        JavaDelegate conveneInitialConference(ConferenceService conferences, HouseholdMeetings meetings) {
            return new ConveneConferenceDelegate(conferences, meetings, ConferenceType.INITIAL,
                    DeadlineKind.ICPC_HELD);
        }

        @Bean
        JavaDelegate conveneTransferInConference(ConferenceService conferences, HouseholdMeetings meetings) {
            return new ConveneConferenceDelegate(conferences, meetings, ConferenceType.TRANSFER_IN,
                    DeadlineKind.TRANSFER_IN_CONFERENCE);
        }
    }
}
