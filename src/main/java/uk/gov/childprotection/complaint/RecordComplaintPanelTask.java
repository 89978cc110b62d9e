package uk.gov.childprotection.complaint;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.security.Staff;

/**
 * "Record the complaint panel's findings" (form record-complaint-panel): the conference administrator who
 * clerks the multi-agency panel records its members (health, police, education, social care: the local
 * safeguarding partnership), what it found, and whether it recommends that the conference reconsider. The
 * panel recommends; it never changes the decision.
 */
@Component("recordComplaintPanel")
class RecordComplaintPanelTask extends FormTaskListener {

    private final ComplaintService complaints;
    private final ComplaintSummary summary;
    private final Staff staff;

    RecordComplaintPanelTask(ComplaintService complaints, ComplaintSummary summary, Staff staff) {
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
        var on = form.requiredDate("panelDate", "The date the panel met");
        String health = form.requiredText("panelHealth", "The panel member from health");
        String police = form.requiredText("panelPolice", "The panel member from the police");
        String education = form.requiredText("panelEducation", "The panel member from education");
        String socialCare = form.requiredText("panelSocialCare", "The panel member from children's social care");
        String findings = form.requiredText("panelFindings", "What the panel found");
        Complaint.Recommendation recommendation = form.requiredChoice("panelRecommendation",
                Complaint.Recommendation.class, "The panel's recommendation");
        form.problems().throwIfAny();
        complaints.recordPanel(ProcessVariables.complaintId(task), on, health, police, education, socialCare,
                findings, recommendation, staff.currentUser(), form.problems());
        task.setVariable("panelRecommendsReconsideration",
                recommendation == Complaint.Recommendation.RECONSIDER);
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("panelDate", "panelHealth", "panelPolice", "panelEducation", "panelSocialCare",
                "panelFindings", "panelRecommendation");
    }
}
