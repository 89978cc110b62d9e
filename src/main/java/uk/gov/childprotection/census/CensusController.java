package uk.gov.childprotection.census;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Staff;

/**
 * A case's census items: GET for anyone who may read the case; PUT (the whole set, in the DfE's codes, ISO dates)
 * for its social worker or team manager. Bad codes or dates answer 400, each field's problem in words.
 */
@RestController
class CensusController {

    private final CensusService census;
    private final CaseAccess access;
    private final Staff staff;

    CensusController(CensusService census, CaseAccess access, Staff staff) {
        this.census = census;
        this.access = access;
        this.staff = staff;
    }

    @GetMapping("/api/cases/{reference}/census")
    CensusService.CensusDetails get(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.READ_CASE);
        return census.of(reference);
    }

    @PutMapping("/api/cases/{reference}/census")
    CensusService.CensusDetails put(@PathVariable String reference, @RequestBody CensusService.CensusDetails body) {
        access.change(reference);
        return census.record(reference, body, staff.currentUser());
    }
}
