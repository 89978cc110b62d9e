package uk.gov.childprotection.recording;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.documents.DocumentJobs;

/** "Write the letter to the parent" of audio-request (asynchronous): the manager's answer, and its copy to send. */
@Component("writeRecordingRequestLetter")
class WriteRecordingRequestLetterDelegate implements JavaDelegate {

    private final RecordingRequestLetter letter;

    WriteRecordingRequestLetterDelegate(RecordingRequestLetter letter) {
        this.letter = letter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            Long sendingId = letter.write(ProcessVariables.audioRequestId(execution),
                    execution.getActivityInstanceId(), execution.getCurrentActivityId()).getId();
            execution.setVariable("sendingId", sendingId);
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("letter answering the request for the recording", execution, e);
        }
    }
}
