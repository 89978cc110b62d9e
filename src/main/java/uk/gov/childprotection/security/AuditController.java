package uk.gov.childprotection.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access audit, for service managers: every read of a case or document, newest last for one case. */
@RestController
class AuditController {

    private final CaseAccess access;

    AuditController(CaseAccess access) {
        this.access = access;
    }

    @GetMapping("/api/audit")
    List<AccessAudit> audit(@RequestParam(required = false) String caseReference) {
        return access.audit(caseReference);
    }
}
