package uk.gov.childprotection.supporter;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.SupporterRequest;
import uk.gov.childprotection.conference.SupporterService;
import uk.gov.childprotection.security.Staff;

/**
 * "Decide on the parent's supporter" (form decide-supporter): the Chair agrees that the parent brings their
 * supporter or solicitor, or refuses with the explanation the parent is given (seed 004).
 */
@Component("decideSupporter")
class DecideSupporterTask extends FormTaskListener {

    private final SupporterService supporters;
    private final ConferenceService conferences;
    private final Staff staff;

    DecideSupporterTask(SupporterService supporters, ConferenceService conferences, Staff staff) {
        this.supporters = supporters;
        this.conferences = conferences;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        SupporterRequest request = supporters.get(ProcessVariables.supporterRequestId(task));
        var conference = conferences.get(request.getConferenceId());
        task.setVariableLocal("supporterSummary", "**" + supporters.parentOf(request).getName() + "** asked on "
                + DeadlineService.longDate(request.getRequestedOn()) + " to bring **" + request.getSupporterName()
                + "** (" + request.getSupporterRole().label() + ") to the conference of "
                + DeadlineService.longDate(conference.getScheduledDate()) + ".");
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        SupporterRequest.Decision decision = form.requiredChoice("supporterDecision", SupporterRequest.Decision.class,
                "Your decision");
        String explanation = form.text("supporterExplanation");
        form.problems().throwIfAny();
        supporters.decide(ProcessVariables.supporterRequestId(task), decision, explanation, staff.currentUser(),
                form.problems());
        task.setVariable("supporterAgreed", decision == SupporterRequest.Decision.AGREED);
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("supporterDecision", "supporterExplanation");
    }
}
