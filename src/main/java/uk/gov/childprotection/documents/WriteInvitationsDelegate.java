package uk.gov.childprotection.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * Service task "Write the invitation letters" (asynchronous, so a failure is a retried job and in the end an
 * incident in Cockpit, never an error on the administrator's screen): a letter to each parent or carer and to
 * the child when invited, one to each agency and named professional, and large print copies for whoever asked.
 * Keyed by the activity instance, so a job run twice stores each letter once.
 */
@Component("writeInvitations")
class WriteInvitationsDelegate implements JavaDelegate {

    private final InvitationDocuments invitations;

    WriteInvitationsDelegate(InvitationDocuments invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            invitations.write(ProcessVariables.conferenceId(execution), execution.getActivityInstanceId(),
                    execution.getCurrentActivityId());
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("invitation letters", execution, e);
        }
    }
}
