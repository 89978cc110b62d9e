package uk.gov.childprotection.plan;

/** Why a Child Protection Plan ended (DOMAIN.md, lifecycle step 8). */
public enum PlanEndReason {
    REVIEW_STEP_DOWN("A review found the child no longer at continuing risk of significant harm: Child in Need plan"),
    REVIEW_NO_FURTHER_ACTION("A review found the child no longer at continuing risk of significant harm: no further action"),
    DIED("The child died"),
    LEFT_UK("The child permanently left the UK"),
    EIGHTEENTH_BIRTHDAY("The child reached 18"),
    TRANSFERRED("The family moved to another local authority, whose transfer-in conference has been held");

    private final String description;

    PlanEndReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
