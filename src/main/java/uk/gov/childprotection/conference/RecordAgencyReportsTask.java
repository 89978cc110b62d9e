package uk.gov.childprotection.conference;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.documents.DocumentLinks;

/**
 * Task "Record agency reports received" (form record-agency-reports); its options are the agencies asked for a
 * report, and the form links to the report requests they were sent.
 */
@Component("recordAgencyReports")
class RecordAgencyReportsTask extends FormTaskListener {

    private final ConferenceService conferences;
    private final DocumentLinks links;

    RecordAgencyReportsTask(ConferenceService conferences, DocumentLinks links) {
        this.conferences = conferences;
        this.links = links;
    }

    @Override
    protected void prefill(DelegateTask task) {
        List<Map<String, String>> options = conferences.participants(conferenceId(task)).stream()
                .filter(p -> p.getReportRequestedDate() != null)
                .map(p -> Map.of("label", p.getAgency().label(), "value", p.getAgency().name()))
                .toList();
        task.setVariableLocal("agencyOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
        task.setVariableLocal("reportRequestLinks", links.reportRequestLinks(conferenceId(task)));
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
