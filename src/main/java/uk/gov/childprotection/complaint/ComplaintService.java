package uk.gov.childprotection.complaint;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;

/**
 * A parent's disagreement with a conference decision, step by step (seed 003): the social worker talks it
 * through and records the conversation; if the parent is still unhappy the Chair holds an informal meeting; then
 * the parent may complain formally, to the Chair or the manager of the child protection and review unit, within
 * 28 days of the conference (a later complaint is recorded as late); a complaint about one agency's own service
 * is pointed to that agency's procedure; a complaint about the conference is heard by a multi-agency panel
 * (health, police, education, social care) that may recommend the conference reconsider. Nothing here changes
 * the conference's decision: it stands while the complaint is considered, and only a conference changes it.
 */
@Service
@Transactional
public class ComplaintService {

    public static final String PROCESS = "parent-complaint";

    /** A disagreement or complaint as it arrives, from the API. */
    public record NewComplaint(Long conferenceId, String parentName, LocalDate raisedOn, String concern,
            Complaint.BeganAs beganAs) {
    }

    private final ComplaintRepository complaints;
    private final ChildCaseService cases;
    private final ConferenceService conferences;
    private final TimescaleSettings timescales;
    private final WorkingDayCalendar calendar;
    private final Today today;
    private final RuntimeService runtime;
    private final ApplicationAuthority authority;

    ComplaintService(ComplaintRepository complaints, ChildCaseService cases, ConferenceService conferences,
            TimescaleSettings timescales, WorkingDayCalendar calendar, Today today, RuntimeService runtime,
            ApplicationAuthority authority) {
        this.complaints = complaints;
        this.cases = cases;
        this.conferences = conferences;
        this.timescales = timescales;
        this.calendar = calendar;
        this.today = today;
        this.runtime = runtime;
        this.authority = authority;
    }

