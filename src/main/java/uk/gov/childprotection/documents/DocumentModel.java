package uk.gov.childprotection.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;

/**
 * The values every document shows (the fragment {@code caseDetails} in templates/documents/fragments.html): the
 * case reference, the child, the date and the author. Each document adds its own values to the map.
 */
public final class DocumentModel {

    private DocumentModel() {
    }

    public static Map<String, Object> forCase(ChildProtectionCase aCase, LocalDate date, String author) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseReference", aCase.getReference());
        model.put("childName", aCase.getChild().fullName());
        model.put("childBorn", aCase.getChild().getDateOfBirth());
        model.put("documentDate", DeadlineService.longDate(date));
        model.put("author", author);
        return model;
    }
}
