package uk.gov.childprotection.conference;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.EngineDueDates;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * The engine's side of a household's meeting: a child's conference process learns whether it is held at a
 * brother's or sister's meeting; the meeting's booking task is due by the earliest child's date; and when the
 * Chair has decided, each other child's waiting conference receives its own decision.
 */
@Component("householdMeetings")
public class HouseholdMeetings {

    static final String DECIDED = "HouseholdConferenceDecided";
    static final String HANDED_OVER = "HouseholdMeetingHandedOver";
    static final String CONFERENCE_PROCESS = "child-protection-conference";

    private final ConferenceService conferences;
    private final RuntimeService runtime;
    private final EngineDueDates dueDates;

    HouseholdMeetings(ConferenceService conferences, RuntimeService runtime, EngineDueDates dueDates) {
        this.conferences = conferences;
        this.runtime = runtime;
        this.dueDates = dueDates;
    }

    /**
     * Start of the conference process: sets {@code heldWithHousehold} from the conference record (so a case
     * process of an earlier version, which does not pass it, calls this one safely).
     */
    public void note(DelegateExecution execution) {
        Conference conference = conferences.get(ProcessVariables.conferenceId(execution));
        execution.setVariable("heldWithHousehold", conference.getHeldWithId() != null);
    }

    /**
     * End of a conference process (completed or cancelled): a meeting whose own child's conference ended before
     * it was held (their plan or case ended) is handed to the next child waiting for it, whose conference books
     * it again from the start (new invitations, without the child who left).
     */
    public void ended(DelegateExecution execution) {
        Object id = execution.getVariable("conferenceId");
        if (!(id instanceof Long conferenceId)) {
            return;
        }
        Conference next = conferences.handOver(conferenceId);
        if (next != null) {
            runtime.createMessageCorrelation(HANDED_OVER)
                    .processInstanceBusinessKey(conferences.caseOf(next).getReference())
                    .setVariable("conferenceId", next.getId())
                    .correlate();
        }
    }

    /** A child joined the household's meeting: the meeting's booking is due by the earliest child's date. */
    public void joined(Conference conference) {
        if (conference.getHeldWithId() == null) {
            return;
        }
        Long meetingId = conference.getHeldWithId();
        for (ProcessInstance meeting : runtime.createProcessInstanceQuery().processDefinitionKey(CONFERENCE_PROCESS)
                .variableValueEquals("conferenceId", meetingId).list()) {
            dueDates.moveTask(meeting.getId(), "Task_BookConference", conferences.mustBeHeldBy(meetingId),
                    conferences.remindToBook(meetingId));
        }
    }

    /** "Give each brother and sister their decision": each other child's conference goes on with its own. */
    void tellEachCase(Long conferenceId) {
        var meeting = conferences.meeting(conferenceId);
        for (Conference child : meeting.subList(1, meeting.size())) {
            runtime.createMessageCorrelation(DECIDED)
                    .processInstanceBusinessKey(conferences.caseOf(child).getReference())
                    .setVariable("conferenceId", child.getId())
                    .setVariable("conferenceDecision", child.getDecision().name())
                    .setVariable("seekLegalAdvice", Boolean.TRUE.equals(child.getSeekLegalAdvice()))
                    .correlate();
        }
    }

    @Configuration
    static class Beans {
        @Bean
        JavaDelegate tellHouseholdsCases(HouseholdMeetings meetings) {
            return execution -> meetings.tellEachCase(ProcessVariables.conferenceId(execution));
        }
    }
}
