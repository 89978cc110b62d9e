package uk.gov.childprotection.conference;

/** What the Chair records as the conference's decision (variable {@code conferenceDecision}). */
public enum ConferenceDecision {
    CHILD_PROTECTION_PLAN("Child Protection Plan"),
    CHILD_IN_NEED("Child in Need plan"),
    NO_FURTHER_ACTION("No further action"),
    /** Inquorate and not decided: the conference is booked again. */
    RELIST("Not decided: re-listed");

    private final String label;

    ConferenceDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
