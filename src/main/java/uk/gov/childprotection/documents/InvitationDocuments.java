package uk.gov.childprotection.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.conference.Participant;

/**
 * The invitation letters to a conference: to each parent or carer and to the child when invited (the family
 * letter, the child's in words for a child), and to each agency and named professional (the agency letter).
 * Whoever asked for large print also gets a large print copy.
 */
@Service
@Transactional
public class InvitationDocuments {

    private final ConferenceLetters letters;
    private final DocumentService documents;

    public InvitationDocuments(ConferenceLetters letters, DocumentService documents) {
        this.letters = letters;
        this.documents = documents;
    }

    /**
     * Writes every invitation of the conference. Each letter's generation key is the request's key, the
     * participant and the print size, so the same request made again stores nothing new.
     */
    public List<Document> write(Long conferenceId, String generationKey, String task) {
        ConferenceLetters.Facts facts = letters.of(conferenceId);
        List<Document> written = new ArrayList<>();
        for (ConferenceLetters.Invitee invitee : facts.invitees()) {
            DocumentType type = ConferenceLetters.isFamily(invitee.kind()) ? DocumentType.INVITATION_FAMILY
                    : DocumentType.INVITATION_AGENCY;
            DocumentSubject subject = DocumentSubject.ofConference(facts.caseId(), conferenceId)
                    .to(invitee.participantId());
            Map<String, Object> model = model(facts, invitee);
            String key = generationKey + ":participant-" + invitee.participantId();
            written.add(documents.generate(new DocumentService.Request(type, subject, false, key, task, model)));
            if (invitee.largePrint()) {
                written.add(documents.generate(new DocumentService.Request(type, subject, true,
                        key + ":large-print", task, model)));
            }
        }
        return written;
    }

    /** One letter's values: what every letter of the conference says, and who this one is for. */
    static Map<String, Object> model(ConferenceLetters.Facts facts, ConferenceLetters.Invitee invitee) {
        Map<String, Object> model = facts.forInvitee(invitee.participantId());
        model.put("recipient", invitee.name());
        model.put("addressee", invitee.addressee());
        model.put("forChild", invitee.kind() == Participant.Kind.CHILD);
        model.put("socialCare", invitee.agency() == Agency.SOCIAL_CARE);
        model.put("asksForReport", invitee.writesAgencyReport());
        model.put("recipientDescribed", invitee.described());
        model.put("arranged", facts.arrangements().get(invitee.participantId()));
        return model;
    }
}
