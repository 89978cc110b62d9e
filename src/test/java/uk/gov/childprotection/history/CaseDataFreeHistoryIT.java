package uk.gov.childprotection.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.authorisation;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.parent;
import static uk.gov.childprotection.demo.Submissions.referral;
import static uk.gov.childprotection.demo.Submissions.reportShared;
import static uk.gov.childprotection.demo.Submissions.section47Findings;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.support.EngineHistoryScan;
import uk.gov.childprotection.support.PlanWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * One child's case from referral to a child protection plan, its first core group and a visit, through the real
 * processes and the doors people use (Tasklist's start and task forms, TaskService, /engine-rest), with a
 * distinctive text in every free-text field: none of them is anywhere in the engine's history afterwards, while
 * the history still shows who did which task when and the decisions the processes took.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // /engine-rest serves the engine called "default"; the other test contexts use generated names.
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class CaseDataFreeHistoryIT extends ProcessTestSupport {

    private static final String ENGINE_ADMIN = "test.engineadmin";

    @Autowired FormService forms;
    @Autowired TestRestTemplate http;
    @Autowired DataSource dataSource;

    /** Every text this case's forms submit (field -> text), each found nowhere else. */
    private final Map<String, String> texts = new LinkedHashMap<>();

    private String text(String field, String text) {
        texts.put(field, text);
        return text;
    }

    /** As Tasklist submits a Camunda Form (FormService: form property history events as well as variables). */
    private void submit(String user, String ref, String taskKey, Map<String, Object> form) {
        signIn(user);
        try {
            forms.submitTaskForm(task(ref, taskKey).getId(), form);
        } finally {
            identity.clearAuthentication();
        }
        runAsyncJobs(ref);
    }

    private HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private TestRestTemplate rest(String user) {
        return http.withBasicAuth(user, TestStaff.password(user));
    }

    @Test
    void noFormTextReachesTheHistoryAndWhoDidWhatWhenDoes() throws Exception {
        // Referral: Tasklist's start form.
        Map<String, Object> referral = referral(text("childGivenName", "Quillanor"), text("childFamilyName", "Vexbridge"),
                LocalDate.of(2017, 7, 7), STRATEGY_DAY, "DOMESTIC_ABUSE", "PARENT_ON_PROBATION");
        referral.put("childAddress", text("childAddress", "14 Larkspur-7f3a Row, Oxford OX2 9ZZ"));
        referral.put("childFirstLanguage", text("childFirstLanguage", "language-7f3a"));
        referral.put("concerns", text("concerns", "referral-concerns-7f3a: bruises seen at school"));
        referral.put("socialWorker", TestStaff.SOCIAL_WORKER);
        referral.put("teamManager", TestStaff.TEAM_MANAGER);
        signIn(TestStaff.SOCIAL_WORKER);
        String ref;
        try {
            ref = forms.submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).latestVersion().singleResult().getId(),
                    referral).getBusinessKey();
        } finally {
            identity.clearAuthentication();
        }

        // Strategy discussion: /engine-rest's complete, with the variables in the request.
        Map<String, Object> strategy = strategyDiscussion(STRATEGY_DAY, "SECTION_47");
        strategy.put("socialCareParticipant", text("socialCareParticipant", "social-care-participant-7f3a"));
        strategy.put("policeParticipant", text("policeParticipant", "police-participant-7f3a"));
        strategy.put("healthParticipant", text("healthParticipant", "health-participant-7f3a"));
        strategy.put("otherParticipants", text("otherParticipants", "other-participants-7f3a"));
        strategy.put("decisionRationale", text("decisionRationale", "decision-rationale-7f3a"));
        Map<String, Object> variables = new LinkedHashMap<>();
        strategy.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> completed = rest(TestStaff.SOCIAL_WORKER).postForEntity(
                "/engine-rest/task/" + task(ref, "Task_RecordStrategyDiscussion").getId() + "/complete",
                new HttpEntity<>(new ObjectMapper().writeValueAsString(Map.of("variables", variables)), jsonHeaders()),
                String.class);
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        runAsyncJobs(ref); // the job executor's part: the decision gateway after the task is asynchronous

        // Section 47: TaskService; returned by the manager; the findings form then opens with what was written
        // (task-local prefill) and Tasklist submits onto it.
        Map<String, Object> findings = section47Findings(STRATEGY_DAY, STRATEGY_DAY, "CONVENE_ICPC");
        findings.put("findings", text("findings", "section-47-findings-7f3a"));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings", findings);
        submit(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome",
                authorisation("RETURNED", text("managerComments", "manager-comments-7f3a")));
        assertThat(tasks.getVariablesLocal(task(ref, "Task_RecordSection47Findings").getId()))
                .as("the prefill holds the findings so far").containsValue(texts.get("findings"));
        findings.put("findings", text("findingsAgain", "section-47-findings-corrected-7f3a"));
        submit(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings", findings);
        submit(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome", authorisation("AUTHORISED", null));

        // The conference.
        LocalDate conferenceDay = LocalDate.of(2026, 12, 22);
        Map<String, Object> booked = booking(conferenceDay, TestStaff.CHAIR);
        booked.put("venue", text("venue", "venue-7f3a, Room 9"));
        booked.put("bookingNotes", text("bookingNotes", "booking-notes-7f3a"));
        submit(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booked);

        Map<String, Object> invited = invitations("POLICE", "SCHOOL", "DOMESTIC_ABUSE_SERVICE", "PROBATION");
        parent(invited, 1, text("parent1Name", "Morwenna Vexbridge"), "MOTHER", text("parent1Interpreter", "Kurdish-7f3a"));
        parent(invited, 2, text("parent2Name", "Tobiah Grindlewald"), "FATHER", "");
        texts.put("parent1Email", (String) invited.get("parent1Email"));
        texts.put("parent2Email", (String) invited.get("parent2Email"));
        invited.put("namedProfessionals", text("namedProfessionals",
                "Dr Ysolde Pennifold, GP, y.pennifold@surgery-7f3a.example"));
        submit(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invited);

        setToday(LocalDate.of(2026, 12, 15));
        Map<String, Object> shared = reportShared(today());
        shared.put("parentsViewsOnReport", text("parentsViewsOnReport", "parents-views-on-report-7f3a"));
        submit(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", shared);
        Map<String, Object> contact = chairContact(today());
        contact.put("contactNotes", text("contactNotes", "chair-contact-notes-7f3a"));
        contact.put("exclusionRequested", true);
        contact.put("excludedParentName", texts.get("parent2Name"));
        contact.put("exclusionRequestedBy", text("exclusionRequestedBy", "exclusion-requested-by-7f3a"));
        contact.put("exclusionDecision", "NOT_EXCLUDED");
        contact.put("exclusionReason", text("exclusionReason", "exclusion-reason-7f3a"));
        submit(TestStaff.CHAIR, ref, "Task_ContactParents", contact);
        Map<String, Object> reports = agencyReports("POLICE", "SCHOOL");
        reports.put("reportsNotes", text("reportsNotes", "agency-reports-notes-7f3a"));
        submit(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", reports);

        setToday(conferenceDay);
        Map<String, Object> record = conferenceRecord(conferenceDay, "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER,
                LocalDate.of(2027, 3, 22), "EMOTIONAL_ABUSE");
        record.put("confidentialPart", true);
        record.put("confidentialPartReason", text("confidentialPartReason", "confidential-reason-7f3a"));
        record.put("confidentialPartSummary", text("confidentialPartSummary", "confidential-summary-7f3a"));
        record.put("dangerStatements", text("dangerStatements", "danger-statement-7f3a"));
        record.put("workingWell", text("workingWell", "working-well-7f3a"));
        record.put("worries", text("worries", "worries-7f3a"));
        record.put("complicatingFactors", text("complicatingFactors", "complicating-factors-7f3a"));
        record.put("childWishesAndFeelings", text("childWishesAndFeelings", "child-wishes-7f3a"));
        record.put("safetyGoals", text("safetyGoals", "safety-goals-7f3a"));
        record.put("scaling", "Social worker: 3\n" + text("scalingPerson", "Scalingperson7f3a") + ": 6");
        record.put("outlinePlan", text("outlinePlan", "outline-plan-7f3a"));
        record.put("coreGroup", text("coreGroup", "Corinna Blackwater-7f3a, School nurse") + "\nSam Worker, Lead social worker");
        submit(TestStaff.CHAIR, ref, "Task_HoldConference", record);
        postCopies(ref);

        // The plan in force: the first core group and a visit.
        LocalDate meetingDay = LocalDate.of(2027, 1, 5);
        setToday(meetingDay);
        submit(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", PlanWalk.meeting(meetingDay,
                text("attendees", "core-group-attendees-7f3a"), text("notes", "core-group-notes-7f3a"),
                new PlanWalk.Action(null, text("actionWhat", "action-what-7f3a"), text("actionWho", "action-who-7f3a"),
                        LocalDate.of(2027, 3, 1), text("actionSuccess", "action-success-7f3a"), "NOT_STARTED")));
        assertThat(String.valueOf(tasks.getVariablesLocal(task(ref, "Task_HoldCoreGroupMeeting").getId())
                .get("actions"))).as("the next meeting's form opens with the plan's actions, a row each")
                .contains(texts.get("actionWhat"));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit",
                PlanWalk.visit(meetingDay, true, true, text("visitConcerns", "visit-concerns-7f3a"), null));

        // Comments are refused, through the Java API and /engine-rest (as Tasklist's "Add comment" calls it), even
        // to an administrator.
        ensureEngineAdmin();
        Task open = task(ref, "Task_HoldCoreGroupMeeting");
        assertThatThrownBy(() -> tasks.createComment(open.getId(), open.getProcessInstanceId(),
                text("comment", "task-comment-7f3a")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Comments and attachments are not kept");
        ResponseEntity<JsonNode> comment = rest(ENGINE_ADMIN).postForEntity(
                "/engine-rest/task/" + open.getId() + "/comment/create",
                new HttpEntity<>("{\"message\": \"" + texts.get("comment") + "\"}", jsonHeaders()), JsonNode.class);
        // (/engine-rest words every refusal of a comment as "Not enough parameters submitted")
        assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasks.getTaskComments(open.getId())).isEmpty();

        // An administrator sets a variable through /engine-rest: the operation is logged, its value is not kept.
        String lifecycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).singleResult().getId();
        ResponseEntity<String> set = rest(ENGINE_ADMIN).exchange(
                "/engine-rest/process-instance/" + lifecycle + "/variables/adminNote", HttpMethod.PUT,
                new HttpEntity<>("{\"value\": \"" + text("adminNote", "admin-note-7f3a") + "\", \"type\": \"String\"}",
                        jsonHeaders()), String.class);
        assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.getVariable(lifecycle, "adminNote")).as("the running process has it").isEqualTo("admin-note-7f3a");

        // Nothing submitted is anywhere in the history.
        assertThat(texts.values()).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(EngineHistoryScan.find(dataSource, texts.values())).isEmpty();
        List<String> historicNames = history.createHistoricVariableInstanceQuery().processInstanceIdIn(
                processInstancesOf(ref)).list().stream().map(HistoricVariableInstance::getName).distinct().toList();
        assertThat(historicNames).isNotEmpty().allSatisfy(name ->
                assertThat(CaseDataFreeHistoryHandler.KEPT_VARIABLES).contains(name));
        assertThat(history.createHistoricDetailQuery().formFields().processInstanceId(lifecycle).count()).isZero();

        // What the history keeps: who did which task when, and the decisions.
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(ref)
                .finished().list();
        assertThat(done).extracting(HistoricTaskInstance::getTaskDefinitionKey).contains(
                "Task_RecordStrategyDiscussion", "Task_RecordSection47Findings", "Task_AuthoriseSection47Outcome",
                "Task_BookConference", "Task_InviteParticipants", "Task_ShareSocialWorkerReport", "Task_ContactParents",
                "Task_RecordAgencyReports", "Task_HoldConference", "Task_PostCopies", "Task_HoldCoreGroupMeeting",
                "Task_RecordStatutoryVisit");
        assertThat(done).allSatisfy(t -> assertThat(t.getStartTime()).isNotNull().isBeforeOrEqualTo(t.getEndTime()));
        assertThat(done).filteredOn(t -> t.getTaskDefinitionKey().equals("Task_HoldConference"))
                .singleElement().satisfies(t -> assertThat(t.getAssignee()).isEqualTo(TestStaff.CHAIR));
        assertThat(done).filteredOn(t -> t.getTaskDefinitionKey().equals("Task_RecordStrategyDiscussion"))
                .singleElement().satisfies(t -> assertThat(t.getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER));
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(done.get(0).getId()).count()).isPositive();
        assertThat(history.createUserOperationLogQuery().processInstanceId(lifecycle)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).list())
                .singleElement().satisfies(entry -> assertThat(entry.getUserId()).isEqualTo(ENGINE_ADMIN));
        assertThat(history.createUserOperationLogQuery().taskId(done.get(0).getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).count()).isPositive();

        assertThat(kept(ref, "referralOutcome")).isNotEmpty().containsOnly("INITIAL_CONFERENCE");
        assertThat(kept(ref, "conferenceDecision")).contains("CHILD_PROTECTION_PLAN");
        assertThat(kept(ref, "strategyDecision")).isNotEmpty().containsOnly("SECTION_47");
        assertThat(kept(ref, "caseReference")).contains(ref);
        assertThat(kept(ref, "planId")).isNotEmpty().doesNotContainNull();
        assertThat(kept(ref, "meetingId")).isNotEmpty().doesNotContainNull();
        assertThat(history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(processInstancesOf(ref))
                .list()).as("the decisions' changes, as ACT_HI_DETAIL keeps them").isNotEmpty();

        // The invitation table's evaluation is kept, without the child's age and circumstances or its proposal.
        String conference = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").finished().singleResult().getId();
        HistoricDecisionInstance invitees = history.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("conference-invitees").processInstanceId(conference)
                .includeInputs().includeOutputs().singleResult();
        assertThat(invitees.getEvaluationTime()).isNotNull();
        assertThat(invitees.getActivityId()).isEqualTo("Task_ProposeAgencies");
        assertThat(invitees.getInputs()).isEmpty();
        assertThat(invitees.getOutputs()).isEmpty();

        // Cockpit and /engine-rest still show it (the service manager reads every process's history).
        JsonNode historicTasks = rest(TestStaff.SERVICE_MANAGER).getForObject(
                "/engine-rest/history/task?processInstanceBusinessKey=" + ref + "&finished=true", JsonNode.class);
        assertThat(historicTasks.findValuesAsText("taskDefinitionKey")).contains("Task_HoldConference",
                "Task_HoldCoreGroupMeeting");
        assertThat(historicTasks.findValuesAsText("assignee")).contains(TestStaff.CHAIR, TestStaff.SOCIAL_WORKER);
        JsonNode historicVariables = rest(TestStaff.SERVICE_MANAGER).getForObject(
                "/engine-rest/history/variable-instance?processInstanceId=" + conference, JsonNode.class);
        assertThat(historicVariables.findValuesAsText("name")).contains("conferenceDecision", "conferenceId")
                .doesNotContain("dangerStatements", "childName");
        String details = rest(TestStaff.SERVICE_MANAGER).getForObject(
                "/engine-rest/history/detail?processInstanceId=" + conference, String.class);
        assertThat(details).contains("conferenceDecision").doesNotContain(texts.get("dangerStatements"));
    }

    private String[] processInstancesOf(String ref) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
                .map(p -> p.getId()).toArray(String[]::new);
    }

    private List<Object> kept(String ref, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstancesOf(ref))
                .variableName(name).list().stream().map(HistoricVariableInstance::getValue).toList();
    }

    private void ensureEngineAdmin() {
        TestStaff.user(identity, ENGINE_ADMIN, "Eve", "Engine", Roles.ADMINISTRATORS);
    }
}
