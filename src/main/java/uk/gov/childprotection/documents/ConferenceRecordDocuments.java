package uk.gov.childprotection.documents;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.security.Staff;

/** The conference record and outline plan: what the conference heard and decided, for everyone who took part. */
@Service
@Transactional
public class ConferenceRecordDocuments {

    private final ConferenceService conferences;
    private final DocumentService documents;
    private final Staff staff;

    public ConferenceRecordDocuments(ConferenceService conferences, DocumentService documents, Staff staff) {
        this.conferences = conferences;
        this.documents = documents;
        this.staff = staff;
    }

    public Document write(Long conferenceId, boolean largePrint, String generationKey, String task) {
        Conference conference = conferences.get(conferenceId);
        if (conference.getHeldDate() == null) {
            throw new IllegalStateException("Conference " + conferenceId + " has not been held yet");
        }
        return documents.generate(new DocumentService.Request(DocumentType.CONFERENCE_RECORD,
                DocumentSubject.ofConference(conference.getCaseId(), conferenceId), largePrint, generationKey, task, model(conference)));
    }

    @Transactional(readOnly = true)
    public Map<String, Object> model(Conference conference) {
        ChildProtectionCase aCase = conferences.caseOf(conference);
        String chair = staff.displayName(conference.getChair());
        Map<String, Object> model = DocumentModel.forCase(aCase, conference.getHeldDate(),
                chair + ", Child Protection Chair");
        model.put("conference", conference);
        model.put("conferenceType", conference.getConferenceType().label());
        model.put("heldOn", DeadlineService.longDate(conference.getHeldDate()));
        model.put("reviewOn", DeadlineService.longDate(conference.getReviewDate()));
        model.put("chair", chair);
        model.put("leadSocialWorker", staff.displayName(conference.getLeadSocialWorker()));
        model.put("participants", conferences.participants(conference.getId()));
        model.put("scaling", conferences.scaling(conference.getId()));
        model.put("coreGroup", conferences.coreGroup(conference.getId()));
        model.put("decision", conference.getDecision() == null ? "" : conference.getDecision().label());
        model.put("categories", conference.getCategories().stream().map(c -> c.label()).toList());
        model.put("agencies", conference.getAgenciesAttended().stream().map(a -> a.label()).toList());
        return model;
    }
}
