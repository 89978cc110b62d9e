package uk.gov.childprotection.documents;

import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.conference.ConferenceService;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;

/** A case's documents and their versions, and each PDF to download. */
@RestController
class DocumentController {

    record DocumentView(Long id, String type, String title, int version, boolean largePrint, Long conferenceId,
            Long meetingId, Long planId, Long participantId, String createdByTask, java.time.Instant createdAt,
            String sha256, String href) {
    }

    private final DocumentService documents;
    private final ChildCaseService cases;
    private final CaseAccess access;

    private final ConferenceService conferences;

    DocumentController(DocumentService documents, ChildCaseService cases, CaseAccess access,
            ConferenceService conferences) {
        this.conferences = conferences;
        this.documents = documents;
        this.cases = cases;
        this.access = access;
    }

    @GetMapping("/api/cases/{reference}/documents")
    List<DocumentView> list(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.LIST_DOCUMENTS);
        return documents.listOfCase(cases.get(reference).getId()).stream()
                .map(d -> new DocumentView(d.getId(), d.getDocumentType().name(), d.getTitle(), d.getVersion(),
                        d.isLargePrint(), d.getConferenceId(), d.getMeetingId(), d.getPlanId(), d.getParticipantId(),
                        d.getCreatedByTask(), d.getCreatedAt(), d.getSha256(), href(d.getId())))
                .toList();
    }

    /** Where a document's PDF is downloaded (also the links in Tasklist forms). */
    static String href(Long id) {
        return "/api/documents/" + id;
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable Long id) {
        Document document = documents.get(id);
        String reference = cases.caseReferenceOf(document.getCaseId());
        // A household meeting's document is each of its children's: whoever may read one of their cases.
        List<String> about = new java.util.ArrayList<>(List.of(reference));
        if (document.getConferenceId() != null) {
            conferences.casesOfMeeting(document.getConferenceId()).stream().map(ChildProtectionCase::getReference)
                    .filter(r -> !about.contains(r)).forEach(about::add);
        }
        access.readOneOf(about, AccessAudit.Action.READ_DOCUMENT, id);
        String name = documents.fileName(document, reference);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header("X-Content-SHA256", document.getSha256())
                .body(document.getContent());
    }
}
