package uk.gov.childprotection.cases;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opens cases from referrals and shows a case as a person needs it. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final ChildCaseService cases;
    private final CaseSummaryService summaries;
    private final CaseAccess access;

    CaseController(ChildCaseService cases, CaseSummaryService summaries, CaseAccess access) {
        this.cases = cases;
        this.summaries = summaries;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody NewReferral referral) {
        if (referral.familyId() != null) {
            access.joinFamily(referral.familyId());
        }
        String reference = cases.openCase(referral).getReference();
        return ResponseEntity.created(URI.create("/api/cases/" + reference)).body(Map.of("reference", reference));
    }

    @GetMapping("/{reference}")
    CaseSummary get(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.READ_CASE);
        return summaries.summarise(reference);
    }
}
