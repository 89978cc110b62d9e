package uk.gov.childprotection.documents;

/** The documents the system writes (DOMAIN.md, "Documents the system generates"), with their template. */
public enum DocumentType {
    CONFERENCE_RECORD("documents/conference-record", "Child protection conference record and outline plan");

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
