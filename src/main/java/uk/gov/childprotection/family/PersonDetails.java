package uk.gov.childprotection.family;

/** What is recorded of a parent or carer: who they are, how to reach them, and what they need to take part. */
public record PersonDetails(String name, String email, String phone, String address, String interpreterLanguage,
        boolean needsSigner, boolean needsAdvocate, boolean accessibleRoom, boolean largePrint) {
}
