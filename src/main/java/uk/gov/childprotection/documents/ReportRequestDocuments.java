package uk.gov.childprotection.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.conference.ReportHeading;

/**
 * The report requests: one to each agency asked for its report on the multi-agency template (ConferenceService
 * decides who; {@link Participant#writesAgencyReport()}), saying what the report covers, when it is needed and
 * that the agency shares it with the family before the conference.
 */
@Service
@Transactional
public class ReportRequestDocuments {

    private final ConferenceLetters letters;
    private final ConferenceService conferences;
    private final DocumentService documents;

    public ReportRequestDocuments(ConferenceLetters letters, ConferenceService conferences,
            DocumentService documents) {
        this.letters = letters;
        this.conferences = conferences;
        this.documents = documents;
    }

    /**
     * Asks the agencies for their reports and writes each one's request. Each letter's generation key is the
     * request's key and the participant, so the same request made again stores nothing new.
     */
    public List<Document> requestAndWrite(Long conferenceId, String generationKey, String task) {
        conferences.requestAgencyReports(conferenceId);
        ConferenceLetters.Facts facts = letters.of(conferenceId);
        List<Document> written = new ArrayList<>();
        for (ConferenceLetters.Invitee invitee : facts.invitees()) {
            if (!invitee.writesAgencyReport()) {
                continue;
            }
            Map<String, Object> model = facts.forInvitee(invitee.participantId());
            model.put("recipient", invitee.name());
            model.put("addressee", invitee.addressee());
            model.put("reportHeadings", List.of(ReportHeading.values()));
            DocumentSubject subject = DocumentSubject.ofConference(facts.caseId(), conferenceId)
                    .to(invitee.participantId());
            written.add(documents.generate(new DocumentService.Request(DocumentType.REPORT_REQUEST, subject,
                    false, generationKey + ":participant-" + invitee.participantId(), task, model)));
        }
        return written;
    }
}
