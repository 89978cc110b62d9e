package uk.gov.childprotection.amendment;

import static uk.gov.childprotection.support.TestStaff.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.notification.Delivery;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Every path of record-amendment: a parent's request through the API or the administrator's start form, the
 * Chair's decision, the corrected record as a new version for everyone, and the letter to the parent either way.
 */
@AutoConfigureMockMvc
class AmendmentProcessIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process(AmendmentService.PROCESS);
        }
    }

    /** Monday 21 December 2026; the record reaches the parents by email that day. */
    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired SendingService sendings;
    @Autowired FormService forms;
    @Autowired MockMvc mvc;
    @Autowired AmendmentService amendments;

    private static int children;

    private String newCase() {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails("Nia", "Hughes",
                LocalDate.of(2014, 8, 8).plusDays(children++), Gender.FEMALE, null, "English"), STRATEGY_DAY,
                ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
    }

    private String caseWithSentRecord() {
        String ref = newCase();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_PostCopies", Map.of("postedDate", CONFERENCE_DAY.toString()));
        return ref;
    }

    private ProcessInstance amendment(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(AmendmentService.PROCESS).singleResult();
    }

    private List<Document> ofType(String ref, DocumentType type) {
        return documents.ofCase(cases.get(ref).getId()).stream().filter(d -> d.getDocumentType() == type).toList();
    }

    private static String request(String parent, String on, String changes) {
        return "{\"parentName\": \"" + parent + "\", \"receivedDate\": \"" + on + "\", \"requestedChanges\": \""
                + changes + "\"}";
    }

    @Test
    void anAcceptedRequestMakesVersionTwoForEveryoneAndTellsTheParent() throws Exception {
        String ref = caseWithSentRecord();
        setToday(LocalDate.of(2026, 12, 23));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests").contentType(MediaType.APPLICATION_JSON)
                        .content(request("Alex Example", "2026-12-23",
                                "The record says I refused the nursery place. I accepted it."))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentName").value("Alex Example"))
                .andExpect(jsonPath("$.decision").doesNotExist());

        ProcessInstance amendment = amendment(ref);
        assertThat(amendment).isWaitingAt("Task_DecideAmendment");
        var decide = task(ref, "Task_DecideAmendment");
        assertThat(decide.getAssignee()).as("the Chair of the conference").isEqualTo(TestStaff.CHAIR);
        assertThat(tasks.getVariable(decide.getId(), "requestSummary").toString())
                .contains("Alex Example", "I accepted it");
        assertThat(tasks.getVariable(decide.getId(), "recordLink").toString()).contains("version 1", "/api/documents/");
        String worries = tasks.getVariable(decide.getId(), "worries").toString();
        assertThat(worries).as("the form opens with the record's words").isNotBlank();

        Map<String, Object> unchanged = new HashMap<>();
        unchanged.put("amendmentDecision", "ACCEPTED");
        unchanged.put("decisionReason", "You are right.");
        signIn(TestStaff.CHAIR);
        assertThatThrownBy(() -> tasks.complete(decide.getId(), unchanged))
                .hasMessageContaining("amendmentDecision: you accepted the request but changed nothing");
        identity.clearAuthentication();

        Map<String, Object> accepted = new HashMap<>(unchanged);
        accepted.put("decisionReason", "The nursery confirmed that you accepted the place on 1 December.");
        accepted.put("worries", "The home was very cold on two visits. Mother accepted the nursery place.");
        complete(TestStaff.CHAIR, ref, "Task_DecideAmendment", accepted);

        // Version 2 of the record, version 1 kept as it was.
        List<Document> records = ofType(ref, DocumentType.CONFERENCE_RECORD);
        assertThat(records).extracting(Document::getVersion).containsExactlyInAnyOrder(1, 2);
        Document v1 = records.stream().filter(d -> d.getVersion() == 1).findFirst().orElseThrow();
        Document v2 = records.stream().filter(d -> d.getVersion() == 2).findFirst().orElseThrow();
        assertThat(Pdfs.text(v2.getContent())).contains("Mother accepted the nursery place");
        assertThat(Pdfs.text(v1.getContent())).doesNotContain("Mother accepted the nursery place");
        assertThat(v2.getCreatedByTask()).isEqualTo("Task_WriteAmendedRecord");

        Document letter = ofType(ref, DocumentType.AMENDMENT_OUTCOME_LETTER).get(0);
        Pdfs.assertAccessible(letter.getContent(), DocumentType.AMENDMENT_OUTCOME_LETTER.title());
        assertThat(Pdfs.text(letter.getContent())).contains("Dear Alex Example", "Wednesday 23 December 2026",
                "I accepted it", "I have agreed to change the record", "version 2",
                "The nursery confirmed that you accepted the place", "Chris Chair, Child Protection Chair");

        // Everyone gets version 2; the parent who asked gets the letter with it; the agencies' copies are posted.
        Sending resend = sendings.ofCase(cases.get(ref).getId()).get(1);
        assertThat(resend.getPurpose()).isEqualTo(Sending.Purpose.AMENDMENT);
        assertThat(resend.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        List<Delivery> copies = sendings.deliveries(resend.getId());
        assertThat(copies).hasSize(7).allSatisfy(d -> assertThat(d.getDocumentIds()).contains(v2.getId()));
        assertThat(copies).filteredOn(d -> d.getDocumentIds().contains(letter.getId()))
                .extracting(Delivery::getRecipientName).containsExactly("Alex Example");
        assertThat(amendment).isWaitingAt("CallActivity_SendAnswer");
        complete(TestStaff.ADMINISTRATOR, ref, "Task_PostCopies", Map.of("postedDate", "2026-12-23"));
        assertThat(amendment).hasPassed("Task_WriteAmendedRecord", "Task_WriteAmendmentLetter",
                "EndEvent_AmendmentAnswered").isEnded();

        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/" + ref + "/amendment-requests")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].decision").value("ACCEPTED"))
                .andExpect(jsonPath("$[0].decidedBy").value(TestStaff.CHAIR));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/" + ref + "/sendings")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].purpose").value("AMENDMENT"))
                .andExpect(jsonPath("$[1].completedOn").value("2026-12-23"));
    }

    @Test
    void theAdministratorRecordsARequestAndARefusalIsExplainedToTheParent() throws Exception {
        String ref = caseWithSentRecord();
        setToday(LocalDate.of(2026, 12, 22));
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(AmendmentService.PROCESS).latestVersion().singleResult().getId();
        signIn(TestStaff.ADMINISTRATOR);
        assertThatThrownBy(() -> runtime.startProcessInstanceById(definition, ref,
                Map.of("caseReference", ref, "amendmentRequestId", 1L)))
                .as("no one starts the amendment process directly, whatever they pass")
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        identity.clearAuthentication();
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"parentName": "jordan example", "receivedDate": "2026-12-22",
                         "requestedChanges": "I was at work, not at home, on the day of the visit."}""")))
                .andExpect(status().isCreated());
        ProcessInstance started = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(AmendmentService.PROCESS).singleResult();
        assertThat(started.getBusinessKey()).isEqualTo(ref);
        assertThat(runtime.getVariables(started.getId())).containsKeys("amendmentRequestId", "conferenceId")
                .doesNotContainKeys("parentName", "requestedChanges");

        Map<String, Object> refused = new HashMap<>();
        refused.put("amendmentDecision", "REFUSED");
        refused.put("decisionReason", "The record says what you told the conference; it does not say where you were.");
        complete(TestStaff.CHAIR, ref, "Task_DecideAmendment", refused);

        assertThat(started).hasPassed("Task_WriteAmendmentLetter", "EndEvent_AmendmentAnswered")
                .hasNotPassed("Task_WriteAmendedRecord").isEnded();
        assertThat(ofType(ref, DocumentType.CONFERENCE_RECORD)).hasSize(1);
        Document letter = ofType(ref, DocumentType.AMENDMENT_OUTCOME_LETTER).get(0);
        assertThat(Pdfs.text(letter.getContent())).contains("Dear Jordan Example",
                "I have decided not to change the record", "kept with the record",
                "it does not say where you were", "make a complaint within 28 days");
        Sending answer = sendings.ofCase(cases.get(ref).getId()).get(1);
        assertThat(sendings.deliveries(answer.getId())).singleElement().satisfies(d -> {
            assertThat(d.getRecipientName()).isEqualTo("Jordan Example");
            assertThat(d.getStatus()).as("no SMTP host in this test: logged, switched off")
                    .isEqualTo(Delivery.Status.MAIL_SWITCHED_OFF);
            assertThat(d.getDocumentIds()).containsExactly(letter.getId());
        });
    }

    @Test
    void requestsFromSomeoneNotInvitedTooLateOrBeforeAnyRecordAreRefusedWithReasons() throws Exception {
        String ref = caseWithSentRecord();
        setToday(LocalDate.of(2027, 1, 4));
        // The record reached the parents on Monday 21 December: 5 working days (Christmas and the Boxing Day
        // substitute day skipped) end on Wednesday 30 December.
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests").contentType(MediaType.APPLICATION_JSON)
                        .content(request("Alex Example", "2026-12-31", "Please change the chronology."))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.receivedDate").value(org.hamcrest.Matchers.containsString(
                        "until Wednesday 30 December 2026")));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests").contentType(MediaType.APPLICATION_JSON)
                        .content(request("Sam Neighbour", "2026-12-30", "Please change the chronology."))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.parentName").value(org.hamcrest.Matchers.containsString(
                        "Alex Example, Jordan Example")));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentName\": \"Alex Example\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.receivedDate").exists())
                .andExpect(jsonPath("$.errors.requestedChanges").exists());
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests").contentType(MediaType.APPLICATION_JSON)
                        .content(request("Alex Example", "2026-12-30", "In time: the last day."))))
                .andExpect(status().isCreated());

        String fresh = newCase();
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + fresh + "/amendment-requests").contentType(MediaType.APPLICATION_JSON)
                        .content(request("Alex Example", "2026-12-30", "No record yet."))))
                .andExpect(status().isConflict());
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/CP-1999-99999/amendment-requests").contentType(MediaType.APPLICATION_JSON)
                        .content(request("Alex Example", "2026-12-30", "No case."))))
                .andExpect(status().isNotFound());

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AmendmentService.PROCESS)
                .processInstanceBusinessKey(ref).count()).as("only the request in time").isEqualTo(1);
    }

    @Test
    void aPostedRecordCountsAsReceivedTwoWorkingDaysAfterPostingAndTheFiveDaysRunFromThen() throws Exception {
        // Jordan Example has no email address: their copy is posted, on Thursday 24 December 2026, before
        // Christmas Day, the weekend and the Boxing Day substitute day.
        String ref = newCase();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(CONFERENCE_DAY, TestStaff.CHAIR));
        Map<String, Object> invitations = new HashMap<>(
                uk.gov.childprotection.demo.Submissions.invitations("POLICE", "SCHOOL", "GP"));
        invitations.put("parent2Email", "");
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invitations);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport",
                uk.gov.childprotection.demo.Submissions.reportShared(today()));
        complete(TestStaff.CHAIR, ref, "Task_ContactParents",
                uk.gov.childprotection.demo.Submissions.chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports",
                uk.gov.childprotection.demo.Submissions.agencyReports("POLICE", "SCHOOL"));
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        setToday(LocalDate.of(2026, 12, 24));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_PostCopies", Map.of("postedDate", "2026-12-24"));
        Sending record = sendings.ofCase(cases.get(ref).getId()).get(0);
        assertThat(sendings.deliveries(record.getId())).filteredOn(d -> d.getRecipientName().equals("Jordan Example"))
                .singleElement().satisfies(d -> assertThat(d.getStatus()).isEqualTo(Delivery.Status.POSTED));

        // Received Wednesday 30 December (two working days in the post); five working days from then, New Year's
        // Day skipped, end on Thursday 7 January 2027. Counted from posting they would have ended on 5 January.
        setToday(LocalDate.of(2027, 1, 8));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("Jordan Example", "2027-01-08", "Day six after receipt."))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.receivedDate").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("until Thursday 7 January 2027"),
                        org.hamcrest.Matchers.containsString("reached Jordan Example on Wednesday 30 December 2026"))));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("Jordan Example", "2027-01-07", "Day five after receipt: in time."))))
                .andExpect(status().isCreated());
        // Alex Example had it by email on the conference day: their five days ended on Wednesday 30 December.
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/amendment-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("Alex Example", "2026-12-31", "Too late by email."))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.receivedDate").value(org.hamcrest.Matchers.containsString(
                        "until Wednesday 30 December 2026")));
    }

    @Test
    void anAmendmentDecisionThatIsNeitherTrueNorFalseBecomesAnIncidentWithAPlainMessage() {
        String ref = caseWithSentRecord();
        setToday(LocalDate.of(2026, 12, 22));
        amendments.request(ref, new AmendmentService.NewRequest(null, "Alex Example", LocalDate.of(2026, 12, 22),
                "Please correct the chronology."), TestStaff.ADMINISTRATOR);
        Map<String, Object> refused = new HashMap<>();
        refused.put("amendmentDecision", "REFUSED");
        refused.put("decisionReason", "The chronology is right.");
        signIn(TestStaff.CHAIR);
        tasks.complete(task(ref, "Task_DecideAmendment").getId(), refused);
        identity.clearAuthentication();

        ProcessInstance amendment = amendment(ref);
        var gateway = management.createJobQuery().processInstanceId(amendment.getId()).singleResult();
        assertThat(gateway.getRetries()).isEqualTo(3);
        // An administrator sets the decision by hand in Cockpit, wrongly.
        runtime.setVariable(amendment.getId(), "amendmentAccepted", "REFUSED");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(gateway.getId())).hasMessageContaining("amendmentAccepted");
        }
        var incident = runtime.createIncidentQuery().processInstanceId(amendment.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Gateway_AmendmentAccepted");
        // (The engine prefixes the exception's class name, as it does for every expression listener's failure.)
        assertThat(incident.getIncidentMessage()).endsWith("Case " + ref + " stopped at \"Amendment accepted?\": "
                + "the decision amendmentAccepted is 'REFUSED', and the diagram has a path only for true, false. "
                + "Correct the decision (set the variable) and retry the job.");
        assertThat(ofType(ref, DocumentType.AMENDMENT_OUTCOME_LETTER)).as("nothing written on a guess").isEmpty();

        runtime.setVariable(amendment.getId(), "amendmentAccepted", false);
        management.setJobRetries(gateway.getId(), 1);
        management.executeJob(gateway.getId());
        runAsyncJobs(ref);
        assertThat(amendment).hasPassed("Task_WriteAmendmentLetter").hasNotPassed("Task_WriteAmendedRecord").isEnded();
    }
}
