package uk.gov.childprotection.complaint;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.security.Staff;

/**
 * "Arrange for the conference to reconsider" (form arrange-reconsideration): the panel recommended it, so the
 * Chair says when the conference will reconsider its decision (the next review, or a conference brought forward)
 * and how. Until that conference decides, the decision and any plan stand.
 */
@Component("arrangeReconsideration")
class ArrangeReconsiderationTask extends FormTaskListener {

    private final ComplaintService complaints;
    private final ComplaintSummary summary;
    private final Staff staff;

    ArrangeReconsiderationTask(ComplaintService complaints, ComplaintSummary summary, Staff staff) {
        this.complaints = complaints;
        this.summary = summary;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        task.setVariableLocal("complaintSummary", summary.of(complaints.get(ProcessVariables.complaintId(task))));
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        var on = form.requiredDate("reconsiderDate", "The date the conference will reconsider");
        String arrangement = form.requiredText("reconsiderArrangement", "How the conference will reconsider");
        form.problems().throwIfAny();
        complaints.recordReconsideration(ProcessVariables.complaintId(task), on, arrangement, staff.currentUser(),
                form.problems());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("reconsiderDate", "reconsiderArrangement");
    }
}
