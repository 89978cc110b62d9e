package uk.gov.childprotection.conference;

import uk.gov.childprotection.family.Relationship;

/**
 * A parent or carer to invite, with what they need to take part, and their own part of the conference when
 * parents attend separately (none when they come for the whole of it).
 */
public record ParentInvitation(String name, Relationship relationship, boolean parentalResponsibility, String email,
        String interpreterLanguage, boolean needsSigner, boolean needsAdvocate, boolean accessibleRoom,
        boolean largePrint, String address, SeparatePart separatePart) {

    /** Coming for the whole conference. */
    public ParentInvitation(String name, Relationship relationship, boolean parentalResponsibility, String email,
            String interpreterLanguage, boolean needsSigner, boolean needsAdvocate, boolean accessibleRoom,
            boolean largePrint, String address) {
        this(name, relationship, parentalResponsibility, email, interpreterLanguage, needsSigner, needsAdvocate,
                accessibleRoom, largePrint, address, null);
    }

    /** Without a postal address: the one recorded with the household's people is kept. */
    public ParentInvitation(String name, Relationship relationship, boolean parentalResponsibility, String email,
            String interpreterLanguage, boolean needsSigner, boolean needsAdvocate, boolean accessibleRoom,
            boolean largePrint) {
        this(name, relationship, parentalResponsibility, email, interpreterLanguage, needsSigner, needsAdvocate,
                accessibleRoom, largePrint, null);
    }
}
