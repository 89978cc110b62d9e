package uk.gov.childprotection.conference;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;

/**
 * Task "Seek legal advice" (form seek-legal-advice): the team manager records when legal advice was asked for.
 * The review it follows is found in the record, not in a process variable: by the time the task opens, the
 * plan's review cycle may already have convened the next review.
 */
@Component("recordLegalAdviceRequest")
class SeekLegalAdviceTask extends FormTaskListener {

    private final ConferenceService conferences;

    SeekLegalAdviceTask(ConferenceService conferences) {
        this.conferences = conferences;
    }

    private Conference review(DelegateTask task) {
        return conferences.awaitingLegalAdvice(caseReference(task));
    }

    @Override
    protected void prefill(DelegateTask task) {
        task.setVariableLocal("legalAdviceReason", review(task).getLegalAdviceReason());
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        conferences.recordLegalAdviceRequested(review(task).getId(),
                form.requiredDate("legalAdviceRequestedDate", "The date legal advice was asked for"),
                form.text("legalAdviceNotes"), form.problems());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("legalAdviceRequestedDate", "legalAdviceNotes");
    }
}
