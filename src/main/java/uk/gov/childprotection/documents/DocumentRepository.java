package uk.gov.childprotection.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    Optional<Document> findByGenerationKey(String generationKey);

    List<Document> findByCaseIdOrderByDocumentTypeAscVersionAsc(Long caseId);

    /** The newest version of one document (its id and number), without loading its bytes. */
    Optional<IdAndVersion> findFirstByCaseIdAndDocumentTypeAndSubjectKeyAndLargePrintOrderByVersionDesc(Long caseId,
            DocumentType type, String subjectKey, boolean largePrint);

    interface IdAndVersion {
        Long getId();
        int getVersion();
    }

    /** Which versions exist, without loading their bytes. */
    List<VersionRow> findByCaseIdAndDocumentType(Long caseId, DocumentType type);

    interface VersionRow {
        Long getId();
        Long getCaseId();
        Long getConferenceId();
        Long getMeetingId();
        Long getPlanId();
        Long getParticipantId();
        int getVersion();
        boolean isLargePrint();

        default DocumentSubject subject() {
            return new DocumentSubject(getCaseId(), getConferenceId(), getMeetingId(), getPlanId(), getParticipantId());
        }
    }
}
