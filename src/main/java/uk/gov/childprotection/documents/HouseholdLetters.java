package uk.gov.childprotection.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.family.FamilyService;

/**
 * Which children a letter about a household's conference speaks of: a parent's letter, the children they hold
 * parental responsibility for, and any the Chair recorded a reason to write to them about (a person with neither
 * for any child is written to about the children they are recorded as caring for, or failing that all of them); a child's own letter, that child alone; an agency's,
 * every child of the meeting.
 */
@Component
class HouseholdLetters {

    /** The children a letter names, as the templates use them. */
    record About(List<ChildProtectionCase> cases) {

        /** "Ava Ashby, Ben Ashby and Cal Ashby"; the case references likewise; one child's date of birth. */
        void putInto(Map<String, Object> model) {
            model.put("caseReference", String.join(", ", cases.stream().map(ChildProtectionCase::getReference)
                    .toList()));
            model.put("childName", inWords(cases.stream().map(c -> c.getChild().fullName()).toList()));
            model.put("childGivenName", inWords(cases.stream().map(c -> c.getChild().getGivenName()).toList()));
            model.put("childBorn", cases.size() == 1 ? cases.get(0).getChild().getDateOfBirth() : null);
            model.put("plural", cases.size() > 1);
        }
    }

    private final FamilyService families;

    HouseholdLetters(FamilyService families) {
        this.families = families;
    }

    /** The children of the meeting the participant's letter speaks of. */
    @Transactional(readOnly = true)
    About concerning(Participant participant, List<ChildProtectionCase> meeting) {
        if (participant.getKind() == Participant.Kind.CHILD && participant.getChildCaseId() != null) {
            return new About(meeting.stream().filter(c -> c.getId().equals(participant.getChildCaseId())).toList());
        }
        if (participant.getKind() != Participant.Kind.PARENT || participant.getPersonId() == null
                || meeting.size() == 1) {
            return new About(meeting);
        }
        List<ChildProtectionCase> responsible = new ArrayList<>();
        List<ChildProtectionCase> related = new ArrayList<>();
        for (ChildProtectionCase child : meeting) {
            families.responsibility(participant.getPersonId(), child.getChild().getId()).ifPresent(r -> {
                related.add(child);
                if (r.getsLetters()) {
                    responsible.add(child);
                }
            });
        }
        return new About(!responsible.isEmpty() ? responsible : !related.isEmpty() ? related : meeting);
    }

    /** "Ava", "Ava and Ben", "Ava, Ben and Cal". */
    static String inWords(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
