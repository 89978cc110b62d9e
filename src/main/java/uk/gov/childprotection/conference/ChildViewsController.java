package uk.gov.childprotection.conference;

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
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Staff;

/**
 * The child's own views for a conference: 201 when kept for the Chair; 400 naming the field; 404 for a
 * conference that is not the case's; 409 once the conference has been held.
 */
@RestController
class ChildViewsController {

    record ViewsBody(@NotNull(message = "give the day the views came") LocalDate receivedOn,
            @NotNull(message = "say how the views came") ChildViews.How how,
            @NotBlank(message = "write down what the child said, in their words") @Size(max = 8000) String views,
            Boolean childAttending, @Size(max = 300) String advocateName, LocalDate advocateMetOn) {
    }

    record ViewsView(Long id, Long conferenceId, LocalDate receivedOn, String how, String views,
            boolean childAttending, String advocateName, LocalDate advocateMetOn, String recordedBy) {
    }

    private final ChildViewsService views;
    private final ChildCaseService cases;
    private final CaseAccess access;
    private final Staff staff;

    ChildViewsController(ChildViewsService views, ChildCaseService cases, CaseAccess access, Staff staff) {
        this.views = views;
        this.cases = cases;
        this.access = access;
        this.staff = staff;
    }

    @PostMapping("/api/cases/{reference}/conferences/{conferenceId}/child-views")
    ResponseEntity<ViewsView> record(@PathVariable String reference, @PathVariable Long conferenceId,
            @Valid @RequestBody ViewsBody body) {
        access.change(reference);
        ChildViews saved = views.record(cases.get(reference), conferenceId, new ChildViewsService.NewViews(
                body.receivedOn(), body.how(), body.views(), Boolean.TRUE.equals(body.childAttending()),
                body.advocateName() == null || body.advocateName().isBlank() ? null : body.advocateName().trim(),
                body.advocateMetOn()), staff.currentUser());
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/conferences/" + conferenceId
                + "/child-views")).body(view(saved));
    }

    @GetMapping("/api/cases/{reference}/conferences/{conferenceId}/child-views")
    List<ViewsView> list(@PathVariable String reference, @PathVariable Long conferenceId) {
        access.read(reference, AccessAudit.Action.READ_CASE);
        return views.of(conferenceId).stream()
                .filter(v -> v.getCaseId().equals(cases.get(reference).getId())).map(ChildViewsController::view)
                .toList();
    }

    private static ViewsView view(ChildViews v) {
        return new ViewsView(v.getId(), v.getConferenceId(), v.getReceivedOn(), v.getReceivedHow().name(),
                v.getViews(), v.isChildAttending(), v.getAdvocateName(), v.getAdvocateMetOn(), v.getRecordedBy());
    }
}
