package uk.gov.childprotection.cases;

/** ReasonForClosure of the Children in Need census. */
public enum ClosureReason {
    RC1("Adopted"),
    RC2("Died"),
    RC3("Child arrangements order"),
    RC4("Special guardianship order"),
    RC5("Transferred to services of another local authority"),
    RC6("Transferred to adult social care"),
    RC7("Services ceased for any other reason, including child no longer in need"),
    RC8("Case closed after assessment, no further action"),
    RC9("Case closed after assessment, referred to early help");

    private final String description;

    ClosureReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
