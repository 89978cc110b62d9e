package uk.gov.childprotection.documents;

import java.util.Objects;

/**
 * What a document is about: always a case, and where it applies one conference, core group meeting or plan, and
 * the one participant a letter is addressed to. Versions are counted per type, subject and print size.
 */
public record DocumentSubject(Long caseId, Long conferenceId, Long meetingId, Long planId, Long participantId) {

    public DocumentSubject {
        Objects.requireNonNull(caseId, "a document always belongs to a case");
    }

    public static DocumentSubject ofCase(Long caseId) {
        return new DocumentSubject(caseId, null, null, null, null);
    }

    public static DocumentSubject ofConference(Long caseId, Long conferenceId) {
        return new DocumentSubject(caseId, conferenceId, null, null, null);
    }

    public static DocumentSubject ofMeeting(Long caseId, Long planId, Long meetingId) {
        return new DocumentSubject(caseId, null, meetingId, planId, null);
    }

    public static DocumentSubject ofPlan(Long caseId, Long planId) {
        return new DocumentSubject(caseId, null, null, planId, null);
    }

    /** The subject as one key (the case aside), stored beside the document so its versions are found by index. */
    public String key() {
        return "conference=" + text(conferenceId) + ";meeting=" + text(meetingId) + ";plan=" + text(planId)
                + ";participant=" + text(participantId);
    }

    private static String text(Long id) {
        return id == null ? "" : id.toString();
    }

    /** The same subject, addressed to one participant. */
    public DocumentSubject to(Long participant) {
        return new DocumentSubject(caseId, conferenceId, meetingId, planId, participant);
    }
}
