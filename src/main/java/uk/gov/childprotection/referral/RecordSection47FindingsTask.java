package uk.gov.childprotection.referral;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.security.Staff;

/**
 * Task "Record Section 47 enquiry findings" (form record-section-47-findings). When the team manager returned
 * the enquiry, the form opens with the findings so far and the manager's comments.
 */
@Component("recordSection47Findings")
class RecordSection47FindingsTask extends FormTaskListener {

    private final ReferralService referrals;
    private final Staff staff;

    RecordSection47FindingsTask(ReferralService referrals, Staff staff) {
        this.referrals = referrals;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Section47Enquiry enquiry = referrals.enquiry(caseReference(task));
        if (enquiry.getAuthorisation() == Section47Enquiry.Authorisation.RETURNED) {
            task.setVariableLocal("managerComments", enquiry.getManagerComments());
            task.setVariableLocal("findings", enquiry.getFindings());
            task.setVariableLocal("childSeenDate", String.valueOf(enquiry.getChildSeenDate()));
            task.setVariableLocal("enquiryCompletedDate", String.valueOf(enquiry.getCompletedDate()));
            task.setVariableLocal("section47Outcome", enquiry.getOutcome().name());
        }
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        Section47Findings findings = new Section47Findings(
                form.requiredDate("childSeenDate", "The date the child was seen"),
                form.requiredText("findings", "The findings"),
                form.requiredChoice("section47Outcome", Section47Outcome.class, "The outcome"),
                form.requiredDate("enquiryCompletedDate", "The date the enquiry was completed"));
        form.problems().throwIfAny();
        referrals.recordSection47Findings(caseReference(task), findings, form.problems(), staff.currentUser());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("childSeenDate", "findings", "section47Outcome", "enquiryCompletedDate", "managerComments");
    }
}
