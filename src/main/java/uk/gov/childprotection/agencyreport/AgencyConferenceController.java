package uk.gov.childprotection.agencyreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.Staff;

/**
 * An agency worker's door (group agency-workers only): the conferences their agency is invited to and asked to
 * report to, the report request, their report under the multi-agency template's headings and the day they shared
 * it with the family. Any other conference is 403, whether or not it exists; a body a person typed wrongly is a
 * 400 naming each field; a report already sent on, or a conference already held, is 409.
 */
@RestController
class AgencyConferenceController {

    static final int SECTION = 4000;

    record ReportBody(
            @NotBlank(message = "give the name of the person who wrote the report") @Size(max = 200) String authorName,
            @NotBlank(message = "give their job title") @Size(max = 200) String authorRole,
            @NotBlank(message = "say how your agency knows the child and the family") @Size(max = SECTION)
            String involvement,
            @NotBlank(message = "say what your agency is worried about") @Size(max = SECTION) String worries,
            @NotBlank(message = "say what is working well") @Size(max = SECTION) String workingWell,
            @Size(max = SECTION) String complications,
            @Size(max = SECTION) String childsViews,
            @NotNull(message = "give a score from 0 to 10") @Min(value = 0, message = "must be from 0 to 10")
            @Max(value = 10, message = "must be from 0 to 10") Integer scaling,
            @NotBlank(message = "say why you gave that score") @Size(max = 2000) String scalingReason) {

        AgencyReport.Content content() {
            return new AgencyReport.Content(authorName.trim(), authorRole.trim(), involvement.trim(), worries.trim(),
                    workingWell.trim(), blankToNull(complications), blankToNull(childsViews), scaling,
                    scalingReason.trim());
        }
    }

    record SharedBody(@NotNull(message = "give the day you shared the report with the family") LocalDate sharedOn,
            @Size(max = 300) String how) {
    }

    record ReportView(Long id, Instant submittedAt, int submissions, String writtenBy, AgencyReport.Content content,
            LocalDate sharedWithFamilyOn, String sharedHow, Instant sentToProfessionalsAt, String notSentReason) {
    }

    record ConferenceView(Long conferenceId, String agency, String conferenceType, LocalDate conferenceDate,
            String conferenceTime, String venue, String onlineLink, List<AgencyReportService.Child> children, LocalDate reportRequestedOn,
            LocalDate reportsNeededBy, boolean openForReport, ReportView report) {
    }

    private final AgencyReportService reports;
    private final Staff staff;

    AgencyConferenceController(AgencyReportService reports, Staff staff) {
        this.reports = reports;
        this.staff = staff;
    }

    @GetMapping("/api/agency-conferences")
    List<ConferenceView> list() {
        return reports.invitations(staff.currentUser()).stream().map(this::view).toList();
    }

    @GetMapping("/api/agency-conferences/{conferenceId}")
    ConferenceView one(@PathVariable Long conferenceId) {
        return view(reports.invitation(staff.currentUser(), conferenceId, AccessAudit.Action.AGENCY_READ));
    }

    @GetMapping("/api/agency-conferences/{conferenceId}/report-request")
    ResponseEntity<byte[]> reportRequest(@PathVariable Long conferenceId) {
        var invitation = reports.invitation(staff.currentUser(), conferenceId, AccessAudit.Action.AGENCY_READ);
        return pdf(reports.reportRequest(invitation), "report-request");
    }

    @GetMapping("/api/agency-conferences/{conferenceId}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable Long conferenceId) {
        var invitation = reports.invitation(staff.currentUser(), conferenceId, AccessAudit.Action.AGENCY_READ);
        return pdf(reports.reportDocument(invitation), "agency-report");
    }

    @PutMapping("/api/agency-conferences/{conferenceId}/report")
    ConferenceView write(@PathVariable Long conferenceId, @Valid @RequestBody ReportBody body) {
        String user = staff.currentUser();
        var invitation = reports.invitation(user, conferenceId, AccessAudit.Action.AGENCY_CHANGE);
        reports.write(invitation, body.content(), user);
        return view(reports.invitation(user, conferenceId, AccessAudit.Action.AGENCY_READ));
    }

    @PutMapping("/api/agency-conferences/{conferenceId}/report/shared-with-family")
    ConferenceView shared(@PathVariable Long conferenceId, @Valid @RequestBody SharedBody body) {
        String user = staff.currentUser();
        var invitation = reports.invitation(user, conferenceId, AccessAudit.Action.AGENCY_CHANGE);
        reports.sharedWithFamily(invitation, body.sharedOn(), blankToNull(body.how()), user);
        return view(reports.invitation(user, conferenceId, AccessAudit.Action.AGENCY_READ));
    }

    private ConferenceView view(AgencyReportService.Invitation invitation) {
        var conference = invitation.conference();
        ReportView report = invitation.report().map(r -> new ReportView(r.getId(), r.getSubmittedAt(),
                r.getSubmissions(), r.getWrittenBy(), r.content(), r.getSharedWithFamilyOn(), r.getSharedHow(),
                r.isDistributed() ? r.getDecidedAt() : null, r.getNotSentReason())).orElse(null);
        return new ConferenceView(conference.getId(), invitation.agency().getAgency().label(),
                conference.getConferenceType().label(), conference.getScheduledDate(), conference.getScheduledTime(),
                conference.getVenue(), conference.getOnlineLink(),
                invitation.children(),
                invitation.agency().getReportRequestedDate(), reports.reportsNeededBy(conference),
                invitation.open(), report);
    }

    private static ResponseEntity<byte[]> pdf(Document document, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-v" + document.getVersion() + ".pdf").build().toString())
                .header("X-Content-SHA256", document.getSha256())
                .body(document.getContent());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
