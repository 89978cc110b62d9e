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
 * report, and the form links to the report requests they were sent. It starts with the reports the agencies'
 * workers wrote in the system, and the days they shared them with the family.
 */
@Component("recordAgencyReports")
class RecordAgencyReportsTask extends FormTaskListener {

    private final ConferenceService conferences;
    private final DocumentLinks links;
    private final AgencyReportsSummary summary;

    RecordAgencyReportsTask(ConferenceService conferences, DocumentLinks links, AgencyReportsSummary summary) {
        this.conferences = conferences;
        this.links = links;
        this.summary = summary;
    }

    @Override
    protected void prefill(DelegateTask task) {
        task.setVariablesLocal(values(conferenceId(task)));
    }

    /** What the form shows and starts with; set again on the open task when an agency writes or shares a report. */
    Map<String, Object> values(Long conferenceId) {
        List<Participant> asked = conferences.participants(conferenceId).stream()
                .filter(p -> p.getReportRequestedDate() != null).toList();
        List<Map<String, String>> options = asked.stream()
                .map(p -> Map.of("label", p.getAgency().label(), "value", p.getAgency().name()))
                .toList();
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("agencyOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
        values.put("reportRequestLinks", links.reportRequestLinks(conferenceId));
        values.put("agencyReportsSummary", summary.of(conferences.get(conferenceId)));
        // The form starts with what the agencies' workers have already told the system; the team adds the rest.
        values.put("reportsReceived", SpinValues.jsonValue(Spin.JSON(asked.stream()
                .filter(Participant::isReportReceived).map(p -> p.getAgency().name()).toList())).create());
        values.put("reportsSharedWithFamily", SpinValues.jsonValue(Spin.JSON(asked.stream()
                .filter(Participant::isReportSharedWithFamily).map(p -> p.getAgency().name()).toList())).create());
        return values;
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
