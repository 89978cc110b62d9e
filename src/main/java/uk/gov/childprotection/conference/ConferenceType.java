package uk.gov.childprotection.conference;

/** One conference process serves them all (variable {@code conferenceType}). */
public enum ConferenceType {
    INITIAL("initial child protection conference"),
    REVIEW("review child protection conference"),
    TRANSFER_IN("transfer-in child protection conference");

    private final String label;

    ConferenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
