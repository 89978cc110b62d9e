package uk.gov.childprotection.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import uk.gov.childprotection.amendment.AmendmentService;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.cases.StatutoryDeadline;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Every path of document-sending against a real SMTP server (GreenMail): each participant's copy, the right
 * version, by the end of the next working day; posting for those without email; the escalation to the
 * conference administrator when a copy has not gone by then.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925"})
class DocumentSendingProcessIT extends ProcessTestSupport {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process(SendingProcess.KEY);
        }
    }

    /** Monday 21 December 2026: the copies are due by the end of Tuesday 22 December. */
    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired DocumentService documents;
    @Autowired SendingService sendings;
    @Autowired DeadlineService deadlines;
    @Autowired AmendmentService amendments;

    @Autowired uk.gov.childprotection.conference.AgencyDirectory directory;
    @Autowired uk.gov.childprotection.conference.AgencyContactRepository directoryEntries;

    private static int children;

    /** Agencies without an entry in the agency directory are posted to: each test starts from none. */
    @org.junit.jupiter.api.BeforeEach
    @org.junit.jupiter.api.AfterEach
    void emptyAgencyDirectory() {
        directoryEntries.deleteAll();
    }

    @Test
    void anAgencyWithASecureAddressInTheDirectoryIsEmailedAndOneWithOnlyAPostalAddressIsPostedThere()
            throws Exception {
        directory.save(new uk.gov.childprotection.conference.AgencyDirectory.Entry(
                uk.gov.childprotection.conference.Agency.POLICE, "Public Protection Unit",
                "ppu.referrals@thames.police.uk", "Police Station\nSt Aldates\nOxford OX1 1SZ", "01865 841148"),
                TestStaff.ADMINISTRATOR);
        directory.save(new uk.gov.childprotection.conference.AgencyDirectory.Entry(
                uk.gov.childprotection.conference.Agency.GP, "Harbour Surgery", null,
                "1 Quay Street, Exampleton EX2 2BB", null), TestStaff.ADMINISTRATOR);
        String ref = caseWithDecidedConference();
        ProcessInstance sending = sending(ref);

        List<MimeMessage> police = mailTo("ppu.referrals@thames.police.uk");
        assertThat(police).as("the secure address the directory holds").hasSize(1);
        assertThat(attachments(police.get(0))).containsOnlyKeys(ref + "-conference-record-v1.pdf");
        Sending prepared = sendings.ofCase(cases.get(ref).getId()).get(0);
        assertThat(sendings.deliveries(prepared.getId())).filteredOn(d -> d.getMethod() == Delivery.Method.POST)
                .extracting(Delivery::getRecipientName)
                .containsExactlyInAnyOrder("Children's social care", "School", "GP");
        String postList = tasks.getVariable(task(ref, "Task_PostCopies").getId(), "postList").toString();
        assertThat(postList).contains("**GP**", "Post to: Harbour Surgery, GP, 1 Quay Street, Exampleton EX2 2BB")
                .contains("**School**", "No postal address is recorded")
                .doesNotContain("**Police**");
        assertThat(sending).isWaitingAt("Task_PostCopies");
    }

    private String caseWithDecidedConference() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Rhys", "Morgan",
                LocalDate.of(2017, 2, 2).plusDays(children++), Gender.MALE, "4 Harbour Row", "English"), STRATEGY_DAY,
                ReferralSource.HEALTH, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        return ref;
    }

    private ProcessInstance sending(String ref) {
        List<ProcessInstance> found = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(SendingProcess.KEY).list();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<MimeMessage> mailTo(String address) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            try {
                for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                    if (recipient.toString().equals(address)) {
                        to.add(message);
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    /** Each attachment's file name and bytes. */
    private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
        Map<String, byte[]> found = new HashMap<>();
        Multipart multipart = (Multipart) message.getContent();
        collect(multipart, found);
        return found;
    }

    private static void collect(Multipart multipart, Map<String, byte[]> found) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, found);
            } else if (part.getFileName() != null) {
                try (InputStream in = part.getInputStream()) {
                    found.put(part.getFileName(), in.readAllBytes());
                }
            }
        }
    }

    @Test
    void everyParticipantGetsTheirCopyOfTheNewestVersionByTheEndOfTheNextWorkingDay() throws Exception {
        String ref = caseWithDecidedConference();
        ProcessInstance sending = sending(ref);

        // The emails went as soon as the record was written; the agencies without an address are left to post.
        assertThat(sending).isWaitingAt("Task_PostCopies").hasPassed("Task_EmailCopies");
        Document record = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.CONFERENCE_RECORD).findFirst().orElseThrow();
        String recordFile = ref + "-conference-record-v1.pdf";

        for (String parent : List.of("alex.example@example.org", "jordan.example@example.org")) {
            List<MimeMessage> mails = mailTo(parent);
            assertThat(mails).as(parent).hasSize(1);
            Map<String, byte[]> files = attachments(mails.get(0));
            // Each parent's own letter, under a file name of its own: "...-decision-letter-alex-example-v1.pdf".
            String letterFile = ref + "-decision-letter-" + parent.substring(0, parent.indexOf('@')).replace('.', '-')
                    + "-v1.pdf";
            assertThat(files).containsKeys(recordFile, letterFile);
            assertThat(DocumentService.sha256(files.get(recordFile))).as("the stored version, byte for byte")
                    .isEqualTo(record.getSha256());
            assertThat(mails.get(0).getSubject()).isEqualTo("Child protection conference record, case " + ref);
            assertThat(GreenMailUtil.getBody(mails.get(0))).contains("must not be shared", "another language or format");
        }
        List<MimeMessage> school = mailTo("p.green@school.example");
        assertThat(school).hasSize(1);
        assertThat(attachments(school.get(0))).as("professionals get the record, not the parents' letters")
                .containsOnlyKeys(recordFile);
        assertThat(mailTo("")).isEmpty();

        // The log: who, which documents, when, how.
        Sending prepared = sendings.ofCase(cases.get(ref).getId()).get(0);
        assertThat(prepared.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        List<Delivery> log = sendings.deliveries(prepared.getId());
        assertThat(log).filteredOn(d -> d.getMethod() == Delivery.Method.EMAIL)
                .hasSize(3)
                .allSatisfy(d -> {
                    assertThat(d.getStatus()).isEqualTo(Delivery.Status.SENT);
                    assertThat(d.getSentOn()).isEqualTo(CONFERENCE_DAY);
                    assertThat(d.getDocumentIds()).contains(record.getId());
                });
        assertThat(log).filteredOn(d -> d.getMethod() == Delivery.Method.POST)
                .extracting(Delivery::getRecipientName)
                .containsExactlyInAnyOrder("Children's social care", "Police", "School", "GP")
                .hasSize(4);
        assertThat(log).extracting(Delivery::getRecipientName).as("the child hears it from their social worker")
                .doesNotContain("Rhys Morgan");

        // The administrator posts the rest the next day: the deadline is met, nothing escalates.
        Task post = task(ref, "Task_PostCopies");
        assertThat(post.getDueDate()).isEqualTo(uk.gov.childprotection.calendar.Today.endOfWorkingDay(
                LocalDate.of(2026, 12, 22)));
        assertThat(tasks.getVariable(post.getId(), "postList").toString())
                .contains("**Police**", "/api/documents/" + record.getId(), "4 Harbour Row");
        setToday(LocalDate.of(2026, 12, 22));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_PostCopies", Map.of("postedDate", "2026-12-22"));
        assertThat(sending).hasPassed("Task_PostCopies", "EndEvent_DocumentsSent").isEnded();
        assertThat(sendings.deliveries(prepared.getId())).allSatisfy(d -> assertThat(d.getStatus())
                .isIn(Delivery.Status.SENT, Delivery.Status.POSTED));
        StatutoryDeadline deadline = deadlines.latest(cases.get(ref), DeadlineKind.RECORD_DISTRIBUTION);
        assertThat(deadline.getMetDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(sendings.get(prepared.getId()).getCompletedOn()).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @Test
    void copiesStillUnsentAtTheDeadlineEscalateToTheConferenceAdministrator() {
        String ref = caseWithDecidedConference();
        ProcessInstance sending = sending(ref);

        // Tuesday 22 December passes with the agencies' copies still unposted.
        setToday(LocalDate.of(2026, 12, 22));
        assertThat(fireDueTimers(ref)).as("nothing is late during the day it is due").isZero();
        setToday(LocalDate.of(2026, 12, 23));
        fireDueTimers(ref);
        assertThat(sending).isWaitingAt("Task_PostCopies", "Task_RecordLateSending");
        Task late = task(ref, "Task_RecordLateSending");
        assertThat(tasks.getIdentityLinksForTask(late.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo("conference-administrators"));
        assertThat(tasks.getVariable(late.getId(), "dueDateLabel")).isEqualTo("Tuesday 22 December 2026");
        // The escalation is itself due, by the end of the next working day, so the Overdue filter sees it.
        assertThat(late.getDueDate()).isEqualTo(uk.gov.childprotection.calendar.Today.endOfWorkingDay(
                LocalDate.of(2026, 12, 24)));

        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordLateSending",
                Map.of("delayReason", "The agencies' addresses were missing from the invitation list."));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_PostCopies", Map.of("postedDate", "2026-12-23"));
        assertThat(sending).hasPassed("Task_RecordLateSending", "EndEvent_LateSendingExplained").isEnded();
        StatutoryDeadline deadline = deadlines.latest(cases.get(ref), DeadlineKind.RECORD_DISTRIBUTION);
        assertThat(deadline.getMetDate()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(deadline.getDelayReason()).contains("addresses were missing");
    }

    @Test
    void theAnswerToOneParentGoesByEmailAloneWithNothingToPost() throws Exception {
        String ref = caseWithDecidedConference();
        setToday(LocalDate.of(2026, 12, 22));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_PostCopies", Map.of("postedDate", "2026-12-22"));
        MAIL.reset();

        amendments.request(ref, new AmendmentService.NewRequest(null, "Jordan Example", LocalDate.of(2026, 12, 22),
                "The record says I was not at home; I was."), "ada.admin");
        Map<String, Object> decision = new HashMap<>();
        decision.put("amendmentDecision", "REFUSED");
        decision.put("decisionReason", "The visit notes show nobody answered the door.");
        complete(TestStaff.CHAIR, ref, "Task_DecideAmendment", decision);

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(SendingProcess.KEY).count()).as("the answer's sending has ended").isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        MimeMessage letter = mailTo("jordan.example@example.org").get(0);
        assertThat(attachments(letter)).containsOnlyKeys(ref + "-amendment-outcome-letter-jordan-example-v1.pdf");
        Sending last = sendings.ofCase(cases.get(ref).getId()).get(1);
        assertThat(last.getPurpose()).isEqualTo(Sending.Purpose.AMENDMENT);
        assertThat(last.getCompletedOn()).isEqualTo(LocalDate.of(2026, 12, 22));
        String answerSending = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(SendingProcess.KEY).orderByProcessInstanceStartTime().desc().list().get(0).getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(answerSending).list())
                .extracting(a -> a.getActivityId())
                .contains("Task_EmailCopies", "Gateway_AllSent", "EndEvent_DocumentsSent")
                .doesNotContain("Task_PostCopies");
    }
}
