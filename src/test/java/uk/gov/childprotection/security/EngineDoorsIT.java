package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The engine's own doors keep the case rule: every write a signed-in person could try through
 * {@code /engine-rest} that {@code /api} would not allow is refused, for every role, and afterwards nothing in
 * the engine or the domain has changed; every read of another case's tasks, variables and history gives nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class EngineDoorsIT extends ProcessTestSupport {

    /** Every role but the administrators, and the other social worker (same group, not allocated). */
    private static final List<String> PEOPLE = List.of(TestStaff.SOCIAL_WORKER, TestStaff.OTHER_SOCIAL_WORKER,
            TestStaff.TEAM_MANAGER, TestStaff.ADMINISTRATOR, TestStaff.CHAIR, TestStaff.SERVICE_MANAGER);
    private static final List<String> CALLED_ONLY = List.of("strategy-discussion", "child-protection-conference",
            "child-protection-plan", "document-sending", "record-amendment");

    @Autowired TestRestTemplate http;
    @Autowired ChildCaseService cases;
    @Autowired JdbcTemplate jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    private final ObjectMapper json = new ObjectMapper();

    private String caseWithPlan(String givenName) {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails(givenName, "Doors",
                LocalDate.of(2019, 4, 1), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.HEALTH,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toPlan(this, ref, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        return ref;
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, TestStaff.password(user)).exchange("/engine-rest" + path, method,
                new HttpEntity<>(body, headers), String.class);
    }

    /** What the engine and the domain hold: any change by a refused call shows here. */
    private Map<String, Object> state() {
        Map<String, Object> state = new TreeMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().list()) {
            state.put("instance " + instance.getId(), instance.isSuspended() + " "
                    + new TreeMap<>(runtime.getVariables(instance.getId())));
        }
        for (Task task : tasks.createTaskQuery().list()) {
            state.put("task " + task.getId(), task.getAssignee() + " " + task.getDueDate() + " "
                    + new TreeMap<>(tasks.getVariables(task.getId())));
        }
        for (Job job : management.createJobQuery().list()) {
            state.put("job " + job.getId(), job.getDuedate() + " " + job.getRetries() + " " + job.isSuspended());
        }
        for (String table : List.of("cp_case", "case_event", "document", "statutory_deadline",
                "child_protection_plan", "core_group_meeting", "statutory_visit", "conference", "amendment_request",
                "document_sending", "document_delivery")) {
            state.put("rows " + table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        state.put("deadlines", jdbc.queryForList("SELECT id, due_date, met_date FROM statutory_deadline ORDER BY id")
                .toString());
        return state;
    }

    @Test
    void everyWriteThroughTheEngineThatTheApiWouldRefuseIsRefusedForEveryRoleAndChangesNothing() throws Exception {
        String ref = caseWithPlan("Wren");
        String other = caseWithPlan("Yara");
        ProcessInstance lifecycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).singleResult();
        Job timer = management.createJobQuery().processInstanceId(lifecycle.getId()).timers().list().get(0);
        Task visit = task(ref, "Task_RecordStatutoryVisit");
        assertThat(visit.getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER);

        Map<String, Object> before = state();
        List<String> answers = new ArrayList<>();
        for (String user : PEOPLE) {
            Map<String, ResponseEntity<String>> tried = new TreeMap<>();
            tried.put("message to all", call(user, HttpMethod.POST, "/message",
                    "{\"messageName\": \"ChildBorn\", \"all\": true}"));
            tried.put("message to one case", call(user, HttpMethod.POST, "/message",
                    "{\"messageName\": \"MovedToAnotherCouncil\", \"businessKey\": \"" + ref + "\"}"));
            tried.put("set variables", call(user, HttpMethod.POST, "/process-instance/" + lifecycle.getId()
                    + "/variables", "{\"modifications\": {\"caseReference\": {\"value\": \"" + other + "\"}}}"));
            tried.put("set one variable", call(user, HttpMethod.PUT, "/process-instance/" + lifecycle.getId()
                    + "/variables/planId", "{\"value\": 1}"));
            tried.put("suspend instance", call(user, HttpMethod.PUT, "/process-instance/" + lifecycle.getId()
                    + "/suspended", "{\"suspended\": true}"));
            tried.put("suspend by definition", call(user, HttpMethod.PUT, "/process-instance/suspended",
                    "{\"processDefinitionKey\": \"document-sending\", \"suspended\": true}"));
            tried.put("suspend definition", call(user, HttpMethod.PUT,
                    "/process-definition/key/child-protection-plan/suspended",
                    "{\"suspended\": true, \"includeProcessInstances\": true}"));
            tried.put("execute job", call(user, HttpMethod.POST, "/job/" + timer.getId() + "/execute", null));
            tried.put("job due date", call(user, HttpMethod.PUT, "/job/" + timer.getId() + "/duedate",
                    "{\"duedate\": \"2026-12-22T09:00:00.000+0000\"}"));
            tried.put("job retries", call(user, HttpMethod.PUT, "/job/" + timer.getId() + "/retries",
                    "{\"retries\": 0}"));
            tried.put("modify instance", call(user, HttpMethod.POST, "/process-instance/" + lifecycle.getId()
                    + "/modification", "{\"instructions\": [{\"type\": \"startBeforeActivity\", "
                    + "\"activityId\": \"Task_RecordPlanEndDecision\"}]}"));
            tried.put("delete instance", call(user, HttpMethod.DELETE, "/process-instance/" + lifecycle.getId(),
                    null));
            for (String process : CALLED_ONLY) {
                tried.put("start " + process, call(user, HttpMethod.POST, "/process-definition/key/" + process
                        + "/start", "{\"businessKey\": \"" + ref + "\", \"variables\": {}}"));
            }
            tried.put("start a lifecycle for an existing case", call(user, HttpMethod.POST,
                    "/process-definition/key/child-protection-case/start", "{\"businessKey\": \"" + ref + "\"}"));
            tried.put("start a lifecycle carrying a case reference", call(user, HttpMethod.POST,
                    "/process-definition/key/child-protection-case/submit-form",
                    "{\"variables\": {\"caseReference\": {\"value\": \"" + ref + "\"}}}"));
            if (!user.equals(TestStaff.SOCIAL_WORKER)) {
                tried.put("claim another's task", call(user, HttpMethod.POST, "/task/" + visit.getId() + "/claim",
                        "{\"userId\": \"" + user + "\"}"));
                tried.put("complete another's task", call(user, HttpMethod.POST, "/task/" + visit.getId()
                        + "/complete", "{\"variables\": {}}"));
                tried.put("give another's task to oneself", call(user, HttpMethod.POST, "/task/" + visit.getId()
                        + "/assignee", "{\"userId\": \"" + user + "\"}"));
                tried.put("set another's task's variables", call(user, HttpMethod.POST, "/task/" + visit.getId()
                        + "/variables", "{\"modifications\": {\"visitDate\": {\"value\": \"2026-12-21\"}}}"));
            } else {
                tried.put("submit own task with another case's reference", call(user, HttpMethod.POST,
                        "/task/" + visit.getId() + "/complete", "{\"variables\": {\"caseReference\": {\"value\": \""
                                + other + "\"}, \"visitDate\": {\"value\": \"2026-12-21\"}, "
                                + "\"childSeen\": {\"value\": true}}}"));
                tried.put("submit own task form with a plan id", call(user, HttpMethod.POST,
                        "/task/" + visit.getId() + "/submit-form", "{\"variables\": {\"planId\": {\"value\": 1}}}"));
                tried.put("set own task's case reference", call(user, HttpMethod.PUT,
                        "/task/" + visit.getId() + "/variables/caseReference", "{\"value\": \"" + other + "\"}"));
            }
            tried.forEach((what, answer) -> {
                answers.add(user + ": " + what + " -> " + answer.getStatusCode().value());
                assertThat(answer.getStatusCode().value()).as(user + ": " + what + " " + answer.getBody())
                        .isIn(400, 403, 404);
                if (answer.getStatusCode().value() == 400) {
                    assertThat(answer.getBody()).as(user + ": " + what).contains("message");
                }
            });
        }
        assertThat(answers).as("every write refused").hasSizeGreaterThan(PEOPLE.size() * 20);
        Map<String, Object> after = state();
        Map<String, String> changed = new TreeMap<>();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                changed.put(key, value + " -> " + after.get(key));
            }
        });
        after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(key -> changed.put(key, "new"));
        assertThat(changed).as("nothing in the engine or the domain changed").isEmpty();
    }

    @Test
    void theAdministratorsRunTheEngineButStartNoCalledProcessAndWorkNoOnesTask() throws Exception {
        String admin = "test.engineadmin";
        TestStaff.user(identity, admin, "Ed", "Engine", Roles.ADMINISTRATORS);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Dot", "Doors",
                LocalDate.of(2015, 5, 5), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.POLICE, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        Task strategy = task(ref, "Task_RecordStrategyDiscussion");
        for (String process : CALLED_ONLY) {
            assertThat(call(admin, HttpMethod.POST, "/process-definition/key/" + process + "/start",
                    "{\"businessKey\": \"" + ref + "\", \"variables\": {}}").getStatusCode().value())
                    .as("an administrator starting " + process).isEqualTo(403);
        }
        assertThat(call(admin, HttpMethod.POST, "/task/" + strategy.getId() + "/complete", "{\"variables\": {}}")
                .getStatusCode().value()).as("an administrator completing a worker's task").isEqualTo(403);
        assertThat(call(admin, HttpMethod.POST, "/task/" + strategy.getId() + "/assignee",
                "{\"userId\": \"" + admin + "\"}").getStatusCode().value())
                .as("nor giving it to themselves: not in the task's group").isEqualTo(403);
        ProcessInstance lifecycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).singleResult();
        assertThat(call(admin, HttpMethod.PUT, "/process-instance/" + lifecycle.getId() + "/suspended",
                "{\"suspended\": true}").getStatusCode().value()).as("but they run the engine").isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).singleResult()
                .isSuspended()).isTrue();
        runtime.activateProcessInstanceById(lifecycle.getId());
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER);
    }

    @Test
    void aPersonReadsThroughTheEngineOnlyTheTasksTheyMayWorkAndNoCasesHistory() throws Exception {
        String ref = caseWithPlan("Zia");
        ProcessInstance plan = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-plan").singleResult();
        Task visit = task(ref, "Task_RecordStatutoryVisit");
        for (String user : List.of(TestStaff.OTHER_SOCIAL_WORKER, TestStaff.CHAIR, TestStaff.ADMINISTRATOR)) {
            List<String> seen = new ArrayList<>();
            list(user, "/task?processInstanceBusinessKey=" + ref).forEach(t -> seen.add(t.get("taskDefinitionKey")
                    .asText()));
            assertThat(seen).as(user + " tasks: at most the conference administrators' own group tasks")
                    .isSubsetOf(user.equals(TestStaff.ADMINISTRATOR) ? List.of("Task_BookConference",
                            "Task_PostCopies") : List.of());
            assertThat(call(user, HttpMethod.GET, "/task/" + visit.getId() + "/variables", null).getStatusCode()
                    .value()).as(user + " task variables").isIn(403, 404);
            assertThat(call(user, HttpMethod.GET, "/task/" + visit.getId() + "/form-variables", null)
                    .getStatusCode().value()).as(user + " form variables").isIn(403, 404);
            List<String> historyOf = new ArrayList<>();
            list(user, "/history/task?processInstanceBusinessKey=" + ref).forEach(t -> historyOf.add(
                    t.get("processDefinitionKey").asText()));
            list(user, "/history/process-instance?processInstanceBusinessKey=" + ref).forEach(t -> historyOf.add(
                    t.get("processDefinitionKey").asText()));
            assertThat(historyOf).as(user + " history: at most the conferences, for those who run every one")
                    .isSubsetOf(user.equals(TestStaff.ADMINISTRATOR) ? List.of("child-protection-conference",
                            "document-sending", "record-amendment") : List.of());
            assertThat(list(user, "/history/variable-instance?processInstanceId=" + plan.getId()))
                    .as(user + " history variables").isEmpty();
            assertThat(list(user, "/history/detail?processInstanceId=" + plan.getId())).as(user + " history detail")
                    .isEmpty();
        }
        for (String user : List.of(TestStaff.OTHER_SOCIAL_WORKER, TestStaff.MANAGER_AND_CHAIR)) {
            assertThat(list(user, "/variable-instance?processInstanceIdIn=" + plan.getId()))
                    .as(user + ", not on the case: live variables of the process").isEmpty();
        }
        assertThat(list(TestStaff.TEAM_MANAGER, "/variable-instance?processInstanceIdIn=" + plan.getId()))
                .as("the case's team manager: only what their workers' tasks show").allSatisfy(variable ->
                        assertThat(variable.get("taskId").isNull()).isFalse());
        // The allocated worker and the case's team manager see the task; a service manager reads it, audited.
        assertThat(list(TestStaff.SOCIAL_WORKER, "/task?processInstanceBusinessKey=" + ref)).isNotEmpty();
        assertThat(list(TestStaff.TEAM_MANAGER, "/task?processInstanceBusinessKey=" + ref)).isNotEmpty();
        long audited = jdbc.queryForObject("SELECT COUNT(*) FROM access_audit WHERE action = 'ENGINE_READ'"
                + " AND user_id = ?", Long.class, TestStaff.SERVICE_MANAGER);
        assertThat(list(TestStaff.SERVICE_MANAGER, "/task?processInstanceBusinessKey=" + ref)).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_audit WHERE action = 'ENGINE_READ'"
                + " AND user_id = ? AND case_reference = ?", Long.class, TestStaff.SERVICE_MANAGER, ref))
                .as("the service manager's read, audited once with the case it named").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_audit WHERE action = 'ENGINE_READ'"
                + " AND user_id = ?", Long.class, TestStaff.SERVICE_MANAGER)).isEqualTo(audited + 1);
    }

    @Test
    void theTeamManagerReassignsAWorkersTaskToAnotherSocialWorkerOnlyAndItIsRecorded() throws Exception {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Abe", "Doors",
                LocalDate.of(2018, 2, 2), Gender.MALE, null, null), STRATEGY_DAY, ReferralSource.POLICE, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        Task strategy = task(ref, "Task_RecordStrategyDiscussion");
        assertThat(call(TestStaff.TEAM_MANAGER, HttpMethod.POST, "/task/" + strategy.getId() + "/assignee",
                "{\"userId\": \"" + TestStaff.TEAM_MANAGER + "\"}").getStatusCode().value())
                .as("not to someone outside the task's group, the manager included").isEqualTo(403);
        assertThat(call(TestStaff.TEAM_MANAGER, HttpMethod.POST, "/task/" + strategy.getId() + "/assignee",
                "{\"userId\": \"" + TestStaff.OTHER_SOCIAL_WORKER + "\"}").getStatusCode().value()).isEqualTo(204);
        assertThat(jdbc.queryForList("SELECT from_user, to_user, by_user FROM task_reassignment WHERE task_id = ?",
                strategy.getId())).singleElement().satisfies(row -> assertThat(row.values())
                .containsExactly(TestStaff.SOCIAL_WORKER, TestStaff.OTHER_SOCIAL_WORKER, TestStaff.TEAM_MANAGER));
        assertThat(call(TestStaff.SOCIAL_WORKER, HttpMethod.POST, "/task/" + strategy.getId() + "/complete",
                "{\"variables\": {}}").getStatusCode().value()).as("no longer theirs").isEqualTo(403);
        assertThat(list(TestStaff.SOCIAL_WORKER, "/task?processInstanceBusinessKey=" + ref)).isEmpty();
        assertThat(http.withBasicAuth(TestStaff.OTHER_SOCIAL_WORKER, TestStaff.password(TestStaff.OTHER_SOCIAL_WORKER))
                .getForEntity("/api/cases/" + ref, String.class).getStatusCode().value())
                .as("the worker now holding the case's task reads the case").isEqualTo(200);
        complete(TestStaff.OTHER_SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "NO_FURTHER_ACTION"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
    }

    @Test
    void aReallocatedCaseTakesItsOpenTasksAndTheirRightsToTheNewWorkerAndIsRecorded() throws Exception {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Bea", "Doors",
                LocalDate.of(2017, 3, 3), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.SCHOOL, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        String body = "{\"socialWorker\": \"" + TestStaff.OTHER_SOCIAL_WORKER + "\"}";
        assertThat(api(TestStaff.MANAGER_AND_CHAIR, ref, body).getStatusCode().value())
                .as("another team's manager").isEqualTo(403);
        assertThat(api(TestStaff.TEAM_MANAGER, ref, "{\"socialWorker\": \"" + TestStaff.CHAIR + "\"}")
                .getStatusCode().value()).as("not a social worker").isEqualTo(400);
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER);

        assertThat(api(TestStaff.TEAM_MANAGER, ref, body).getStatusCode().value()).isEqualTo(204);
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getAssignee()).isEqualTo(TestStaff.OTHER_SOCIAL_WORKER);
        assertThat(list(TestStaff.SOCIAL_WORKER, "/task?processInstanceBusinessKey=" + ref)).isEmpty();
        assertThat(list(TestStaff.OTHER_SOCIAL_WORKER, "/task?processInstanceBusinessKey=" + ref)).hasSize(1);
        assertThat(http.withBasicAuth(TestStaff.SOCIAL_WORKER, TestStaff.password(TestStaff.SOCIAL_WORKER))
                .getForEntity("/api/cases/" + ref, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_reassignment WHERE case_reference = ? AND "
                + "to_user = ? AND by_user = ?", Long.class, ref, TestStaff.OTHER_SOCIAL_WORKER, TestStaff.TEAM_MANAGER))
                .isEqualTo(1);
        complete(TestStaff.OTHER_SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        assertThat(task(ref, "Task_RecordSection47Findings").getAssignee()).as("the next task is the new worker's")
                .isEqualTo(TestStaff.OTHER_SOCIAL_WORKER);
    }

    @Test
    void theWebappsEngineApiAnswersAsEngineRestDoes() throws Exception {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Cy", "Doors",
                LocalDate.of(2016, 1, 9), Gender.MALE, null, null), STRATEGY_DAY, ReferralSource.POLICE, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        Task strategy = task(ref, "Task_RecordStrategyDiscussion");
        for (String user : List.of(TestStaff.OTHER_SOCIAL_WORKER, TestStaff.SOCIAL_WORKER)) {
            uk.gov.childprotection.support.WebappBrowser browser = new uk.gov.childprotection.support.WebappBrowser(
                    port).openTasklist();
            assertThat(browser.login(user, true).statusCode()).isEqualTo(200);
            String engine = browser.base() + "/camunda/api/engine/engine/default";
            java.net.http.HttpResponse<String> seen = browser.client().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(engine + "/task?processInstanceBusinessKey=" + ref)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            java.net.http.HttpResponse<String> claimed = browser.client().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(engine + "/task/" + strategy.getId() + "/claim"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", browser.csrfCookie())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"userId\": \"" + user + "\"}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            java.net.http.HttpResponse<String> submitted = browser.client().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(engine + "/task/" + strategy.getId() + "/submit-form"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", browser.csrfCookie())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"variables\": {\"conferenceId\": {\"value\": 1}}}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (user.equals(TestStaff.OTHER_SOCIAL_WORKER)) {
                assertThat(json.readTree(seen.body())).as("another case's task through Tasklist's door").isEmpty();
                assertThat(claimed.statusCode()).as("claiming another's task").isEqualTo(403);
                assertThat(submitted.statusCode()).isIn(400, 403);
            } else {
                assertThat(json.readTree(seen.body())).hasSize(1);
                assertThat(submitted.statusCode()).as("an engine id in a submission").isEqualTo(400);
                assertThat(submitted.body()).contains("conferenceId");
            }
        }
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER);
    }

    private ResponseEntity<String> api(String user, String ref, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, TestStaff.password(user)).exchange("/api/cases/" + ref + "/allocation",
                HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode list(String user, String path) throws Exception {
        ResponseEntity<String> answer = call(user, HttpMethod.GET, path, null);
        assertThat(answer.getStatusCode().value()).as(user + " " + path + " " + answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }
}
