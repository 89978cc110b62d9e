package uk.gov.childprotection.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.documents.DocumentJobs;

/**
 * "Write the letter to the parent" of each step of parent-complaint (asynchronous, called as
 * {@code ${complaintLetter.write(execution, 'STEP')}}): the letter, and its copy for the sending that follows.
 */
@Component("complaintLetter")
public class WriteComplaintLetterDelegate {

    private final ComplaintLetters letters;

    WriteComplaintLetterDelegate(ComplaintLetters letters) {
        this.letters = letters;
    }

    public void write(DelegateExecution execution, String step) {
        try {
            Long sendingId = letters.write(ProcessVariables.complaintId(execution), ComplaintLetters.Step.valueOf(step),
                    execution.getActivityInstanceId(), execution.getCurrentActivityId()).getId();
            execution.setVariable("sendingId", sendingId);
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("letter to the parent about their complaint", execution, e);
        }
    }
}
