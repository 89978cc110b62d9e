package uk.gov.childprotection.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * Service task "Send the record to participants" of the conference: prepares each participant's copy and starts
 * "Send documents to participants" beside the case, so the plan starts at once while the copies go out.
 */
@Component("sendRecordOut")
class SendRecordOutDelegate implements JavaDelegate {

    private final SendingService sendings;

    private final ApplicationAuthority authority;

    SendRecordOutDelegate(SendingService sendings, ApplicationAuthority authority) {
        this.sendings = sendings;
        this.authority = authority;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long conferenceId = ProcessVariables.conferenceId(execution);
        Sending sending = sendings.prepareRecord(conferenceId);
        authority.run(() -> execution.getProcessEngineServices().getRuntimeService()
                .createProcessInstanceByKey(SendingProcess.KEY)
                .businessKey(execution.getProcessBusinessKey())
                .setVariable("caseReference", ProcessVariables.caseReference(execution))
                .setVariable("conferenceId", conferenceId)
                .setVariable("sendingId", sending.getId())
                .execute());
    }
}
