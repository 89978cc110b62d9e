package uk.gov.childprotection.documents;

/** The documents the system writes (DOMAIN.md, "Documents the system generates"), with their template. */
public enum DocumentType {
    INVITATION_FAMILY("documents/invitation-family", "Invitation to a child protection conference"),
    INVITATION_AGENCY("documents/invitation-agency", "Invitation to a child protection conference (agencies)"),
    REPORT_REQUEST("documents/report-request", "Request for a report to a child protection conference"),
    CONFERENCE_RECORD("documents/conference-record", "Child protection conference record and outline plan"),
    /** The same record without the confidential part, for a parent asked to leave for it. */
    CONFERENCE_RECORD_OPEN_PART("documents/conference-record",
            "Child protection conference record and outline plan (without the confidential part)"),
    DECISION_LETTER("documents/decision-letter", "Letter about the conference decision"),
    AMENDMENT_OUTCOME_LETTER("documents/amendment-outcome-letter", "Your request to change the conference record"),
    CORE_GROUP_MINUTES("documents/core-group-minutes", "Core group meeting minutes and child protection plan"),
    PLAN_END_LETTER("documents/plan-end-letter", "Letter about the end of the child protection plan"),
    TRANSFER_PACK("documents/transfer-pack", "Transfer pack for the receiving council");

    private final String template;
    private final String title;

    DocumentType(String template, String title) {
        this.template = template;
        this.title = title;
    }

    public String template() {
        return template;
    }

    public String title() {
        return title;
    }
}
