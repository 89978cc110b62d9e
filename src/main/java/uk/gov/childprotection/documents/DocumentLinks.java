package uk.gov.childprotection.documents;

import java.util.Comparator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links to documents for the Tasklist forms of the tasks that follow them: a markdown link, which a form's text
 * component renders once it has put the variable in (form-js templates first, then renders markdown).
 */
@Component
@Transactional(readOnly = true)
public class DocumentLinks {

    private final DocumentRepository documents;

    DocumentLinks(DocumentRepository documents) {
        this.documents = documents;
    }

    /**
     * "[Transfer pack, version 1 (PDF)](/api/documents/12)": the newest standard-print version of the document of
     * this type and subject; an empty string when none is written, so that the form shows nothing.
     */
    public String markdown(DocumentType type, DocumentSubject subject, String label) {
        return documents.findByCaseIdAndDocumentType(subject.caseId(), type).stream()
                .filter(row -> row.subject().equals(subject) && !row.isLargePrint())
                .max(Comparator.comparingInt(DocumentRepository.VersionRow::getVersion))
                .map(row -> "[" + label + ", version " + row.getVersion() + " (PDF)](/api/documents/" + row.getId()
                        + ")")
                .orElse("");
    }
}
