package uk.gov.childprotection.recording;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.security.Staff;

/**
 * "Record the release of the recording" (form record-audio-release): the manager who agreed it records when and
 * how the file reached the parent; the log keeps the SHA-256 of what was released.
 */
@Component("recordAudioRelease")
class RecordAudioReleaseTask extends FormTaskListener {

    private final RecordingService recordings;
    private final Staff staff;

    RecordAudioReleaseTask(RecordingService recordings, Staff staff) {
        this.recordings = recordings;
        this.staff = staff;
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        var on = form.requiredDate("releasedDate", "The date the file was released");
        AudioRequest.ReleasedHow how = form.requiredChoice("releasedHow", AudioRequest.ReleasedHow.class,
                "How the file was released");
        form.problems().throwIfAny();
        recordings.release(ProcessVariables.audioRequestId(task), on, how, staff.currentUser(), form.problems());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("releasedDate", "releasedHow");
    }
}
