package uk.gov.childprotection.agencyreport;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.documents.DocumentLinks;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.security.Staff;

/**
 * "Send the agency report to the other professionals" (form send-agency-report): the conference team reads the
 * report an agency wrote in the system and sends it on to the other professionals invited, never to the family
 * (seed 001); or says why not (handed out at the conference, the agency withdrew it). Sending fixes the version
 * the professionals get.
 */
@Component("sendAgencyReport")
class SendAgencyReportTask extends FormTaskListener {

    private final AgencyReportService reports;
    private final DocumentLinks links;
    private final Staff staff;

    SendAgencyReportTask(AgencyReportService reports, DocumentLinks links, Staff staff) {
        this.reports = reports;
        this.links = links;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        AgencyReport report = reports.get(ProcessVariables.agencyReportId(task));
        String recipients = reports.recipients(report).stream().map(Participant::getName)
                .collect(Collectors.joining(", "));
        String document = links.markdown(DocumentType.AGENCY_REPORT,
                DocumentSubject.ofConference(report.getCaseId(), report.getConferenceId()).to(report.getParticipantId()),
                "The report of " + report.getAgency().label());
        task.setVariableLocal("agencyReportSummary", document + "\n\nWritten by " + report.content().authorName()
                + " (" + report.content().authorRole() + "). It goes to: "
                + (recipients.isEmpty() ? "no one else is invited yet" : recipients)
                + ". Never to the parents or the child: the agency shares its report with the family itself.");
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        Choice choice = form.requiredChoice("reportDecision", Choice.class, "Send the report");
        String reason = form.text("notSentReason");
        form.problems().throwIfAny();
        boolean send = choice == Choice.SEND;
        form.problems().check(send || reason != null, "notSentReason", "say why the report is not sent on");
        form.problems().throwIfAny();
        Long reportId = ProcessVariables.agencyReportId(task);
        if (send) {
            task.getExecution().setVariable("sendingId", reports.distribute(reportId, staff.currentUser()).getId());
        } else {
            reports.notSent(reportId, reason, staff.currentUser());
        }
        task.getExecution().setVariable("agencyReportSent", send);
    }

    enum Choice { SEND, DO_NOT_SEND }

    @Override
    protected List<String> submittedFields() {
        return List.of("reportDecision", "notSentReason");
    }
}
