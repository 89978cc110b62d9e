package uk.gov.childprotection.complaint;

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
 * A parent's disagreement with a conference decision, or their formal complaint straight away: 201 when its
 * first step is with the person who takes it; 400 for bad input (not an invited parent, a date in the future or
 * before the conference, missing words); 404 for an unknown case; 409 when there is no decision to disagree with.
 */
@RestController
@RequestMapping("/api/cases/{reference}/complaints")
class ComplaintController {

    record NewComplaintBody(Long conferenceId,
            @NotBlank(message = "say which parent or carer disagrees") @Size(max = 300) String parentName,
            @NotNull(message = "give the day the parent raised it") LocalDate raisedOn,
            @NotBlank(message = "say what the parent disagrees with") @Size(max = 8000) String concern,
            Complaint.BeganAs beganAs) {
    }

    record ComplaintView(Long id, Long conferenceId, String parentName, LocalDate raisedOn, String concern,
            String beganAs, LocalDate conversationOn, LocalDate meetingOn, LocalDate formalReceivedOn,
            Boolean formalLate, String formalAbout, String formalAgency, LocalDate panelOn,
            String panelRecommendation, LocalDate reconsiderOn, String outcome, LocalDate closedOn) {
    }

    private final ComplaintService complaints;
    private final ChildCaseService cases;
    private final Staff staff;
    private final CaseAccess access;

    ComplaintController(ComplaintService complaints, ChildCaseService cases, Staff staff, CaseAccess access) {
        this.complaints = complaints;
        this.cases = cases;
        this.staff = staff;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<ComplaintView> raise(@PathVariable String reference, @Valid @RequestBody NewComplaintBody body) {
        access.change(reference);
        Complaint saved = complaints.raise(reference, new ComplaintService.NewComplaint(body.conferenceId(),
                body.parentName(), body.raisedOn(), body.concern(), body.beganAs()), staff.currentUser());
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/complaints")).body(view(saved));
    }

    @GetMapping
    List<ComplaintView> list(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.LIST_COMPLAINTS);
        return complaints.ofCase(cases.get(reference).getId()).stream().map(this::view).toList();
    }

    private ComplaintView view(Complaint c) {
        return new ComplaintView(c.getId(), c.getConferenceId(), complaints.parentOf(c).getName(), c.getRaisedOn(),
                c.getConcern(), c.getBeganAs().name(), c.getConversationOn(), c.getMeetingOn(),
                c.getFormalReceivedOn(), c.getFormalLate(), name(c.getFormalAbout()), name(c.getFormalAgency()),
                c.getPanelOn(), name(c.getPanelRecommendation()), c.getReconsiderOn(), name(c.getOutcome()),
                c.getClosedOn());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
