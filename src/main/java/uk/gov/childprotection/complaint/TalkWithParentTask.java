package uk.gov.childprotection.complaint;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.security.Staff;

/**
 * "Talk with the parent about the decision" (form talk-with-parent): the social worker explains why the
 * conference decided as it did, records the conversation, and says whether the parent is still unhappy.
 */
@Component("talkWithParent")
class TalkWithParentTask extends FormTaskListener {

    enum Outcome { SATISFIED, STILL_UNHAPPY }

    private final ComplaintService complaints;
    private final ComplaintSummary summary;
    private final Staff staff;

    TalkWithParentTask(ComplaintService complaints, ComplaintSummary summary, Staff staff) {
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
        var on = form.requiredDate("conversationDate", "The date you talked with the parent");
        String notes = form.requiredText("conversationNotes", "What you talked about");
        Outcome outcome = form.requiredChoice("conversationOutcome", Outcome.class, "How the parent feels now");
        form.problems().throwIfAny();
        boolean stillUnhappy = outcome == Outcome.STILL_UNHAPPY;
        complaints.recordConversation(ProcessVariables.complaintId(task), on, notes, stillUnhappy,
                staff.currentUser(), form.problems());
        task.setVariable("parentStillUnhappy", stillUnhappy);
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("conversationDate", "conversationNotes", "conversationOutcome");
    }
}
