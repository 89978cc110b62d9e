package uk.gov.childprotection.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    Optional<Document> findByGenerationKey(String generationKey);

    List<Document> findByCaseIdOrderByDocumentTypeAscVersionAsc(Long caseId);

    @Query("select coalesce(max(d.version), 0) from Document d where d.caseId = ?1 and d.documentType = ?2 "
            + "and ((?3 is null and d.conferenceId is null) or d.conferenceId = ?3) and d.largePrint = ?4")
    int latestVersion(Long caseId, DocumentType type, Long conferenceId, boolean largePrint);
}
