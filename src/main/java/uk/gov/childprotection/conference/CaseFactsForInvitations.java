package uk.gov.childprotection.conference;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Circumstance;

/**
 * The inputs of the invitation table (processes/conference-invitees.dmn), read from the case for the business
 * rule task's input mappings: {@code ${caseFacts.age(caseReference)}}, {@code ${caseFacts.has(caseReference,
 * 'DOMESTIC_ABUSE')}}.
 */
@Component("caseFacts")
public class CaseFactsForInvitations {

    private final ChildCaseService cases;
    private final Today today;

    CaseFactsForInvitations(ChildCaseService cases, Today today) {
        this.cases = cases;
        this.today = today;
    }

    /** The child's age in whole years today; -1 for an unborn child. */
    @Transactional(readOnly = true)
    public int age(String caseReference) {
        return cases.get(caseReference).getChild().ageOn(today.date());
    }

    @Transactional(readOnly = true)
    public boolean has(String caseReference, String circumstance) {
        return cases.get(caseReference).getCircumstances().contains(Circumstance.valueOf(circumstance));
    }
}
