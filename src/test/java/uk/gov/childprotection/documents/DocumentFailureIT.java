package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * A record that cannot be rendered: the Chair's completion still succeeds, the job retries, and after the last
 * retry an incident in Cockpit says what went wrong in words a person understands. (The renderer, and only it,
 * is replaced here, to make it fail.)
 */
class DocumentFailureIT extends ProcessTestSupport {

    @MockitoBean PdfRenderer renderer;
    @Autowired ChildCaseService cases;
    @Autowired DocumentService documents;

    @Test
    void aFailingRenderRetriesAndEndsAsAnIncidentWithoutTroublingTheChair() {
        when(renderer.render(anyString())).thenThrow(new IllegalStateException("the template font is unreadable"));
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Gwen", "Fail",
                LocalDate.of(2015, 3, 3), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.SCHOOL, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate day = LocalDate.of(2026, 12, 21);
        ConferenceWalk.bookAndPrepare(this, ref, day);
        setToday(day);
        identity.setAuthenticatedUserId(TestStaff.CHAIR);
        tasks.complete(task(ref, "Task_HoldConference").getId(), conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        identity.clearAuthentication();

        String conference = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(conference).singleResult();
        assertThat(job.getRetries()).isEqualTo(3);
        for (int attempt = 1; attempt <= 3; attempt++) {
            String id = job.getId();
            assertThatThrownBy(() -> management.executeJob(id)).hasMessageContaining("could not be written");
        }

        Job failed = management.createJobQuery().processInstanceId(conference).singleResult();
        assertThat(failed.getRetries()).isZero();
        Incident incident = runtime.createIncidentQuery().processInstanceId(conference).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_WriteConferenceRecord");
        assertThat(incident.getIncidentMessage()).contains("The conference record of case " + ref
                + " could not be written (the template font is unreadable). Retry the job in Cockpit");
        assertThat(documents.ofCase(cases.get(ref).getId())).as("nothing half-stored").isEmpty();
    }
}
