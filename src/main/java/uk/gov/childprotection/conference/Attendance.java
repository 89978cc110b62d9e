package uk.gov.childprotection.conference;

/** Whether an invitee was at the conference, as the Chair records it person by person. */
public enum Attendance {
    PRESENT("Present"),
    ABSENT("Absent"),
    LEFT_FOR_CONFIDENTIAL_PART("Present, and asked to leave for the confidential part");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean attended() {
        return this != ABSENT;
    }
}
