package uk.gov.childprotection.plan;

/** How an action of the plan is going, as the core group sees it (labels as the form shows them). */
public enum ActionProgress {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    OFF_TRACK("Off track"),
    DONE("Done");

    private final String label;

    ActionProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
