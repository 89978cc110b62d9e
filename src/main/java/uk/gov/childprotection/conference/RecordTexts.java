package uk.gov.childprotection.conference;

/** The words of a conference record that the Chair may correct after a parent's amendment request. */
public record RecordTexts(String dangerStatements, String workingWell, String worries, String complicatingFactors,
        String childWishesAndFeelings, String safetyGoals, String outlinePlan) {

    /** Form field names, in the order the Chair's form shows them. */
    public static final java.util.List<String> FIELDS = java.util.List.of("dangerStatements", "workingWell",
            "worries", "complicatingFactors", "childWishesAndFeelings", "safetyGoals", "outlinePlan");
}
