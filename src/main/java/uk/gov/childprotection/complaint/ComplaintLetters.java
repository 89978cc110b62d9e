package uk.gov.childprotection.complaint;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.AgencyDirectory;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.documents.ConferenceRecordDocuments;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.documents.Letterhead;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.security.Staff;

/**
 * The letter to the parent at each step of a disagreement or complaint (seed 003: "the parent gets a letter at
 * each step"), in plain words, and its copy to send (by email where the parent gave an address, by post where
 * not). Each letter says that the decision stands, and what the parent can do next.
 */
@Service
@Transactional
public class ComplaintLetters {

    /** The letter of each step. */
    public enum Step {
        CONVERSATION(DocumentType.COMPLAINT_CONVERSATION_LETTER),
        MEETING(DocumentType.COMPLAINT_MEETING_LETTER),
        RECEIVED(DocumentType.COMPLAINT_RECEIVED_LETTER),
        PANEL(DocumentType.COMPLAINT_PANEL_LETTER);

        private final DocumentType type;

        Step(DocumentType type) {
            this.type = type;
        }

        public DocumentType type() {
            return type;
        }
    }

    private final ComplaintService complaints;
    private final ConferenceService conferences;
    private final ConferenceRecordDocuments records;
    private final DocumentService documents;
    private final SendingService sendings;
    private final Letterhead letterhead;
    private final AgencyDirectory agencies;
    private final Staff staff;
    private final TimescaleSettings timescales;
    private final Today today;

    ComplaintLetters(ComplaintService complaints, ConferenceService conferences, ConferenceRecordDocuments records,
            DocumentService documents, SendingService sendings, Letterhead letterhead, AgencyDirectory agencies,
            Staff staff, TimescaleSettings timescales, Today today) {
        this.complaints = complaints;
        this.conferences = conferences;
        this.records = records;
        this.documents = documents;
        this.sendings = sendings;
        this.letterhead = letterhead;
        this.agencies = agencies;
        this.staff = staff;
        this.timescales = timescales;
        this.today = today;
    }

    /** Writes the step's letter (and its large print copy when the parent asked for one) and prepares its sending. */
    public Sending write(Long complaintId, Step step, String generationKey, String task) {
        Complaint complaint = complaints.get(complaintId);
        Conference conference = conferences.get(complaint.getConferenceId());
        ChildProtectionCase aCase = conferences.caseOf(conference);
        Participant parent = complaints.parentOf(complaint);
        Map<String, Object> model = records.model(conference);
        model.put("step", step.name());
        model.put("documentDate", DeadlineService.longDate(today.date()));
        model.put("parentName", parent.getName());
        model.put("addressee", letterhead.of(parent, aCase));
        model.put("complaint", complaint);
        model.put("raisedOn", DeadlineService.longDate(complaint.getRaisedOn()));
        model.put("complaintBy", DeadlineService.longDate(complaints.lastDayInTime(complaintId)));
        model.put("conversationOn", DeadlineService.longDate(complaint.getConversationOn()));
        model.put("meetingOn", DeadlineService.longDate(complaint.getMeetingOn()));
        model.put("receivedOn", DeadlineService.longDate(complaint.getFormalReceivedOn()));
        model.put("panelOn", DeadlineService.longDate(complaint.getPanelOn()));
        model.put("reconsiderOn", DeadlineService.longDate(complaint.getReconsiderOn()));
        model.put("panelWorkingDays", timescales.complaintPanelWorkingDays());
        model.put("agency", complaint.getFormalAgency() == null ? null : complaint.getFormalAgency().label());
        model.put("agencyContact", complaint.getFormalAgency() == null ? null
                : agencies.of(complaint.getFormalAgency()).orElse(null));
        String socialWorker = staff.displayName(conferences.caseOf(conference).getSocialWorker());
        String author = switch (step) {
            case CONVERSATION -> staff.displayName(complaint.getConversationBy()) + ", social worker";
            case MEETING -> staff.displayName(complaint.getMeetingBy()) + ", Child Protection Chair";
            case RECEIVED, PANEL -> "The Child Protection and Review Unit";
        };
        model.put("author", author);
        model.put("socialWorker", socialWorker);
        model.put("contacts", Stream.of(letterhead.contact(aCase.getSocialWorker(), "social worker"),
                letterhead.contact(conference.getChair(), "Child Protection Chair")).filter(Objects::nonNull).toList());
        DocumentSubject subject = DocumentSubject.ofConference(conference.getCaseId(), conference.getId())
                .to(parent.getId());
        documents.generateLetter(step.type(), subject, parent.isLargePrint(), generationKey, task, model);
        return sendings.prepareLetter(conference.getId(), parent.getId(), step.type(), Sending.Purpose.COMPLAINT);
    }
}
