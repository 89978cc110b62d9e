package uk.gov.childprotection.conference;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;

/** Task "Record agency reports received" (form record-agency-reports); its options are the invited agencies. */
@Component("recordAgencyReports")
class RecordAgencyReportsTask extends FormTaskListener {

    private final ConferenceService conferences;

    RecordAgencyReportsTask(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    protected void prefill(DelegateTask task) {
        List<Map<String, String>> options = conferences.participants(conferenceId(task)).stream()
                .filter(p -> p.getReportRequestedDate() != null)
                .map(p -> Map.of("label", p.getAgency().label(), "value", p.getAgency().name()))
                .toList();
        task.setVariableLocal("agencyOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        List<Agency> received = form.choices("reportsReceived", Agency.class, "Agency");
        List<Agency> shared = form.choices("reportsSharedWithFamily", Agency.class, "Agency");
        form.problems().throwIfAny();
        conferences.recordAgencyReports(conferenceId(task), received, shared, form.text("reportsNotes"),
                form.problems());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("reportsReceived", "reportsSharedWithFamily", "reportsNotes");
    }
}
