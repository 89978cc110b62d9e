package uk.gov.childprotection.rearrangement;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.EngineDueDates;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.conference.Booking;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceRearrangements;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.conference.Rearrangement;
import uk.gov.childprotection.documents.InvitationDocuments;
import uk.gov.childprotection.documents.ReportRequestDocuments;

/**
 * Rearranging a booked conference, through every part it touches: the booking (ConferenceRearrangements), the
 * waiting tasks' due dates and the report's escalation timer in each child's conference process (a timer's date
 * is read once, so it is moved through the engine), the Chair's tasks when another Chair takes it, and new
 * invitations and report requests with the new day (new versions; the earlier ones are kept).
 */
@Service
@Transactional
public class RearrangementService {

    static final String CONFERENCE_PROCESS = "child-protection-conference";

    private final ConferenceRearrangements rearrangements;
    private final ConferenceService conferences;
    private final DeadlineService deadlines;
    private final EngineDueDates dueDates;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationAuthority authority;
    private final InvitationDocuments invitations;
    private final ReportRequestDocuments reportRequests;

    RearrangementService(ConferenceRearrangements rearrangements, ConferenceService conferences,
            DeadlineService deadlines, EngineDueDates dueDates, RuntimeService runtime, TaskService tasks,
            ApplicationAuthority authority, InvitationDocuments invitations, ReportRequestDocuments reportRequests) {
        this.rearrangements = rearrangements;
        this.conferences = conferences;
        this.deadlines = deadlines;
        this.dueDates = dueDates;
        this.runtime = runtime;
        this.tasks = tasks;
        this.authority = authority;
        this.invitations = invitations;
        this.reportRequests = reportRequests;
    }

    public ConferenceRearrangements.Effect rearrange(String caseReference, Long conferenceId, Booking booking,
            String reason, Rearrangement.AskedBy askedBy, String by) {
        Conference conference = conferences.get(conferenceId);
        if (!conferences.caseOf(conference).getReference().equals(caseReference)) {
            throw new NotFoundException("Case " + caseReference + " has no conference " + conferenceId);
        }
        String chairBefore = conferences.get(conference.meetingId()).getChair();
        ConferenceRearrangements.Effect effect = rearrangements.rearrange(conferenceId, booking, reason, askedBy, by,
                new Problems());
        Conference meeting = conferences.get(conference.meetingId());
        authority.run(() -> {
            for (Conference child : conferences.meeting(meeting.getId())) {
                String reference = conferences.caseOf(child).getReference();
                for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                        .processDefinitionKey(CONFERENCE_PROCESS).processInstanceBusinessKey(reference)
                        .variableValueEquals("conferenceId", child.getId()).list()) {
                    follow(instance.getId(), reference, child.getId(), chairBefore, meeting.getChair());
                }
            }
        });
        List<Participant> invited = conferences.participants(meeting.getId());
        if (!invited.isEmpty()) {
            // Each letter's key is the request's and the participant's: the two kinds need keys of their own.
            String key = "rearrangement-" + effect.rearrangement().getId();
            invitations.write(meeting.getId(), key + ":invitation", "Rearrange conference");
            if (invited.stream().anyMatch(Participant::writesAgencyReport)) {
                reportRequests.requestAndWrite(meeting.getId(), key + ":report-request", "Rearrange conference");
            }
        }
        return effect;
    }

    /** The waiting work of one child's conference process follows the new day (and the new Chair). */
    private void follow(String processInstanceId, String reference, Long conferenceId, String chairBefore,
            String chairNow) {
        dueDates.moveTask(processInstanceId, "Task_ShareSocialWorkerReport", conferences.reportToParentsBy(conferenceId),
                conferences.remindOfReport(conferenceId));
        dueDates.moveTask(processInstanceId, "Task_ContactParents", conferences.dayBefore(conferenceId),
                conferences.remindOfPreparation(conferenceId));
        dueDates.moveTask(processInstanceId, "Task_RecordAgencyReports", conferences.dayBefore(conferenceId),
                conferences.remindOfPreparation(conferenceId));
        dueDates.moveTask(processInstanceId, "Task_HoldConference", conferences.meetingDay(conferenceId),
                conferences.remindOfMeeting(conferenceId));
        dueDates.moveTimer(processInstanceId, "Timer_ReportOverdue",
                deadlines.overdueAt(reference, "SOCIAL_WORKER_REPORT_TO_PARENTS"));
        if (chairNow != null && !chairNow.equals(chairBefore)) {
            List.of("Task_ContactParents", "Task_HoldConference").forEach(key -> tasks.createTaskQuery()
                    .processInstanceId(processInstanceId).taskDefinitionKey(key).list()
                    .forEach(task -> tasks.setAssignee(task.getId(), chairNow)));
        }
    }

    public List<Rearrangement> of(Long conferenceId) {
        return rearrangements.of(conferenceId);
    }
}
