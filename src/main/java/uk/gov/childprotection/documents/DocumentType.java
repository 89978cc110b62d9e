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
    /** The letters to a parent at each step of a disagreement or complaint (seed 003), from one template. */
    COMPLAINT_CONVERSATION_LETTER("documents/complaint-letter",
            "After you talked to your social worker about the conference decision"),
    COMPLAINT_MEETING_LETTER("documents/complaint-letter", "After your meeting with the Child Protection Chair"),
    COMPLAINT_RECEIVED_LETTER("documents/complaint-letter", "Your complaint about the child protection conference"),
    COMPLAINT_PANEL_LETTER("documents/complaint-letter", "What the complaint panel found"),
    /** The manager's answer to a parent's request for the conference's audio file (seed 001). */
    RECORDING_REQUEST_LETTER("documents/recording-request-letter",
            "Your request for the recording of the child protection conference"),
    /** The Chair's answer to a parent who asked to bring a supporter or solicitor. */
    SUPPORTER_LETTER("documents/supporter-letter", "Bringing someone with you to the child protection conference"),
    /** After each conference, to each parent and child invited: a link to tell us what they thought (seed 003). */
    FEEDBACK_REQUEST("documents/feedback-request", "Tell us what you thought of the conference"),
    CORE_GROUP_MINUTES("documents/core-group-minutes", "Core group meeting minutes and child protection plan"),
    PLAN_END_LETTER("documents/plan-end-letter", "Letter about the end of the child protection plan"),
    TRANSFER_PACK("documents/transfer-pack", "Transfer pack for the receiving council"),
    /** An agency's report, written in the system by its agency worker; sent to the other professionals only. */
    AGENCY_REPORT("documents/agency-report", "Agency report to the child protection conference");

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
