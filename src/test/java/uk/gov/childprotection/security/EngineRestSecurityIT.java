package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
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
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;
import uk.gov.childprotection.support.WebappBrowser;

/**
 * The engine's REST API asks every caller to sign in (HTTP Basic against the same users): the main resources
 * answer 401 to nobody and to a wrong password; to a signed-in member of staff they answer what their role's
 * authorisations let them see, and refuse with 403 what it does not let them do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // /engine-rest serves the engine called "default"; the other test contexts use generated names.
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class EngineRestSecurityIT extends ProcessTestSupport {

    private static final List<String> RESOURCES = List.of("/engine-rest/task", "/engine-rest/process-instance",
            "/engine-rest/history/process-instance", "/engine-rest/variable-instance", "/engine-rest/deployment",
            "/engine-rest/process-definition");

    @Autowired TestRestTemplate http;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired ChildCaseService cases;

    /** A user of one check alone, so that its wrong passwords are never throttled with another's. */
    private String guessed(int check) {
        String user = "test.guessed.rest" + check;
        TestStaff.user(identity, user, "Guessed", "Rest", Roles.SOCIAL_WORKERS);
        return user;
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, TestStaff.password(user));
    }

    @Test
    void whatASignedInUserSeesIsLimitedByTheirRolesAuthorisations() throws Exception {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Noor", "Rest",
                LocalDate.of(2016, 6, 16), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.POLICE,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ObjectMapper json = new ObjectMapper();
        String instances = "/engine-rest/process-instance?businessKey=" + ref;

        assertThat(json.readTree(as(TestStaff.SERVICE_MANAGER).getForObject(instances, String.class)))
                .as("service managers read every process").hasSize(2);
        assertThat(json.readTree(as(TestStaff.SOCIAL_WORKER).getForObject(instances, String.class)))
                .as("social workers work tasks, not processes").isEmpty();
        assertThat(json.readTree(as(TestStaff.SOCIAL_WORKER).getForObject(
                "/engine-rest/variable-instance?processInstanceIdIn=" + runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(ref).list().get(0).getId(), String.class))).isEmpty();
        assertThat(json.readTree(as(TestStaff.SERVICE_MANAGER).getForObject(
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + ref, String.class))).hasSize(2);

        String task = "/engine-rest/task?processInstanceBusinessKey=" + ref;
        assertThat(json.readTree(as(TestStaff.SOCIAL_WORKER).getForObject(task, String.class)))
                .as("the allocated social worker's task").hasSize(1);
        assertThat(json.readTree(as(TestStaff.OTHER_SOCIAL_WORKER).getForObject(task, String.class)))
                .as("not another social worker's, though they are in the group").isEmpty();
        assertThat(json.readTree(as(TestStaff.TEAM_MANAGER).getForObject(task, String.class)))
                .as("the case's team manager oversees it").hasSize(1);

        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(ref).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> refused = as(TestStaff.SERVICE_MANAGER).postForEntity(
                "/engine-rest/task/" + taskId + "/complete", new HttpEntity<>("{}", headers), String.class);
        assertThat(refused.getStatusCode()).as("service managers complete no one's tasks")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theWebappsKeepTheirCsrfProtectionAndEveryAnswerCarriesSecurityHeaders() throws Exception {
        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(tasklist.getHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        // Nobody signed in writes through the webapps' engine API, and a signed-in browser session's writes need
        // the CSRF token the webapp hands out: the login itself, sent without it, is refused.
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.postForEntity("/camunda/api/engine/engine/default/task/any/complete",
                new HttpEntity<>("{}", headers), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        java.net.http.HttpResponse<String> login = new WebappBrowser(port).openTasklist()
                .login(TestStaff.SOCIAL_WORKER, false);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void nobodyReadsTheEngineWithoutSigningIn() {
        for (int check = 0; check < RESOURCES.size(); check++) {
            String resource = RESOURCES.get(check);
            ResponseEntity<String> anonymous = http.getForEntity(resource, String.class);
            assertThat(anonymous.getStatusCode()).as(resource + " anonymous").isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).as(resource).startsWith("Basic");

            ResponseEntity<String> wrong = http.withBasicAuth(guessed(check), "wrong")
                    .getForEntity(resource, String.class);
            assertThat(wrong.getStatusCode()).as(resource + " wrong password").isEqualTo(HttpStatus.UNAUTHORIZED);

            ResponseEntity<String> signedIn = http.withBasicAuth(TestStaff.SOCIAL_WORKER,
                    TestStaff.password(TestStaff.SOCIAL_WORKER)).getForEntity(resource, String.class);
            assertThat(signedIn.getStatusCode()).as(resource + " signed in").isEqualTo(HttpStatus.OK);
            assertThat(signedIn.getBody()).startsWith("[");
        }
    }

    @Test
    void anAgencyWorkerGetsNothingFromTheEngineAndCannotSignInToTasklist() throws Exception {
        String user = "test.agency.rest";
        TestStaff.user(identity, user, "Ali", "Agency", Roles.AGENCY_WORKERS);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Nell", "Rest",
                LocalDate.of(2016, 6, 17), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.POLICE,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ObjectMapper json = new ObjectMapper();
        for (String resource : RESOURCES) {
            ResponseEntity<String> read = as(user).getForEntity(resource, String.class);
            assertThat(read.getStatusCode()).as(resource).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(read.getBody())).as(resource + ": no grant, nothing seen").isEmpty();
        }
        assertThat(json.readTree(as(user).getForObject("/engine-rest/user", String.class)))
                .as("not even who the staff are: their own account only").hasSize(1)
                .allSatisfy(account -> assertThat(account.get("id").asText()).isEqualTo(user));
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(ref).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as(user).getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
                .as("a task they may not read is, to them, no task").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", new HttpEntity<>("{}", headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        WebappBrowser browser = new WebappBrowser(port).openTasklist();
        java.net.http.HttpResponse<String> login = browser.login(user, true);
        assertThat(login.statusCode()).as("no Tasklist for agency workers").isNotEqualTo(200);
        assertThat(browser.engine("GET", "/task?processInstanceBusinessKey=" + ref, null).statusCode())
                .isEqualTo(401);
    }
}
