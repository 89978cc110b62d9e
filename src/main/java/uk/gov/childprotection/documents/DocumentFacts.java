package uk.gov.childprotection.documents;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.conference.Category;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.security.Staff;

/**
 * What several documents about a plan read the same way: the case, the parents and carers a letter is for, the
 * people to contact, and category names as families read them.
 */
@Component
@Transactional(readOnly = true)
class DocumentFacts {

    private final CaseRepository cases;
    private final ConferenceService conferences;
    private final Staff staff;
    private final Letterhead letterhead;

    DocumentFacts(CaseRepository cases, ConferenceService conferences, Staff staff, Letterhead letterhead) {
        this.cases = cases;
        this.conferences = conferences;
        this.staff = staff;
        this.letterhead = letterhead;
    }

    ChildProtectionCase caseOf(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("There is no case " + caseId));
    }

    /**
     * The parents and carers invited to the case's latest conference (the last one to which any were invited):
     * whom the family's documents are for, with what they asked for.
     */
    List<Participant> parents(Long caseId) {
        List<Conference> held = new ArrayList<>(conferences.ofCase(caseId));
        for (int i = held.size() - 1; i >= 0; i--) {
            List<Participant> parents = conferences.participants(held.get(i).getId()).stream()
                    .filter(p -> p.getKind() == Participant.Kind.PARENT).toList();
            if (!parents.isEmpty()) {
                return parents;
            }
        }
        return List.of();
    }

    /** Whether a parent or carer of the latest conference asked for large print. */
    boolean largePrintAsked(Long caseId) {
        return parents(caseId).stream().anyMatch(Participant::isLargePrint);
    }

    /** "Dear Alex Example and Jordan Example": the parents and carers by name. */
    String greeting(Long caseId) {
        List<String> names = parents(caseId).stream().map(Participant::getName).toList();
        if (names.isEmpty()) {
            return "Dear parent or carer";
        }
        if (names.size() == 1) {
            return "Dear " + names.get(0);
        }
        return "Dear " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    String name(String userId) {
        return staff.displayName(userId);
    }

    Letterhead.Contact contact(String userId, String role) {
        return letterhead.contact(userId, role);
    }

    /**
     * The address block of a letter to the parents and carers together: their names, at the address of the first
     * of them whose address is known; "The parent or carer of ..." when none was invited.
     */
    Letterhead.Addressee parentsAddressee(ChildProtectionCase aCase) {
        List<Participant> parents = parents(aCase.getId());
        if (parents.isEmpty()) {
            return new Letterhead.Addressee("The parent or carer of " + aCase.getChild().fullName(),
                    uk.gov.childprotection.conference.AgencyDirectory.lines(aCase.getChild().getAddress()));
        }
        List<String> names = parents.stream().map(Participant::getName).toList();
        String together = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        List<String> lines = parents.stream().map(p -> letterhead.of(p, aCase).lines()).filter(l -> !l.isEmpty())
                .findFirst().orElse(List.of());
        return new Letterhead.Addressee(together, lines);
    }

    /** The categories a conference decided, by name: "Neglect, Emotional abuse". */
    static String categories(Conference conference) {
        return String.join(", ", conference.getCategories().stream().map(Category::label).toList());
    }

    /** A census category code as a reader knows it: "Neglect (NEG)", "More than one category (MUL)". */
    static String censusCategory(String code) {
        if (code == null) {
            return "";
        }
        return Category.labelOfCensusCode(code) + " (" + code + ")";
    }
}
