package uk.gov.childprotection.complaint;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.security.Staff;

/**
 * "Record the formal complaint" (form record-formal-complaint): the Chair records the complaint the parent made
 * to them or to the manager of the child protection and review unit, the day it arrived (after the 28 days it
 * is still recorded, as late), and whether it is about the conference (the panel hears it) or about one agency's
 * own service (pointed to that agency's complaints procedure).
 */
@Component("recordFormalComplaint")
class RecordFormalComplaintTask extends FormTaskListener {

    private final ComplaintService complaints;
    private final ComplaintSummary summary;
    private final Staff staff;

    RecordFormalComplaintTask(ComplaintService complaints, ComplaintSummary summary, Staff staff) {
        this.complaints = complaints;
        this.summary = summary;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Long id = ProcessVariables.complaintId(task);
        task.setVariableLocal("complaintSummary", summary.of(complaints.get(id)));
        task.setVariableLocal("complaintByLabel", DeadlineService.longDate(complaints.lastDayInTime(id)));
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        var received = form.requiredDate("complaintReceivedDate", "The day the complaint arrived");
        Complaint.MadeTo madeTo = form.requiredChoice("complaintMadeTo", Complaint.MadeTo.class,
                "To whom the complaint was made");
        Complaint.About about = form.requiredChoice("complaintAbout", Complaint.About.class,
                "What the complaint is about");
        Agency agency = form.choice("complaintAgency", Agency.class, "The agency");
        String text = form.requiredText("complaintText", "The complaint");
        form.problems().throwIfAny();
        complaints.recordFormal(ProcessVariables.complaintId(task), received, madeTo, about, agency, text,
                staff.currentUser(), form.problems());
        task.setVariable("complaintAboutConference", about == Complaint.About.CONFERENCE);
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("complaintReceivedDate", "complaintMadeTo", "complaintAbout", "complaintAgency",
                "complaintText");
    }
}
