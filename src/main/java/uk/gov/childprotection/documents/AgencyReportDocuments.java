package uk.gov.childprotection.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.conference.ReportHeading;

/**
 * An agency's report as the professionals receive it: the conference's facts, as its report request gave them,
 * then what the agency wrote under each heading of the multi-agency template. Each writing of the report is a
 * new version; the same writing stored again (a retried request) stores nothing new.
 */
@Service
@Transactional
public class AgencyReportDocuments {

    /** What was written under one heading; none is "Nothing written under this heading". */
    public record Section(String heading, String text) {
    }

    private final ConferenceLetters letters;
    private final DocumentService documents;

    public AgencyReportDocuments(ConferenceLetters letters, DocumentService documents) {
        this.letters = letters;
        this.documents = documents;
    }

    public Document write(Long conferenceId, Long participantId, String authorName, String authorRole,
            Map<ReportHeading, String> written, String generationKey) {
        ConferenceLetters.Facts facts = letters.of(conferenceId);
        Map<String, Object> model = facts.forInvitee(participantId);
        ConferenceLetters.Invitee agency = facts.invitees().stream()
                .filter(i -> i.participantId().equals(participantId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Participant " + participantId + " not invited"));
        List<Section> sections = new ArrayList<>();
        for (ReportHeading heading : ReportHeading.values()) {
            String text = written.get(heading);
            sections.add(new Section(heading.heading(), text == null || text.isBlank() ? null : text));
        }
        model.put("agencyName", agency.name());
        model.put("author", authorName + ", " + authorRole + ", " + agency.name());
        model.put("sections", sections);
        DocumentSubject subject = DocumentSubject.ofConference(facts.caseId(), conferenceId).to(participantId);
        return documents.generate(new DocumentService.Request(DocumentType.AGENCY_REPORT, subject, false,
                generationKey, "Agency report written", model));
    }
}
