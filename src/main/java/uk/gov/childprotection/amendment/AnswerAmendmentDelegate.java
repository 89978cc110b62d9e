package uk.gov.childprotection.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.documents.DocumentJobs;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * "Write the letter to the parent" (asynchronous): the Chair's answer as a letter, and every copy to send (the
 * letter to the parent; the corrected record to everyone when the request was accepted), for the call that follows.
 */
@Component("answerAmendment")
class AnswerAmendmentDelegate implements JavaDelegate {

    private final AmendmentService amendments;

    AnswerAmendmentDelegate(AmendmentService amendments) {
        this.amendments = amendments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            Long sendingId = amendments.answer(ProcessVariables.amendmentRequestId(execution),
                    execution.getActivityInstanceId(), execution.getCurrentActivityId()).getId();
            execution.setVariable("sendingId", sendingId);
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("letter answering the amendment request", execution, e);
        }
    }
}
