package uk.gov.childprotection.cases;

/**
 * ReasonForClosure (N00103) of the DfE Children in Need census, with the DfE's descriptions.
 *
 * <p>Which one a "no further action" closes with is {@link #forNoFurtherAction}. The DfE census validation
 * rule 2990 ("Activity is recorded against a case marked as 'Case closed after assessment, no further action'"):
 * a CINDetails episode with ReasonForClosure RC8 cannot have a Section47 module, a ChildProtectionPlans module,
 * a DateOfInitialCPC or a CINPlanDates module; the census guide gives RC9 the same meaning, "closed after
 * assessment", with a referral on to early help. An episode that went further than the assessment and then
 * ended with no further action has "services ceased for any other reason", RC7.
 */
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

    /** What an episode holds, as far as the census reason for a "no further action" closure depends on it. */
    public record Episode(boolean section47Enquiry, boolean initialConferenceHeld, boolean childInNeedPlan,
            boolean childProtectionPlan) {

        /** Went further than the assessment: the census modules rule 2990 forbids beside RC8 and RC9. */
        boolean wentBeyondAssessment() {
            return section47Enquiry || initialConferenceHeld || childInNeedPlan || childProtectionPlan;
        }
    }

    /**
     * The census reason when an episode closes with no further action: RC8 only when it was closed after the
     * assessment alone (the strategy discussion's decision here); RC7 after a Section 47 enquiry, an initial or
     * transfer-in conference, or a plan. RC9 would need a recorded referral to early help, which this service
     * does not record, so it is never chosen here.
     */
    public static ClosureReason forNoFurtherAction(Episode episode) {
        return episode.wentBeyondAssessment() ? RC7 : RC8;
    }
}
