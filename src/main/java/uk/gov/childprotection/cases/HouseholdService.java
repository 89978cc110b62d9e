package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.family.FamilyService;
import uk.gov.childprotection.security.Staff;

/** Changes to a household after the referral: its people, and children moving in. */
@Service
@Transactional
class HouseholdService {

    private final ChildCaseService cases;
    private final FamilyService families;
    private final Staff staff;
    private final Today today;

    HouseholdService(ChildCaseService cases, FamilyService families, Staff staff, Today today) {
        this.cases = cases;
        this.families = families;
        this.staff = staff;
        this.today = today;
    }

    /** People added after the referral name each child by case reference (a child's number means nothing here). */
    Long addPerson(Long familyId, FamilyReferral.Person person) {
        List<ChildProtectionCase> household = cases.casesOfFamily(familyId);
        Problems problems = new Problems();
        Map<Long, FamilyService.Responsibility> byChild = new LinkedHashMap<>();
        for (int i = 0; i < person.children().size(); i++) {
            FamilyReferral.ChildLink link = person.children().get(i);
            ChildProtectionCase aCase = household.stream()
                    .filter(c -> c.getReference().equals(link.caseReference())).findFirst().orElse(null);
            problems.check(link.caseReference() != null, "children[" + i + "].caseReference",
                    "give the case reference of a child in this family");
            problems.check(link.caseReference() == null || aCase != null, "children[" + i + "].caseReference",
                    "'" + link.caseReference() + "' is not a case of a child in this family");
            if (aCase != null) {
                byChild.put(aCase.getChild().getId(), new FamilyService.Responsibility(link.relationship(),
                        link.parentalResponsibility()));
            }
        }
        problems.throwIfAny();
        return families.addPerson(familyId, person.details(), byChild, today.now().toInstant()).getId();
    }

    void recordLettersReason(Long familyId, Long personId, String caseReference, String reason) {
        ChildProtectionCase aCase = cases.get(caseReference);
        var person = families.person(personId).orElse(null);
        Problems problems = new Problems();
        problems.check(familyId.equals(aCase.getChild().getFamilyId()), "caseReference",
                "'" + caseReference + "' is not a case of a child in this family");
        problems.check(person != null && familyId.equals(person.getFamilyId()), "personId",
                "there is no person " + personId + " in this family");
        problems.throwIfAny();
        problems.check(families.responsibility(personId, aCase.getChild().getId()).isPresent(), "personId",
                person.getName() + " is not recorded as a parent or carer of " + aCase.getChild().fullName()
                        + ": add them for this child first");
        problems.throwIfAny();
        families.recordLettersReason(personId, aCase.getChild().getId(), reason,
                Objects.requireNonNullElse(staff.currentUser(), "(system)"));
    }

    void moveChild(Long familyId, String caseReference, LocalDate movedOn) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Child child = aCase.getChild();
        Problems problems = new Problems();
        problems.check(!movedOn.isAfter(today.date()), "movedOn", "must not be in the future");
        problems.check(!familyId.equals(child.getFamilyId()), "caseReference",
                child.fullName() + " already lives in this household");
        problems.throwIfAny();
        families.recordMove(child.getId(), child.getFamilyId(), familyId, movedOn,
                Objects.requireNonNullElse(staff.currentUser(), "(system)"), today.now().toInstant());
        child.moveToFamily(familyId);
    }
}
