package uk.gov.childprotection.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * A mail server that refuses every connection (nothing listens on port 1): the Chair's completion still
 * succeeds, each participant's email retries on its own, and after the last retry an incident in Cockpit names
 * whose copy did not go and what to do; nothing is logged as sent, and the deadline escalation still fires.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=1"})
class MailFailureIT extends ProcessTestSupport {

    @Autowired ChildCaseService cases;
    @Autowired SendingService sendings;

    @Test
    void aRefusedMailRetriesAndEndsAsAnIncidentNamingWhoseCopyDidNotGo() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Owen", "Price",
                LocalDate.of(2015, 6, 6), Gender.MALE, null, null), STRATEGY_DAY, ReferralSource.SCHOOL, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate day = LocalDate.of(2026, 12, 21);
        ConferenceWalk.bookAndPrepare(this, ref, day);
        setToday(day);
        signIn(TestStaff.CHAIR);
        tasks.complete(task(ref, "Task_HoldConference").getId(), conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        identity.clearAuthentication();

        // The record is written; the sending starts with one email job per participant with an address.
        String conference = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").singleResult().getId();
        // "Decided?" is asynchronous (no default flow): its job, then the record's.
        management.executeJob(management.createJobQuery().processInstanceId(conference)
                .activityId("Gateway_ConferenceDecided").singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(conference).singleResult().getId());
        String sending = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(SendingProcess.KEY).singleResult().getId();
        List<Job> emails = management.createJobQuery().processInstanceId(sending).messages().list();
        assertThat(emails).hasSize(3).allSatisfy(job -> assertThat(job.getRetries()).isEqualTo(3));

        for (Job email : emails) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThatThrownBy(() -> management.executeJob(email.getId()))
                        .hasMessageContaining("could not be emailed");
            }
        }

        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(sending).list();
        assertThat(incidents).hasSize(3).allSatisfy(incident -> {
            assertThat(incident.getActivityId()).isEqualTo("Task_EmailCopies");
            assertThat(incident.getIncidentMessage()).contains("in case " + ref + " could not be emailed",
                    "Check the address and the mail server, then retry the job in Cockpit");
        });
        assertThat(incidents).extracting(Incident::getIncidentMessage)
                .anySatisfy(message -> assertThat(message).contains("The copy for Alex Example <alex.example@example.org>"));
        Sending prepared = sendings.ofCase(cases.get(ref).getId()).get(0);
        assertThat(sendings.deliveries(prepared.getId())).allSatisfy(d ->
                assertThat(d.getStatus()).isEqualTo(Delivery.Status.PENDING));

        // The next working day passes with the emails still stuck: the administrator is told.
        setToday(LocalDate.of(2026, 12, 23));
        assertThat(fireDueTimers(ref)).isEqualTo(1);
        assertThat(task(ref, "Task_RecordLateSending")).isNotNull();
    }
}
