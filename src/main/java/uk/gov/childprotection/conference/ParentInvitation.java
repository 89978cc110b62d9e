package uk.gov.childprotection.conference;

/** A parent or carer to invite, with what they need to take part. */
public record ParentInvitation(String name, Relationship relationship, boolean parentalResponsibility, String email,
        String interpreterLanguage, boolean needsSigner, boolean needsAdvocate, boolean accessibleRoom,
        boolean largePrint) {
}
