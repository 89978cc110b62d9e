package uk.gov.childprotection.recording;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
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

/** The manager's answer to a parent who asked for the conference's audio file, and its copy to send. */
@Service
@Transactional
public class RecordingRequestLetter {

    private final RecordingService recordings;
    private final ConferenceService conferences;
    private final ConferenceRecordDocuments records;
    private final DocumentService documents;
    private final SendingService sendings;
    private final Letterhead letterhead;
    private final Staff staff;
    private final Today today;

    RecordingRequestLetter(RecordingService recordings, ConferenceService conferences,
            ConferenceRecordDocuments records, DocumentService documents, SendingService sendings,
            Letterhead letterhead, Staff staff, Today today) {
        this.recordings = recordings;
        this.conferences = conferences;
        this.records = records;
        this.documents = documents;
        this.sendings = sendings;
        this.letterhead = letterhead;
        this.staff = staff;
        this.today = today;
    }

    public Sending write(Long requestId, String generationKey, String task) {
        AudioRequest request = recordings.get(requestId);
        Conference conference = conferences.get(request.getConferenceId());
        ChildProtectionCase aCase = conferences.caseOf(conference);
        Participant parent = recordings.parentOf(request);
        Map<String, Object> model = records.model(conference);
        String manager = staff.displayName(request.getDecidedBy());
        model.put("documentDate", DeadlineService.longDate(today.date()));
        model.put("author", manager + ", Service Manager, Quality Assurance");
        model.put("manager", manager);
        model.put("parentName", parent.getName());
        model.put("addressee", letterhead.of(parent, aCase));
        model.put("request", request);
        model.put("requestedOn", DeadlineService.longDate(request.getRequestedOn()));
        model.put("released", request.getDecision() == AudioRequest.Decision.RELEASE);
        model.put("releaseBy", DeadlineService.longDate(recordings.dueBy(requestId).toInstant()
                .atZone(Today.ENGLAND).toLocalDate()));
        model.put("sha256", recordings.recording(request.getRecordingId()).getSha256());
        model.put("contacts", Stream.of(letterhead.contact(request.getDecidedBy(), "Service Manager"),
                letterhead.contact(conference.getChair(), "Child Protection Chair")).filter(Objects::nonNull).toList());
        DocumentSubject subject = DocumentSubject.ofConference(conference.getCaseId(), conference.getId())
                .to(parent.getId());
        documents.generateLetter(DocumentType.RECORDING_REQUEST_LETTER, subject, parent.isLargePrint(), generationKey, task, model);
        return sendings.prepareLetter(conference.getId(), parent.getId(), DocumentType.RECORDING_REQUEST_LETTER,
                Sending.Purpose.RECORDING_REQUEST);
    }
}
