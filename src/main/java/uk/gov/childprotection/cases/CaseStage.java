package uk.gov.childprotection.cases;

/** Where a child's case stands in the lifecycle. */
public enum CaseStage {
    STRATEGY_DISCUSSION("Strategy discussion"),
    SECTION_47_ENQUIRY("Section 47 enquiry"),
    INITIAL_CONFERENCE("Initial child protection conference"),
    TRANSFER_IN_CONFERENCE("Transfer-in child protection conference"),
    PLAN_IN_FORCE("Child protection plan in force"),
    CHILD_IN_NEED("Child in Need plan"),
    CLOSED("Closed");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
