package uk.gov.childprotection.supporter;

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
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.conference.SupporterRequest;
import uk.gov.childprotection.conference.SupporterService;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Staff;

/**
 * A parent asks to bring a supporter or solicitor: 201 when passed to the Chair; 400 naming the field (not an
 * invited parent, a date in the future); 404 for a conference that is not the case's; 409 once it is held.
 */
@RestController
class SupporterController {

    record NewRequestBody(@NotNull(message = "say which conference") Long conferenceId,
            @NotBlank(message = "say which parent or carer asked") @Size(max = 300) String parentName,
            @NotBlank(message = "give the supporter's name") @Size(max = 300) String supporterName,
            @NotNull(message = "say who the supporter is") SupporterRequest.Role role,
            @NotNull(message = "give the day the parent asked") LocalDate requestedOn) {
    }

    record RequestView(Long id, Long conferenceId, String parentName, String supporterName, String role,
            LocalDate requestedOn, String decision, String explanation, String decidedBy, LocalDate decidedOn) {
    }

    private final SupporterService supporters;
    private final ChildCaseService cases;
    private final CaseAccess access;
    private final Staff staff;

    SupporterController(SupporterService supporters, ChildCaseService cases, CaseAccess access, Staff staff) {
        this.supporters = supporters;
        this.cases = cases;
        this.access = access;
        this.staff = staff;
    }

    @PostMapping("/api/cases/{reference}/supporter-requests")
    ResponseEntity<RequestView> request(@PathVariable String reference, @Valid @RequestBody NewRequestBody body) {
        access.change(reference);
        SupporterRequest saved = supporters.request(reference, new SupporterService.NewRequest(body.conferenceId(),
                body.parentName(), body.supporterName(), body.role(), body.requestedOn()), staff.currentUser());
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/supporter-requests")).body(view(saved));
    }

    @GetMapping("/api/cases/{reference}/supporter-requests")
    List<RequestView> list(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.READ_CASE);
        return supporters.ofCase(cases.get(reference).getId()).stream().map(this::view).toList();
    }

    private RequestView view(SupporterRequest r) {
        return new RequestView(r.getId(), r.getConferenceId(), supporters.parentOf(r).getName(), r.getSupporterName(),
                r.getSupporterRole().name(), r.getRequestedOn(), r.getDecision() == null ? null : r.getDecision().name(),
                r.getExplanation(), r.getDecidedBy(), r.getDecidedOn());
    }
}
