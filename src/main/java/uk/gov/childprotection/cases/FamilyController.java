package uk.gov.childprotection.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;

/** Referrals about several children of a household, and the household itself. */
@RestController
class FamilyController {

    private final ChildCaseService cases;
    private final FamilySummaryService summaries;
    private final HouseholdService households;
    private final CaseAccess access;

    FamilyController(ChildCaseService cases, FamilySummaryService summaries, HouseholdService households,
            CaseAccess access) {
        this.cases = cases;
        this.summaries = summaries;
        this.households = households;
        this.access = access;
    }

    /** Each child's case opened, by the child's place in the referral. */
    record OpenedCase(String reference, String child, boolean knownChild) {
    }

    record Opened(Long familyId, List<OpenedCase> cases) {
    }

    @PostMapping("/api/referrals")
    ResponseEntity<Opened> refer(@Valid @RequestBody FamilyReferral referral) {
        if (referral.familyId() != null) {
            access.joinFamily(referral.familyId());
        }
        ChildCaseService.FamilyOpened opened = cases.openFamilyCases(referral);
        List<OpenedCase> each = new java.util.ArrayList<>();
        for (int i = 0; i < opened.cases().size(); i++) {
            ChildProtectionCase aCase = opened.cases().get(i);
            each.add(new OpenedCase(aCase.getReference(), aCase.getChild().fullName(), opened.known().get(i)));
        }
        return ResponseEntity.created(URI.create("/api/families/" + opened.familyId()))
                .body(new Opened(opened.familyId(), each));
    }

    @GetMapping("/api/families/{id}")
    FamilySummary get(@PathVariable Long id) {
        var readable = access.readFamily(id, cases.casesOfFamily(id), AccessAudit.Action.READ_FAMILY);
        return summaries.summarise(id, readable);
    }

    /** Adds a parent or carer to the household, or brings a known one's details and responsibilities up to date. */
    @PostMapping("/api/families/{id}/people")
    ResponseEntity<Map<String, Long>> addPerson(@PathVariable Long id,
            @Valid @RequestBody FamilyReferral.Person person) {
        access.joinFamily(id);
        Long personId = households.addPerson(id, person);
        return ResponseEntity.created(URI.create("/api/families/" + id)).body(Map.of("personId", personId));
    }

    record LettersReason(@Size(max = 1000, message = "must be at most {max} characters") String reason) {
    }

    /**
     * The Chair records why a person without parental responsibility for the child is written to about them
     * (an empty reason withdraws it). Only a Chair who may read the child's case.
     */
    @PutMapping("/api/families/{id}/people/{personId}/children/{caseReference}/letters")
    ResponseEntity<Map<String, String>> lettersReason(@PathVariable Long id, @PathVariable Long personId,
            @PathVariable String caseReference, @Valid @RequestBody LettersReason body) {
        access.change(caseReference);
        households.recordLettersReason(id, personId, caseReference, body.reason());
        return ResponseEntity.ok(Map.of("caseReference", caseReference));
    }

    record Move(
            @NotBlank(message = "is required") @Size(max = 20, message = "must be at most {max} characters")
            String caseReference,
            @NotNull(message = "is required") LocalDate movedOn) {
    }

    /** A child has come to live in this household (from the household they lived in before). */
    @PostMapping("/api/families/{id}/children")
    ResponseEntity<Map<String, Long>> moveChild(@PathVariable Long id, @Valid @RequestBody Move move) {
        access.change(move.caseReference());
        access.joinFamily(id);
        households.moveChild(id, move.caseReference(), move.movedOn());
        return ResponseEntity.ok(Map.of("familyId", id));
    }
}
