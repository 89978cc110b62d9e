package uk.gov.childprotection.documents;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;

/**
 * Links to documents for the Tasklist forms of the tasks that follow them, as markdown (a form's text component
 * renders its text as markdown once the variables are filled in): a conference's letters one list item each,
 * the newest version of each, addressed by name; or the newest version of one document.
 */
@Service
@Transactional(readOnly = true)
public class DocumentLinks {

    private final ConferenceService conferences;
    private final DocumentService documents;
    private final DocumentRepository repository;

    public DocumentLinks(ConferenceService conferences, DocumentService documents, DocumentRepository repository) {
        this.conferences = conferences;
        this.documents = documents;
        this.repository = repository;
    }

    /** "[Conference record and outline plan, version 2, large print (PDF)](/api/documents/12)". */
    public static String link(Document document) {
        return "[" + markdownText(document.getTitle()) + ", version " + document.getVersion()
                + (document.isLargePrint() ? ", large print" : "") + " (PDF)](" + DocumentController.href(document.getId())
                + ")";
    }

    /**
     * "[Transfer pack, version 1 (PDF)](/api/documents/12)": the newest standard-print version of the document of
     * this type and subject; an empty string when none is written, so that the form shows nothing.
     */
    public String markdown(DocumentType type, DocumentSubject subject, String label) {
        return repository.findByCaseIdAndDocumentType(subject.caseId(), type).stream()
                .filter(row -> row.subject().equals(subject) && !row.isLargePrint())
                .max(Comparator.comparingInt(DocumentRepository.VersionRow::getVersion))
                .map(row -> "[" + label + ", version " + row.getVersion() + " (PDF)](" + DocumentController.href(row.getId())
                        + ")")
                .orElse("");
    }

    /** The family's invitation letters: "- [Invitation for Alex Example (PDF)](/api/documents/12)", one a line. */
    public String invitationLinks(Long conferenceId) {
        return links(conferenceId, DocumentType.INVITATION_FAMILY, "Invitation for ",
                "No invitation letters to the family have been written yet.");
    }

    /** The report requests: "- [Report request to Police (PDF)](/api/documents/20)", one a line. */
    public String reportRequestLinks(Long conferenceId) {
        return links(conferenceId, DocumentType.REPORT_REQUEST, "Report request to ",
                "No report requests have been written yet.");
    }

    private String links(Long conferenceId, DocumentType type, String lead, String none) {
        Conference conference = conferences.get(conferenceId);
        Map<Long, String> names = conferences.participants(conferenceId).stream()
                .collect(Collectors.toMap(Participant::getId, Participant::getName));
        List<DocumentRepository.VersionRow> rows = documents.latestOfConference(type, conference.getCaseId(),
                conferenceId);
        if (rows.isEmpty()) {
            return none;
        }
        Function<DocumentRepository.VersionRow, String> line = row -> "- [" + lead
                + markdownText(names.getOrDefault(row.getParticipantId(), "everyone"))
                + (row.isLargePrint() ? ", large print" : "") + " (PDF)](" + DocumentController.href(row.getId())
                + ")";
        return rows.stream().map(line).collect(Collectors.joining("\n"));
    }

    /** A name as markdown shows it: the characters markdown (or HTML) would read as markup are escaped. */
    static String markdownText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
