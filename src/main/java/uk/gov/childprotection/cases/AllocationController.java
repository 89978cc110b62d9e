package uk.gov.childprotection.cases;

import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.CaseTaskGrants;

/** The case's team manager gives the case to another social worker or team manager; the open tasks follow. */
@RestController
class AllocationController {

    record NewAllocation(@Size(max = 64) String socialWorker, @Size(max = 64) String teamManager) {
    }

    private final CaseAccess access;
    private final CaseTaskGrants grants;

    AllocationController(CaseAccess access, CaseTaskGrants grants) {
        this.access = access;
        this.grants = grants;
    }

    @PutMapping("/api/cases/{reference}/allocation")
    ResponseEntity<Void> reallocate(@PathVariable String reference,
            @jakarta.validation.Valid @RequestBody NewAllocation allocation) {
        access.change(reference);
        grants.reallocate(reference, allocation.socialWorker(), allocation.teamManager());
        return ResponseEntity.noContent().build();
    }
}
