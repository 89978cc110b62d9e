package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.family.FamilyService;

/** Assembles a household's summary, read-only; what of each child's own record is shown is the caller's to say. */
@Service
@Transactional(readOnly = true)
public class FamilySummaryService {

    private final ChildCaseService cases;
    private final FamilyService families;
    private final DeadlineRepository deadlines;
    private final Today today;

    FamilySummaryService(ChildCaseService cases, FamilyService families, DeadlineRepository deadlines, Today today) {
        this.cases = cases;
        this.families = families;
        this.deadlines = deadlines;
        this.today = today;
    }

    /** The household's summary; deadlines only of the cases in {@code readable}. */
    public FamilySummary summarise(Long familyId, Set<String> readable) {
        LocalDate now = today.date();
        List<Child> children = cases.childrenOfFamily(familyId);
        Map<Long, Child> byId = children.stream().collect(Collectors.toMap(Child::getId, Function.identity()));
        List<ChildProtectionCase> household = cases.casesOfFamily(familyId);
        List<FamilySummary.ChildView> childViews = children.stream()
                .map(child -> new FamilySummary.ChildView(child.getId(), child.fullName(), child.getDateOfBirth(),
                        child.getExpectedDateOfDelivery(), child.isUnborn() ? null : child.ageOn(now),
                        household.stream().filter(c -> c.getChild().getId().equals(child.getId()))
                                .map(c -> caseView(c, readable.contains(c.getReference()), now)).toList()))
                .toList();
        var responsibilities = families.responsibilities(familyId);
        List<FamilySummary.PersonView> people = families.people(familyId).stream()
                .map(p -> new FamilySummary.PersonView(p.getId(), p.getName(), p.getEmail(), p.getPhone(),
                        p.getAddress(), p.getInterpreterLanguage(), p.isNeedsSigner(), p.isNeedsAdvocate(),
                        p.isAccessibleRoom(), p.isLargePrint(),
                        responsibilities.stream().filter(r -> r.getPersonId().equals(p.getId()))
                                // A child who has moved to another household is no longer shown here.
                                .filter(r -> byId.containsKey(r.getChildId()))
                                .map(r -> new FamilySummary.ResponsibilityView(r.getChildId(),
                                        byId.get(r.getChildId()).fullName(), r.getRelationship().name(),
                                        r.hasResponsibility(), r.getLettersReason()))
                                .toList()))
                .toList();
        return new FamilySummary(familyId, childViews, people);
    }

    private FamilySummary.CaseView caseView(ChildProtectionCase aCase, boolean readable, LocalDate now) {
        return new FamilySummary.CaseView(aCase.getReference(), aCase.getStage().name(), aCase.getStage().label(),
                aCase.getSocialWorker(), readable,
                readable ? deadlines.findByCaseIdOrderByDueDateAscIdAsc(aCase.getId()).stream()
                        .map(d -> CaseSummary.DeadlineView.of(d, now)).toList() : null);
    }
}
