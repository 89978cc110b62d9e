package uk.gov.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.authorisation;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.referral;
import static uk.gov.childprotection.demo.Submissions.reportShared;
import static uk.gov.childprotection.demo.Submissions.section47Findings;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;
import uk.gov.childprotection.support.WebappBrowser;

/**
 * One child's case from referral to a Child Protection Plan, through the doors people use: the Tasklist start
 * form and task forms (FormService, as Tasklist submits Camunda Forms), Camunda's REST API for one task, and
 * the case API for the result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // /engine-rest serves the engine called "default"; the other test contexts use generated names.
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class ReferralToPlanScenarioIT extends ProcessTestSupport {

    @Autowired FormService forms;
    @Autowired TestRestTemplate http;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    private void submit(String user, String ref, String taskKey, Map<String, Object> form) {
        signIn(user);
        try {
            forms.submitTaskForm(task(ref, taskKey).getId(), form);
        } finally {
            identity.clearAuthentication();
        }
        runAsyncJobs(ref);
    }

    private ResponseEntity<JsonNode> completeOverRest(String taskId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // The social worker, signed in with HTTP Basic as /engine-rest asks of every caller.
        return http.withBasicAuth(TestStaff.SOCIAL_WORKER, TestStaff.password(TestStaff.SOCIAL_WORKER))
                .postForEntity("/engine-rest/task/" + taskId + "/complete", new HttpEntity<>(body, headers),
                        JsonNode.class);
    }

    @Test
    void theReferralFormAllocatesTheCaseToTheSocialWorkerWhoRefersItWithNoUserIdTyped() {
        Map<String, Object> referral = referral("Una", "Selfallocated", LocalDate.of(2018, 8, 8), STRATEGY_DAY);
        signIn(TestStaff.SOCIAL_WORKER);
        ProcessInstance lifecycle;
        try {
            lifecycle = forms.submitStartForm(repositoryKey(ChildCaseService.LIFECYCLE_PROCESS), referral);
        } finally {
            identity.clearAuthentication();
        }
        String ref = lifecycle.getBusinessKey();
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER);
        signIn(TestStaff.TEAM_MANAGER);
        try {
            lifecycle = forms.submitStartForm(repositoryKey(ChildCaseService.LIFECYCLE_PROCESS),
                    referral("Vera", "Managerallocated", LocalDate.of(2018, 9, 9), STRATEGY_DAY));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(task(lifecycle.getBusinessKey(), "Task_RecordStrategyDiscussion").getAssignee())
                .as("no social worker yet: the team manager allocates one").isNull();
    }

    @Test
    void aReferralBecomesAChildProtectionPlan() {
        Map<String, Object> referral = referral("Vic", "Example", LocalDate.of(2017, 7, 7), STRATEGY_DAY,
                "DOMESTIC_ABUSE", "PARENTAL_MENTAL_HEALTH");
        referral.put("socialWorker", TestStaff.SOCIAL_WORKER);
        referral.put("teamManager", TestStaff.TEAM_MANAGER);
        ProcessInstance lifecycle = forms.submitStartForm(
                repositoryKey(ChildCaseService.LIFECYCLE_PROCESS), referral);
        String ref = lifecycle.getBusinessKey();
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER);

        // The strategy discussion over /engine-rest: first refused with what to correct, then accepted.
        String taskId = task(ref, "Task_RecordStrategyDiscussion").getId();
        ResponseEntity<JsonNode> refused = completeOverRest(taskId, """
                {"variables": {"strategyDiscussionDate": {"value": "2026-12-07"},
                               "strategyDecision": {"value": "SECTION_47"}}}""");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText())
                .startsWith("Please correct:")
                .as("each field by its label on the form, not its variable name")
                .contains("Police: who took part: Who took part for the police is required")
                .doesNotContain("policeParticipant");
        assertThat(refused.getBody().get("errors").has("healthParticipant")).isTrue();
        ResponseEntity<JsonNode> accepted = completeOverRest(taskId, """
                {"variables": {"strategyDiscussionDate": {"value": "2026-12-07"},
                  "socialCareParticipant": {"value": "Sam Worker"}, "policeParticipant": {"value": "DC Jo Bloggs"},
                  "healthParticipant": {"value": "Dr Amal Shah"}, "strategyDecision": {"value": "SECTION_47"},
                  "decisionRationale": {"value": "Reasonable cause to suspect significant harm."}}}""");
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        runAsyncJobs(ref); // the job executor's part: the gateway after the task is asynchronous

        submit(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, STRATEGY_DAY, "CONVENE_ICPC"));
        submit(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome", authorisation("AUTHORISED", null));
        LocalDate conferenceDay = LocalDate.of(2026, 12, 22);
        submit(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(conferenceDay, TestStaff.CHAIR));
        submit(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants",
                invitations("POLICE", "SCHOOL", "ADULT_MENTAL_HEALTH", "DOMESTIC_ABUSE_SERVICE"));
        setToday(LocalDate.of(2026, 12, 15));
        submit(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportShared(LocalDate.of(2026, 12, 15)));
        submit(TestStaff.CHAIR, ref, "Task_ContactParents", chairContact(LocalDate.of(2026, 12, 15)));
        submit(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));
        setToday(conferenceDay);
        submit(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(conferenceDay, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 22), "EMOTIONAL_ABUSE"));

        JsonNode summary = http.withBasicAuth(TestStaff.SOCIAL_WORKER, TestStaff.password(TestStaff.SOCIAL_WORKER))
                .getForObject("/api/cases/" + ref, JsonNode.class);
        assertThat(summary.get("stage").asText()).isEqualTo("PLAN_IN_FORCE");
        assertThat(summary.at("/strategyDiscussion/police").asText()).isEqualTo("DC Jo Bloggs");
        assertThat(summary.at("/section47Enquiry/authorisedBy").asText()).isEqualTo(TestStaff.TEAM_MANAGER);
        assertThat(summary.at("/census/s47ActualStartDate").asText()).isEqualTo("2026-12-07");
        assertThat(summary.at("/census/initialCpcTarget").asText()).isEqualTo("2026-12-30");
        assertThat(summary.at("/census/dateOfInitialCpc").asText()).isEqualTo("2026-12-22");
        JsonNode conference = summary.at("/conferences/0");
        assertThat(conference.get("type").asText()).isEqualTo("INITIAL");
        assertThat(conference.get("chair").asText()).isEqualTo(TestStaff.CHAIR);
        assertThat(conference.at("/record/decision").asText()).isEqualTo("CHILD_PROTECTION_PLAN");
        assertThat(conference.at("/record/quorate").asBoolean()).isTrue();
        assertThat(conference.at("/record/categories/0").asText()).isEqualTo("EMOTIONAL_ABUSE");
        assertThat(conference.at("/record/signsOfSafety/childWishesAndFeelings").asText()).contains("shouting");
        assertThat(conference.at("/record/coreGroup")).hasSize(3);
        assertThat(conference.at("/record/reviewDate").asText()).isEqualTo("2027-03-22");
        assertThat(conference.get("participants").findValuesAsText("agency")).contains("ADULT_MENTAL_HEALTH");
        JsonNode plan = summary.at("/childProtectionPlans/0");
        assertThat(plan.get("startDate").asText()).isEqualTo("2026-12-22");
        assertThat(plan.get("initialCategory").asText()).isEqualTo("EMO");
        assertThat(plan.get("latestCategory").asText()).isEqualTo("EMO");
        assertThat(plan.get("endDate").isNull()).isTrue();
        JsonNode deadlines = summary.get("deadlines");
        assertThat(deadlines.findValuesAsText("kind")).containsExactly("SOCIAL_WORKER_REPORT_TO_PARENTS",
                "RECORD_DISTRIBUTION", "ICPC_HELD", "FIRST_CORE_GROUP", "STATUTORY_VISIT", "REVIEW_CONFERENCE");
        assertThat(deadlines.get(5).get("dueDate").asText()).as("the review date the conference set")
                .isEqualTo("2027-03-22");
        assertThat(deadlines.get(3).get("dueDate").asText()).as("10 working days after 22 December 2026")
                .isEqualTo("2027-01-08");
        assertThat(deadlines.get(3).get("overdue").asBoolean()).isFalse();
        assertThat(plan.get("actions")).isEmpty();
        JsonNode report = deadlines.get(0);
        assertThat(report.get("dueDate").asText()).isEqualTo("2026-12-17");
        assertThat(report.get("metDate").asText()).isEqualTo("2026-12-15");
        assertThat(report.get("overdue").asBoolean()).isFalse();
        JsonNode record = deadlines.get(1);
        assertThat(record.get("dueDate").asText()).as("the record by the end of the next working day")
                .isEqualTo("2026-12-23");
        assertThat(record.get("metDate").isNull()).as("the agencies' copies are still to post").isTrue();
        JsonNode icpc = deadlines.get(2);
        assertThat(icpc.get("metDate").asText()).isEqualTo("2026-12-22");
        assertThat(icpc.get("overdue").asBoolean()).isFalse();
    }

    private String repositoryKey(String processKey) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
    }

    /** Tasklist submits forms to the webapps' own engine API: a refusal there also reads as what to correct. */
    @Test
    void tasklistIsToldWhatToCorrect() throws Exception {
        String ref = forms.submitStartForm(repositoryKey(ChildCaseService.LIFECYCLE_PROCESS),
                referral("Wes", "Example", LocalDate.of(2015, 1, 1), STRATEGY_DAY)).getBusinessKey();
        String taskId = task(ref, "Task_RecordStrategyDiscussion").getId();
        WebappBrowser webapp = new WebappBrowser(port).openTasklist();
        java.net.http.HttpClient browser = webapp.client();
        String base = webapp.base();
        java.net.http.HttpResponse<String> login = webapp.login(TestStaff.SOCIAL_WORKER, true);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // The session changed at login; a first request in it hands out its CSRF token, as Tasklist's start does.
        java.net.http.HttpResponse<Void> first = browser.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/camunda/api/engine/engine/")).header("X-XSRF-TOKEN", "Fetch").build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String token = first.headers().firstValue("X-XSRF-TOKEN").orElse(webapp.csrfCookie());

        java.net.http.HttpResponse<String> refused = browser.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"variables": {"strategyDiscussionDate": {"value": "2026-12-08"},
                                       "strategyDecision": {"value": "SECTION_47"}}}"""))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.headers().map() + " " + refused.body()).isEqualTo(400);
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.body());
        assertThat(body.get("message").asText()).startsWith("Please correct:")
                .contains("Date of the strategy discussion: must not be in the future").doesNotContain("ENGINE-")
                .doesNotContain("strategyDiscussionDate");
        assertThat(body.get("errors").has("policeParticipant")).isTrue();
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getId()).as("the task is still open").isEqualTo(taskId);
    }
}