    /** Checks and stores what the parent raised, then starts its process; refused with a message per field. */
    public Complaint raise(String caseReference, NewComplaint raised, String recordedBy) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Conference conference = conferenceOf(aCase, raised.conferenceId());
        Problems problems = new Problems();
        problems.check(raised.parentName() != null && !raised.parentName().isBlank(), "parentName",
                "say which parent or carer disagrees");
        problems.check(raised.raisedOn() != null, "raisedOn", "give the day the parent raised it");
        problems.check(raised.concern() != null && !raised.concern().isBlank(), "concern",
                "say what the parent disagrees with");
        problems.throwIfAny();
        Participant parent = conferences.invitedParent(conference, raised.parentName());
        LocalDate on = raised.raisedOn();
        problems.check(!on.isAfter(today.date()), "raisedOn", "must not be in the future");
        problems.check(!on.isBefore(conference.getHeldDate()), "raisedOn",
                "must not be before the conference (" + DeadlineService.longDate(conference.getHeldDate()) + ")");
        problems.throwIfAny();
        Complaint.BeganAs began = raised.beganAs() == null ? Complaint.BeganAs.DISAGREEMENT : raised.beganAs();
        Complaint saved = complaints.save(new Complaint(aCase.getId(), conference.getId(), parent.getId(), on,
                raised.concern().trim(), began, recordedBy, today.now().toInstant()));
        authority.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(caseReference)
                .setVariable("caseReference", caseReference)
                .setVariable("conferenceId", conference.getId())
                .setVariable("complaintId", saved.getId())
                .setVariable("complaintStage", began.name())
                .execute());
        return saved;
    }

    private Conference conferenceOf(ChildProtectionCase aCase, Long conferenceId) {
        if (conferenceId != null) {
            Conference conference = conferences.get(conferenceId);
            if (!conference.getCaseId().equals(aCase.getId())) {
                throw new NotFoundException("Case " + aCase.getReference() + " has no conference " + conferenceId);
            }
            if (!conference.isDecided()) {
                throw new ConflictException("Conference " + conferenceId + " has not decided anything yet");
            }
            return conference;
        }
        return conferences.findLatestDecided(aCase.getId()).orElseThrow(() -> new ConflictException("Case "
                + aCase.getReference() + " has no conference decision to disagree with yet"));
    }

    /** The social worker's conversation with the parent; closes the matter when the parent is satisfied. */
    public void recordConversation(Long complaintId, LocalDate on, String notes, boolean stillUnhappy, String by,
            Problems problems) {
        Complaint complaint = open(complaintId);
        notBeforeOrAfterToday(on, complaint.getRaisedOn(), "the day the parent raised it", "conversationDate",
                problems);
        problems.throwIfAny();
        complaint.conversation(on, notes, by);
        if (!stillUnhappy) {
            complaint.close(Complaint.Outcome.RESOLVED_WITH_SOCIAL_WORKER, today.date());
        }
    }

    /** What the meeting ended in: the parent satisfied, still unhappy without a complaint yet, or a complaint. */
    public enum MeetingOutcome { RESOLVED, NO_COMPLAINT_YET, FORMAL_COMPLAINT }

    /** The Chair's informal meeting with the parent. */
    public void recordMeeting(Long complaintId, LocalDate on, String notes, MeetingOutcome outcome, String by,
            Problems problems) {
        Complaint complaint = open(complaintId);
        LocalDate after = complaint.getConversationOn() != null ? complaint.getConversationOn()
                : complaint.getRaisedOn();
        notBeforeOrAfterToday(on, after, "the social worker's conversation with the parent", "meetingDate",
                problems);
        problems.throwIfAny();
        complaint.meeting(on, notes, by);
        switch (outcome) {
            case RESOLVED -> complaint.close(Complaint.Outcome.RESOLVED_AT_INFORMAL_MEETING, today.date());
            case NO_COMPLAINT_YET -> complaint.close(Complaint.Outcome.NO_FORMAL_COMPLAINT, today.date());
            case FORMAL_COMPLAINT -> { }
        }
    }

    /**
     * The formal complaint: in time or late (recorded either way); one about an agency's own service is pointed
     * to that agency's procedure and goes no further here.
     */
    public void recordFormal(Long complaintId, LocalDate receivedOn, Complaint.MadeTo madeTo, Complaint.About about,
            Agency agency, String text, String by, Problems problems) {
        Complaint complaint = open(complaintId);
        Conference conference = conferences.get(complaint.getConferenceId());
        notBeforeOrAfterToday(receivedOn, conference.getHeldDate(), "the conference", "complaintReceivedDate",
                problems);
        problems.check(about != Complaint.About.ONE_AGENCY || agency != null, "complaintAgency",
                "choose the agency the complaint is about");
        problems.throwIfAny();
        boolean late = ComplaintRules.late(receivedOn, conference.getHeldDate(), timescales.complaintDays());
        complaint.formal(receivedOn, madeTo, about, about == Complaint.About.ONE_AGENCY ? agency : null, text, late,
                by);
        if (about == Complaint.About.ONE_AGENCY) {
            complaint.close(Complaint.Outcome.POINTED_TO_AGENCY, today.date());
        }
    }

    /** The multi-agency panel that heard the complaint: a member from each of the four agencies, and its view. */
    public void recordPanel(Long complaintId, LocalDate on, String health, String police, String education,
            String socialCare, String findings, Complaint.Recommendation recommendation, String by,
            Problems problems) {
        Complaint complaint = open(complaintId);
        if (!complaint.isFormal()) {
            throw new ConflictException("There is no formal complaint for the panel to hear");
        }
        notBeforeOrAfterToday(on, complaint.getFormalReceivedOn(), "the complaint reached us", "panelDate",
                problems);
        problems.throwIfAny();
        complaint.panel(on, health, police, education, socialCare, findings, recommendation, by);
        if (recommendation == Complaint.Recommendation.NO_CHANGE) {
            complaint.close(Complaint.Outcome.PANEL_NO_CHANGE, today.date());
        }
    }

    /**
     * The Chair's arrangement for the conference to reconsider, as the panel recommended: when, and how. The
     * decision stands until that conference decides.
     */
    public void recordReconsideration(Long complaintId, LocalDate on, String arrangement, String by,
            Problems problems) {
        Complaint complaint = open(complaintId);
        if (complaint.getPanelRecommendation() != Complaint.Recommendation.RECONSIDER) {
            throw new ConflictException("The panel did not recommend that the conference reconsider");
        }
        problems.check(!on.isBefore(today.date()), "reconsiderDate",
                "must be today or later: the day the conference will reconsider its decision");
        problems.throwIfAny();
        complaint.reconsideration(on, arrangement, by);
        complaint.close(Complaint.Outcome.PANEL_RECOMMENDED_RECONSIDERATION, today.date());
    }

    private void notBeforeOrAfterToday(LocalDate on, LocalDate earliest, String what, String field,
            Problems problems) {
        if (on == null) {
            return;
        }
        problems.check(!on.isAfter(today.date()), field, "must be today or earlier");
        problems.check(!on.isBefore(earliest), field,
                "must not be before " + what + " (" + DeadlineService.longDate(earliest) + ")");
    }

    private Complaint open(Long complaintId) {
        Complaint complaint = get(complaintId);
        if (complaint.isClosed()) {
            throw new ConflictException("This complaint was closed on "
                    + DeadlineService.longDate(complaint.getClosedOn()));
        }
        return complaint;
    }

    /** The last day the formal complaint about this complaint's conference is in time. */
    @Transactional(readOnly = true)
    public LocalDate lastDayInTime(Long complaintId) {
        return ComplaintRules.lastDayInTime(conferences.get(get(complaintId).getConferenceId()).getHeldDate(),
                timescales.complaintDays());
    }

    // Due dates of the tasks (camunda:dueDate), each from its local-policy setting.

    /** The social worker talks with the parent within disagreement-conversation-working-days of it being raised. */
    @Transactional(readOnly = true)
    public Date conversationDueBy(Long complaintId) {
        return Today.endOfWorkingDay(calendar.addWorkingDays(get(complaintId).getRaisedOn(),
                timescales.disagreementConversationWorkingDays()));
    }

    /** The Chair meets the parent within informal-meeting-working-days of the social worker's conversation. */
    @Transactional(readOnly = true)
    public Date meetingDueBy(Long complaintId) {
        Complaint complaint = get(complaintId);
        LocalDate from = Optional.ofNullable(complaint.getConversationOn()).orElse(complaint.getRaisedOn());
        return Today.endOfWorkingDay(calendar.addWorkingDays(from, timescales.informalMeetingWorkingDays()));
    }

    /** A complaint is recorded by the end of the next working day. */
    public Date nextWorkingDay() {
        return Today.endOfWorkingDay(calendar.addWorkingDays(today.date(), 1));
    }

    /** The panel hears the complaint within complaint-panel-working-days of receiving it. */
    @Transactional(readOnly = true)
    public Date panelDueBy(Long complaintId) {
        Complaint complaint = get(complaintId);
        LocalDate from = Optional.ofNullable(complaint.getFormalReceivedOn()).orElse(today.date());
        return Today.endOfWorkingDay(calendar.addWorkingDays(from, timescales.complaintPanelWorkingDays()));
    }

    @Transactional(readOnly = true)
    public Complaint get(Long complaintId) {
        return complaints.findById(complaintId)
                .orElseThrow(() -> new NotFoundException("There is no complaint " + complaintId));
    }

    @Transactional(readOnly = true)
    public List<Complaint> ofCase(Long caseId) {
        return complaints.findByCaseIdOrderById(caseId);
    }

    @Transactional(readOnly = true)
    public Participant parentOf(Complaint complaint) {
        return conferences.participant(complaint.getConferenceId(), complaint.getParticipantId());
    }
}
