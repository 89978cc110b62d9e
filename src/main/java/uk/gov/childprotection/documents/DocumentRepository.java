package uk.gov.childprotection.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    Optional<Document> findByGenerationKey(String generationKey);

    List<Document> findByCaseIdOrderByDocumentTypeAscVersionAsc(Long caseId);

    /** The same list without the bytes, as the API lists it. */
    List<Listing> findListingByCaseIdOrderByDocumentTypeAscVersionAsc(Long caseId);

    /** The documents of household meetings (written under the meeting's own child's case). */
    List<Listing> findListingByConferenceIdInOrderByDocumentTypeAscVersionAsc(java.util.Collection<Long> ids);

    interface Listing {
        Long getId();
        DocumentType getDocumentType();
        String getTitle();
        int getVersion();
        boolean isLargePrint();
        Long getConferenceId();
        Long getMeetingId();
        Long getPlanId();
        Long getParticipantId();
        String getCreatedByTask();
        java.time.Instant getCreatedAt();
        String getSha256();
    }

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
