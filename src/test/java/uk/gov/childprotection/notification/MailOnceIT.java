package uk.gov.childprotection.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Each email goes at most once. The job that emails a copy fails after the mail server took the mail (its
 * transaction cannot commit): the retry finds the attempt, committed on its own before the mail went, and does
 * not send again. GreenMail receives exactly one message; the copy is left for the administrator to post, with a
 * note, and the deadline is met only when that paper copy has gone. A bad "Copies to post?" value stops there as
 * an incident with a plain message.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3926"})
class MailOnceIT extends ProcessTestSupport {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3926, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    /** The address whose job fails after its mail went; null for none. */
    static final AtomicReference<String> FAIL_AFTER_SENDING_TO = new AtomicReference<>();

    @TestConfiguration
    static class CommitFailsAfterTheMailWent {
        /** The real mailer; for the chosen address, the job's transaction is made to fail after the mail went. */
        @Bean
        @Primary
        DocumentMailer commitFailingMailer(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
            return new DocumentMailer(sender, settings) {
                @Override
                boolean send(Mail mail) {
                    boolean sent = super.send(mail);
                    if (mail.to().equals(FAIL_AFTER_SENDING_TO.get())) {
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void beforeCommit(boolean readOnly) {
                                throw new IllegalStateException("the database went away before the commit");
                            }
                        });
                    }
                    return sent;
                }
            };
        }
    }

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired SendingService sendings;

    private static int children;

    private String caseAtTheConference() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Cai", "Evans",
                LocalDate.of(2016, 3, 3).plusDays(children++), Gender.MALE, "9 Quay Street", null), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        signIn(TestStaff.CHAIR);
        tasks.complete(task(ref, "Task_HoldConference").getId(), conferenceRecord(CONFERENCE_DAY,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        identity.clearAuthentication();
        String conference = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").singleResult().getId();
        // "Decided?" is asynchronous (no default flow): its job, then the record's.
        management.executeJob(management.createJobQuery().processInstanceId(conference)
                .activityId("Gateway_ConferenceDecided").singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(conference).singleResult().getId());
        return ref;
    }

    private ProcessInstance sending(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(SendingProcess.KEY).singleResult();
    }

    private Delivery deliveryTo(String ref, String address) {
        Sending sending = sendings.ofCase(cases.get(ref).getId()).get(0);
        return sendings.deliveries(sending.getId()).stream().filter(d -> address.equals(d.getEmail())).findFirst()
                .orElseThrow();
    }

    private static long mailsTo(String address) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equals(address)).count();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aJobThatFailsAfterTheMailWentDoesNotSendItAgainOnItsRetry() {
        String ref = caseAtTheConference();
        String alex = "alex.example@example.org";
        FAIL_AFTER_SENDING_TO.set(alex);
        try {
            ProcessInstance sending = sending(ref);
            List<Job> emails = management.createJobQuery().processInstanceId(sending.getId()).messages().list();
            assertThat(emails).hasSize(3);
            Job toAlex = null;
            for (Job email : emails) {
                Long deliveryId = ((Number) runtime.getVariable(email.getExecutionId(), "deliveryId")).longValue();
                if (alex.equals(sendings.deliveries(sendings.ofCase(cases.get(ref).getId()).get(0).getId()).stream()
                        .filter(d -> d.getId().equals(deliveryId)).findFirst().orElseThrow().getEmail())) {
                    toAlex = email;
                }
            }
            assertThat(toAlex).isNotNull();
            String alexJob = toAlex.getId();

            assertThatThrownBy(() -> management.executeJob(alexJob))
                    .hasStackTraceContaining("the database went away before the commit");
            assertThat(mailsTo(alex)).as("the mail went before the commit failed").isEqualTo(1);
            assertThat(deliveryTo(ref, alex).getStatus()).as("the attempt outlives the failed transaction")
                    .isEqualTo(Delivery.Status.ATTEMPTED);
            assertThat(deliveryTo(ref, alex).getAttemptedAt()).isNotNull();
            assertThat(management.createJobQuery().jobId(alexJob).singleResult().getRetries()).isEqualTo(2);

            // The retry (as the job executor would run it) sees the attempt and sends nothing.
            FAIL_AFTER_SENDING_TO.set(null);
            management.executeJob(alexJob);
            assertThat(mailsTo(alex)).as("never a second copy").isEqualTo(1);
            Delivery unconfirmed = deliveryTo(ref, alex);
            assertThat(unconfirmed.getStatus()).isEqualTo(Delivery.Status.UNCONFIRMED);
            assertThat(unconfirmed.getNote()).contains("never confirmed", "Not emailed again", "paper copy");

            // The other emails go as usual; the administrator's list to post names Alex, with the reason.
            runAsyncJobs(ref);
            assertThat(MAIL.getReceivedMessages()).hasSize(3);
            assertThat(mailsTo(alex)).isEqualTo(1);
            assertThat(sending).isWaitingAt("Task_PostCopies");
            assertThat(tasks.getVariable(task(ref, "Task_PostCopies").getId(), "postList").toString())
                    .contains("**Alex Example** (an email to alex.example@example.org may not have gone through");
            Sending prepared = sendings.ofCase(cases.get(ref).getId()).get(0);
            assertThat(prepared.getCompletedOn()).as("not complete while a copy is unconfirmed").isNull();

            setToday(LocalDate.of(2026, 12, 22));
            complete(TestStaff.ADMINISTRATOR, ref, "Task_PostCopies", Map.of("postedDate", "2026-12-22"));
            assertThat(sending).isEnded();
            assertThat(deliveryTo(ref, alex).getStatus()).isEqualTo(Delivery.Status.POSTED);
            assertThat(sendings.get(prepared.getId()).getCompletedOn()).isEqualTo(LocalDate.of(2026, 12, 22));
            assertThat(MAIL.getReceivedMessages()).hasSize(3);
        } finally {
            FAIL_AFTER_SENDING_TO.set(null);
        }
    }

    @Test
    void aCopiesToPostValueThatIsNeitherTrueNorFalseBecomesAnIncidentWithAPlainMessage() {
        String ref = caseAtTheConference();
        ProcessInstance sending = sending(ref);
        for (Job email : management.createJobQuery().processInstanceId(sending.getId()).messages().list()) {
            management.executeJob(email.getId());
        }
        Job gateway = management.createJobQuery().processInstanceId(sending.getId()).messages().singleResult();
        assertThat(gateway.getRetries()).isEqualTo(3);
        assertThat(runtime.getVariable(sending.getId(), "copiesToPost")).isEqualTo(true);
        // An administrator sets the decision by hand (Cockpit), wrongly.
        runtime.setVariable(sending.getId(), "copiesToPost", "perhaps");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(gateway.getId())).hasMessageContaining("copiesToPost");
        }
        Incident incident = runtime.createIncidentQuery().processInstanceId(sending.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Gateway_CopiesToPost");
        // (The engine prefixes the exception's class name, as it does for every expression listener's failure.)
        assertThat(incident.getIncidentMessage()).endsWith("Case " + ref + " stopped at \"Copies to post?\": the "
                + "decision copiesToPost is 'perhaps', and the diagram has a path only for true, false. Correct the "
                + "decision (set the variable) and retry the job.");
        assertThat(sending).isNotEnded();
        assertThat(tasks.createTaskQuery().processInstanceId(sending.getId()).taskDefinitionKey("Task_PostCopies")
                .count()).as("no path taken").isZero();

        // Corrected and retried, it goes on.
        runtime.setVariable(sending.getId(), "copiesToPost", true);
        management.setJobRetries(gateway.getId(), 1);
        management.executeJob(gateway.getId());
        assertThat(sending).isWaitingAt("Task_PostCopies");
    }
}
