package uk.gov.childprotection.conference;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;

/** Task "Share social worker's report with parents" (form share-social-worker-report), due 3 working days before. */
@Component("shareSocialWorkerReport")
class ShareSocialWorkerReportTask extends FormTaskListener {

    private final ConferenceService conferences;

    ShareSocialWorkerReportTask(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    protected void prefill(DelegateTask task) {
        task.setVariableLocal("reportDueDateLabel",
                DeadlineService.longDate(conferences.reportToParentsDate(conferenceId(task))));
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        conferences.recordSocialWorkerReportShared(conferenceId(task),
                form.requiredDate("reportSharedDate", "The date the report reached the parents"),
                form.requiredText("reportSharedHow", "How the report was shared"),
                form.text("parentsViewsOnReport"), form.problems());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("reportSharedDate", "reportSharedHow", "parentsViewsOnReport");
    }
}
