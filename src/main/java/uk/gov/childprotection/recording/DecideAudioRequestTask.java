package uk.gov.childprotection.recording;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.security.Staff;

/**
 * "Decide on the request for the recording" (form decide-audio-request): a service manager reads the parent's
 * request and decides whether the audio file is released to them, with the reason the letter gives.
 */
@Component("decideAudioRequest")
class DecideAudioRequestTask extends FormTaskListener {

    private final RecordingService recordings;
    private final ConferenceService conferences;
    private final Staff staff;

    DecideAudioRequestTask(RecordingService recordings, ConferenceService conferences, Staff staff) {
        this.recordings = recordings;
        this.conferences = conferences;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        AudioRequest request = recordings.get(ProcessVariables.audioRequestId(task));
        var conference = conferences.get(request.getConferenceId());
        ConferenceRecording recording = recordings.recording(request.getRecordingId());
        task.setVariableLocal("requestSummary", "**" + recordings.parentOf(request).getName() + "** asked on "
                + DeadlineService.longDate(request.getRequestedOn()) + " for the audio file of the "
                + conference.getConferenceType().label() + " of " + DeadlineService.longDate(conference.getHeldDate())
                + (request.getReason() == null ? "." : ":\n\n> " + request.getReason().replace("\n", "\n> "))
                + "\n\nThe recording is " + (recording.isStoredHere() ? "kept here (" + recording.getFileName() + ")"
                : "in the council's store: " + recording.getStoreReference()) + "; SHA-256 " + recording.getSha256()
                + ".");
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        AudioRequest.Decision decision = form.requiredChoice("audioDecision", AudioRequest.Decision.class,
                "Your decision");
        String reason = form.requiredText("audioDecisionReason", "What to tell the parent");
        form.problems().throwIfAny();
        recordings.decide(ProcessVariables.audioRequestId(task), decision, reason, staff.currentUser());
        task.setVariable("audioReleased", decision == AudioRequest.Decision.RELEASE);
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("audioDecision", "audioDecisionReason");
    }
}
