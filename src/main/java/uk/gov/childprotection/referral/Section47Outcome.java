package uk.gov.childprotection.referral;

/** The outcomes of a Section 47 enquiry (DOMAIN.md, lifecycle step 2). */
public enum Section47Outcome {
    NOT_SUBSTANTIATED("Concerns not substantiated: no further action"),
    CHILD_IN_NEED("Concerns substantiated, no continuing risk of significant harm: Child in Need plan"),
    CONVENE_ICPC("Continuing risk of significant harm: convene an Initial Child Protection Conference");

    private final String label;

    Section47Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
