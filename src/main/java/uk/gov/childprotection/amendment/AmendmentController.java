package uk.gov.childprotection.amendment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Staff;

/**
 * A parent's request to change the conference record: 201 when passed to the Chair; 400 for bad input (not an
 * invited parent, too late, missing words); 404 for an unknown case; 409 when there is no record to change or it
 * has not reached the parent yet.
 */
@RestController
@RequestMapping("/api/cases/{reference}/amendment-requests")
class AmendmentController {

    record NewRequestBody(Long conferenceId,
            @NotBlank(message = "is required") @Size(max = 300) String parentName,
            @NotNull(message = "is required") LocalDate receivedDate,
            @NotBlank(message = "say what the parent wants changed") @Size(max = 8000) String requestedChanges) {
    }

    record RequestView(Long id, Long conferenceId, String parentName, LocalDate receivedDate, String requestedChanges,
            String recordedBy, String decision, String decisionReason, String decidedBy, LocalDate decidedOn) {
    }

    private final AmendmentService amendments;
    private final ChildCaseService cases;
    private final Staff staff;
    private final CaseAccess access;

    AmendmentController(AmendmentService amendments, ChildCaseService cases, Staff staff, CaseAccess access) {
        this.amendments = amendments;
        this.cases = cases;
        this.staff = staff;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<RequestView> request(@PathVariable String reference, @Valid @RequestBody NewRequestBody body) {
        access.change(reference);
        AmendmentRequest saved = amendments.request(reference, new AmendmentService.NewRequest(body.conferenceId(),
                body.parentName(), body.receivedDate(), body.requestedChanges()), staff.currentUser());
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/amendment-requests"))
                .body(view(saved));
    }

    @GetMapping
    List<RequestView> list(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.LIST_AMENDMENT_REQUESTS);
        return amendments.ofCase(cases.get(reference).getId()).stream().map(this::view).toList();
    }

    private RequestView view(AmendmentRequest r) {
        return new RequestView(r.getId(), r.getConferenceId(), amendments.parentOf(r).getName(), r.getReceivedDate(),
                r.getRequestedChanges(), r.getRecordedBy(), r.getDecision() == null ? null : r.getDecision().name(),
                r.getDecisionReason(), r.getDecidedBy(), r.getDecidedOn());
    }
}
