package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * A document that cannot be rendered: the worker's completion still succeeds, the job retries, and after the last
 * retry an incident in Cockpit says what went wrong in words a person understands. (The renderer, and only it,
 * is spied on here and made to fail; elsewhere it renders as it does in the application.)
 */
class DocumentFailureIT extends ProcessTestSupport {

    private static final String CAUSE = "the template font is unreadable";

    @MockitoSpyBean PdfRenderer renderer;
    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;

    private String newCase(String given) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(given, "Fail",
                LocalDate.of(2015, 3, 3), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.SCHOOL, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private ProcessInstance conferenceProcess(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").singleResult();
    }

    /** Runs the conference process's one job until its retries are spent; returns the incident it leaves. */
    private Incident failsThreeTimes(String ref) {
        String conference = conferenceProcess(ref).getId();
        // "Decided?" is asynchronous (no default flow): its job goes first, then the document's.
        management.createJobQuery().processInstanceId(conference).activityId("Gateway_ConferenceDecided").list()
                .forEach(gateway -> management.executeJob(gateway.getId()));
        Job job = management.createJobQuery().processInstanceId(conference).singleResult();
        assertThat(job.getRetries()).isEqualTo(3);
        for (int attempt = 1; attempt <= 3; attempt++) {
            String id = job.getId();
            assertThatThrownBy(() -> management.executeJob(id)).hasMessageContaining("could not be written");
        }
        Job failed = management.createJobQuery().processInstanceId(conference).singleResult();
        assertThat(failed.getRetries()).isZero();
        return runtime.createIncidentQuery().processInstanceId(conference).singleResult();
    }

    private List<Long> documentIds(String ref) {
        return documents.ofCase(cases.get(ref).getId()).stream().map(Document::getId).toList();
    }

    private void inviteWithoutRunningJobs(String ref) {
        signIn(TestStaff.ADMINISTRATOR);
        tasks.complete(task(ref, "Task_InviteParticipants").getId(), invitations("POLICE", "SCHOOL", "GP"));
        identity.clearAuthentication();
    }

    @Test
    void aFailingRenderRetriesAndEndsAsAnIncidentWithoutTroublingTheChair() {
        String ref = newCase("Gwen");
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate day = LocalDate.of(2026, 12, 21);
        ConferenceWalk.bookAndPrepare(this, ref, day);
        List<Long> lettersBefore = documentIds(ref);
        doThrow(new IllegalStateException(CAUSE)).when(renderer).render(anyString());
        setToday(day);
        signIn(TestStaff.CHAIR);
        tasks.complete(task(ref, "Task_HoldConference").getId(), conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        identity.clearAuthentication();

        Incident incident = failsThreeTimes(ref);

        assertThat(incident.getActivityId()).isEqualTo("Task_WriteConferenceRecord");
        assertThat(incident.getIncidentMessage()).contains("The conference record of case " + ref
                + " could not be written (" + CAUSE + "). Retry the job in Cockpit");
        assertThat(documentIds(ref)).as("nothing half-stored: only the letters written before")
                .containsExactlyElementsOf(lettersBefore);
        assertThat(documents.ofCase(cases.get(ref).getId()))
                .noneMatch(d -> d.getDocumentType() == DocumentType.CONFERENCE_RECORD);
    }

    @Test
    void invitationLettersThatCannotBeWrittenEndAsAnIncidentAndARetryOnceFixedWritesThem() {
        doThrow(new IllegalStateException(CAUSE)).when(renderer).render(anyString());
        String ref = newCase("Hana");
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                booking(LocalDate.of(2026, 12, 21), TestStaff.CHAIR));

        inviteWithoutRunningJobs(ref);

        Long conferenceId = conferences.ofCase(cases.get(ref).getId()).get(0).getId();
        assertThat(conferences.participants(conferenceId)).as("the administrator's invitations are kept")
                .isNotEmpty();
        Incident incident = failsThreeTimes(ref);
        assertThat(incident.getActivityId()).isEqualTo("Task_WriteInvitations");
        assertThat(incident.getIncidentMessage()).contains("The invitation letters of case " + ref
                + " could not be written (" + CAUSE + "). Retry the job in Cockpit once the cause is fixed.");
        assertThat(documentIds(ref)).as("nothing half-stored").isEmpty();

        // The cause fixed, the job retried in Cockpit: the letters are written and the preparation begins.
        Mockito.reset(renderer);
        management.setJobRetries(incident.getConfiguration(), 1);
        management.setJobDuedate(incident.getConfiguration(), ClockUtil.getCurrentTime());
        runAsyncJobs(ref);
        assertThat(runtime.createIncidentQuery().processInstanceId(conferenceProcess(ref).getId()).count()).isZero();
        assertThat(conferenceProcess(ref)).hasPassed("Task_WriteInvitations", "Task_RequestAgencyReports")
                .isWaitingAt("Task_ShareSocialWorkerReport", "Task_ContactParents", "Task_RecordAgencyReports");
        assertThat(documents.ofCase(cases.get(ref).getId())).extracting(Document::getDocumentType)
                .contains(DocumentType.INVITATION_FAMILY, DocumentType.INVITATION_AGENCY, DocumentType.REPORT_REQUEST);
    }

    @Test
    void reportRequestsThatCannotBeWrittenEndAsAnIncidentAndKeepTheInvitations() {
        doThrow(new IllegalStateException(CAUSE)).when(renderer)
                .render(argThat(html -> html.contains(DocumentType.REPORT_REQUEST.title())));
        String ref = newCase("Iris");
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                booking(LocalDate.of(2026, 12, 21), TestStaff.CHAIR));
        inviteWithoutRunningJobs(ref);
        String invitationsJob = management.createJobQuery().processInstanceId(conferenceProcess(ref).getId())
                .singleResult().getId();
        management.executeJob(invitationsJob);

        Incident incident = failsThreeTimes(ref);

        assertThat(incident.getActivityId()).isEqualTo("Task_RequestAgencyReports");
        assertThat(incident.getIncidentMessage()).contains("The report requests of case " + ref
                + " could not be written (" + CAUSE + "). Retry the job in Cockpit once the cause is fixed.");
        assertThat(documents.ofCase(cases.get(ref).getId())).as("the invitations stand, no request half-stored")
                .isNotEmpty().noneMatch(d -> d.getDocumentType() == DocumentType.REPORT_REQUEST);
        Long conferenceId = conferences.ofCase(cases.get(ref).getId()).get(0).getId();
        assertThat(conferences.participants(conferenceId)).as("no report recorded as requested")
                .allSatisfy(p -> assertThat(p.getReportRequestedDate()).isNull())
                .anyMatch(Participant::writesAgencyReport);
    }
}
