package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/families/{id}: the household, its children with each child's stage (and deadlines, where the reader
 * may read that child's case), and its people with their responsibility child by child.
 */
public record FamilySummary(Long id, List<ChildView> children, List<PersonView> people) {

    public record ChildView(Long childId, String name, LocalDate dateOfBirth, LocalDate expectedDateOfDelivery,
            Integer ageYears, List<CaseView> cases) {
    }

    /** One case of the child; {@code deadlines} is null when the reader may not read this child's case. */
    public record CaseView(String reference, String stage, String stageLabel, String socialWorker,
            boolean readable, List<CaseSummary.DeadlineView> deadlines) {
    }

    public record PersonView(Long id, String name, String email, String phone, String address,
            String interpreterLanguage, boolean needsSigner, boolean needsAdvocate, boolean accessibleRoom,
            boolean largePrint, List<ResponsibilityView> children) {
    }

    /** {@code lettersReason}: why the Chair has this child's letters sent to someone without responsibility. */
    public record ResponsibilityView(Long childId, String childName, String relationship,
            boolean parentalResponsibility, String lettersReason) {
    }
}
