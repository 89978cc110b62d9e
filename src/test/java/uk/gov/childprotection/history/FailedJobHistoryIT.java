package uk.gov.childprotection.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.parent;
import static uk.gov.childprotection.demo.Submissions.reportShared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.notification.SendingProcess;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.EngineHistoryScan;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * A refused email names the parent whose copy did not go (name and address). Cockpit shows that on the open
 * incident and the failing job; the history keeps that the job failed and the incident, not the message nor the
 * stack trace. The same mail server as MailFailureIT (nothing listens on port 1), so the same test context.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=1"})
class FailedJobHistoryIT extends ProcessTestSupport {

    private static final String PARENT = "Eudora Fenwhistle";
    private static final String EMAIL = "eudora.fenwhistle@example.org";

    @Autowired ChildCaseService cases;
    @Autowired DataSource dataSource;

    @Test
    void aFailedEmailJobIsInTheHistoryWithoutWhomItWasFor() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ianthe", "Fenwhistle",
                LocalDate.of(2015, 6, 6), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.SCHOOL, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate day = LocalDate.of(2026, 12, 21);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                booking(day, TestStaff.CHAIR));
        Map<String, Object> invited = invitations("POLICE", "SCHOOL", "GP");
        parent(invited, 1, PARENT, "MOTHER", "");
        assertThat(invited.get("parent1Email")).isEqualTo(EMAIL);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invited);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportShared(today()));
        complete(TestStaff.CHAIR, ref, "Task_ContactParents", chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));
        setToday(day);
        signIn(TestStaff.CHAIR);
        tasks.complete(task(ref, "Task_HoldConference").getId(), conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        identity.clearAuthentication();
        String conference = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").singleResult().getId();
        // "Decided?" is asynchronous (no default flow): its job, then the record's.
        management.executeJob(management.createJobQuery().processInstanceId(conference)
                .activityId("Gateway_ConferenceDecided").singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(conference).singleResult().getId());
        String sending = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(SendingProcess.KEY).singleResult().getId();
        for (Job email : management.createJobQuery().processInstanceId(sending).messages().list()) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThatThrownBy(() -> management.executeJob(email.getId())).hasMessageContaining("could not be emailed");
            }
        }

        // Cockpit, while the incident is open: the message in full, and the stack trace.
        List<Incident> open = runtime.createIncidentQuery().processInstanceId(sending).list();
        assertThat(open).extracting(Incident::getIncidentMessage)
                .anySatisfy(message -> assertThat(message).contains(PARENT + " <" + EMAIL + ">"));
        Incident hers = open.stream().filter(i -> i.getIncidentMessage().contains(EMAIL)).findFirst().orElseThrow();
        assertThat(management.getJobExceptionStacktrace(hers.getConfiguration())).contains(EMAIL);

        // The history: the failures and the incidents, without the message or the stack trace.
        List<HistoricJobLog> failures = history.createHistoricJobLogQuery().processInstanceId(sending).failureLog().list();
        assertThat(failures).hasSize(9).allSatisfy(failure -> {
            assertThat(failure.getJobExceptionMessage()).isEqualTo(CaseDataFreeHistoryHandler.MESSAGE_NOT_KEPT);
            assertThat(history.getHistoricJobLogExceptionStacktrace(failure.getId())).isNull();
        });
        assertThat(history.createHistoricIncidentQuery().processInstanceId(sending).open().list()).hasSize(3)
                .extracting(HistoricIncident::getIncidentMessage).containsOnly(CaseDataFreeHistoryHandler.MESSAGE_NOT_KEPT);
        assertThat(EngineHistoryScan.find(dataSource, List.of(PARENT, EMAIL, "Fenwhistle"))).isEmpty();
    }
}
