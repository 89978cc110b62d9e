package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.plan.CaseEvent;
import uk.gov.childprotection.plan.PlanEndingService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * A transfer pack that cannot be written: the report of the move still succeeds, the job retries, and after the
 * last retry an incident in Cockpit says what went wrong in plain words; the administrator gets no task to send
 * a pack that does not exist, and once the cause is fixed a retry writes it. (The real renderer is spied on, and
 * made to fail for the pack only.)
 */
class TransferPackFailureIT extends ProcessTestSupport {

    @MockitoSpyBean PdfRenderer renderer;
    @Autowired ChildCaseService cases;
    @Autowired PlanEndingService endings;
    @Autowired DocumentService documents;

    @Test
    void aPackThatCannotBeWrittenEndsAsAnIncidentAndARetryAfterTheFixWritesIt() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ivo", "Incident",
                LocalDate.of(2014, 4, 4), Gender.MALE, null, null), STRATEGY_DAY, ReferralSource.SCHOOL, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate day = LocalDate.of(2026, 12, 21);
        ConferenceWalk.bookAndPrepare(this, ref, day);
        setToday(day);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));

        doThrow(new IllegalStateException("the page could not be laid out"))
                .when(renderer).render(argThat(html -> html != null && html.contains(DocumentType.TRANSFER_PACK.title())));
        LocalDate told = LocalDate.of(2027, 1, 11);
        setToday(told);
        endings.report(ref, CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL, told, "Derby City Council", TestStaff.SOCIAL_WORKER);

        String lifecycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(lifecycle).activityId("Task_WriteTransferPack")
                .singleResult();
        assertThat(job.getRetries()).isEqualTo(3);
        for (int attempt = 1; attempt <= 3; attempt++) {
            String id = job.getId();
            assertThatThrownBy(() -> management.executeJob(id)).hasMessageContaining("could not be written");
        }

        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
        Incident incident = runtime.createIncidentQuery().processInstanceId(lifecycle).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_WriteTransferPack");
        assertThat(incident.getIncidentMessage()).isEqualTo("The transfer pack of case " + ref
                + " could not be written (the page could not be laid out). Retry the job in Cockpit once the cause "
                + "is fixed.");
        assertThat(documents.ofCase(cases.get(ref).getId()))
                .noneMatch(d -> d.getDocumentType() == DocumentType.TRANSFER_PACK);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_SendTransferPack")
                .count()).as("nothing to send yet").isZero();

        reset(renderer);
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());

        assertThat(documents.ofCase(cases.get(ref).getId()))
                .filteredOn(d -> d.getDocumentType() == DocumentType.TRANSFER_PACK).singleElement()
                .satisfies(pack -> assertThat(pack.getVersion()).isEqualTo(1));
        assertThat((String) tasks.getVariablesLocal(task(ref, "Task_SendTransferPack").getId()).get("transferPackLink"))
                .startsWith("[Transfer pack, version 1 (PDF)](/api/documents/");
    }
}
