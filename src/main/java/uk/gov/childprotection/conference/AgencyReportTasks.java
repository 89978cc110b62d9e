package uk.gov.childprotection.conference;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ApplicationAuthority;

/**
 * Keeps the open forms that show the agencies' reports up to date: a form's values are set when its task is
 * created, but an agency writes its report, or shares it with the family, while "Record agency reports received"
 * and the Chair's "Hold conference" wait. Set by the application, as the people involved have no right to change
 * those tasks.
 */
@Component
public class AgencyReportTasks {

    static final String RECORD_REPORTS = "Task_RecordAgencyReports";
    static final String HOLD_CONFERENCE = "Task_HoldConference";

    private final TaskService tasks;
    private final ApplicationAuthority authority;
    private final ConferenceService conferences;
    private final RecordAgencyReportsTask recordReports;
    private final HoldConferenceTask holdConference;

    AgencyReportTasks(TaskService tasks, ApplicationAuthority authority, ConferenceService conferences,
            RecordAgencyReportsTask recordReports, HoldConferenceTask holdConference) {
        this.tasks = tasks;
        this.authority = authority;
        this.conferences = conferences;
        this.recordReports = recordReports;
        this.holdConference = holdConference;
    }

    public void refresh(Long conferenceId) {
        authority.run(() -> {
            for (Task task : tasks.createTaskQuery().taskDefinitionKeyIn(RECORD_REPORTS, HOLD_CONFERENCE)
                    .processVariableValueEquals("conferenceId", conferenceId).list()) {
                if (RECORD_REPORTS.equals(task.getTaskDefinitionKey())) {
                    tasks.setVariablesLocal(task.getId(), recordReports.values(conferenceId));
                } else {
                    tasks.setVariableLocal(task.getId(), "reportsReceived",
                            holdConference.reports(conferences.get(conferenceId)));
                }
            }
        });
    }
}
