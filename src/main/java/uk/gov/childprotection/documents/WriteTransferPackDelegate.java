package uk.gov.childprotection.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * Service task "Write the transfer pack" (asynchronous: a failure is a retried job and in the end an incident in
 * Cockpit, and the administrator's task to send it only opens once it is written). Keyed by the activity
 * instance, so a job run twice stores the pack once.
 */
@Component("writeTransferPack")
class WriteTransferPackDelegate implements JavaDelegate {

    private final TransferPackDocuments packs;

    WriteTransferPackDelegate(TransferPackDocuments packs) {
        this.packs = packs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            packs.write(ProcessVariables.planId(execution), execution.getActivityInstanceId(),
                    execution.getCurrentActivityId());
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("transfer pack", execution, e);
        }
    }
}
