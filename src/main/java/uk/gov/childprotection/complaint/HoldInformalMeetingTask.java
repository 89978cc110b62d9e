package uk.gov.childprotection.complaint;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.security.Staff;

/**
 * "Hold an informal meeting with the parent" (form hold-informal-meeting): the Chair who chaired the conference
 * meets the parent still unhappy after talking to their social worker, records the meeting and how it ended: the
 * parent satisfied, still unhappy but not (yet) complaining, or making a formal complaint.
 */
@Component("holdInformalMeeting")
class HoldInformalMeetingTask extends FormTaskListener {

    private final ComplaintService complaints;
    private final ComplaintSummary summary;
    private final Staff staff;

    HoldInformalMeetingTask(ComplaintService complaints, ComplaintSummary summary, Staff staff) {
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
        var on = form.requiredDate("meetingDate", "The date of the meeting");
        String notes = form.requiredText("meetingNotes", "What you talked about");
        ComplaintService.MeetingOutcome outcome = form.requiredChoice("meetingOutcome",
                ComplaintService.MeetingOutcome.class, "How the meeting ended");
        form.problems().throwIfAny();
        complaints.recordMeeting(ProcessVariables.complaintId(task), on, notes, outcome, staff.currentUser(),
                form.problems());
        task.setVariable("formalComplaint", outcome == ComplaintService.MeetingOutcome.FORMAL_COMPLAINT);
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("meetingDate", "meetingNotes", "meetingOutcome");
    }
}
