package uk.gov.childprotection.referral;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.security.Staff;

/**
 * Task "Authorise Section 47 outcome" (form authorise-section-47-outcome). Sets {@code authorisation} and,
 * when authorised, {@code referralOutcome}.
 */
@Component("authoriseSection47Outcome")
class AuthoriseSection47OutcomeTask extends FormTaskListener {

    private final ReferralService referrals;
    private final Staff staff;

    AuthoriseSection47OutcomeTask(ReferralService referrals, Staff staff) {
        this.referrals = referrals;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Section47Enquiry enquiry = referrals.enquiry(caseReference(task));
        task.setVariableLocal("section47OutcomeLabel", enquiry.getOutcome().label());
        task.setVariableLocal("findingsSummary", enquiry.getFindings());
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        Section47Enquiry.Authorisation decision = form.requiredChoice("authorisation",
                Section47Enquiry.Authorisation.class, "Your decision");
        String comments = form.text("managerComments");
        form.problems().throwIfAny();
        ReferralOutcome outcome = referrals.authoriseSection47Outcome(caseReference(task), decision, comments,
                form.problems(), staff.currentUser());
        task.setVariable("authorisation", decision.name());
        if (outcome != null) {
            task.setVariable("referralOutcome", outcome.name());
        }
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("managerComments");
    }
}
