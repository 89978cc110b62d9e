package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The engine's REST API asks every caller to sign in (HTTP Basic against the same users): the main resources
 * answer 401 to nobody and to a wrong password, and to a signed-in member of staff they answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // /engine-rest serves the engine called "default"; the other test contexts use generated names.
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class EngineRestSecurityIT extends ProcessTestSupport {

    private static final List<String> RESOURCES = List.of("/engine-rest/task", "/engine-rest/process-instance",
            "/engine-rest/history/process-instance", "/engine-rest/variable-instance", "/engine-rest/deployment",
            "/engine-rest/process-definition");

    @Autowired TestRestTemplate http;

    @Test
    void nobodyReadsTheEngineWithoutSigningIn() {
        for (String resource : RESOURCES) {
            ResponseEntity<String> anonymous = http.getForEntity(resource, String.class);
            assertThat(anonymous.getStatusCode()).as(resource + " anonymous").isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).as(resource).startsWith("Basic");

            // Another user than the one signing in below: a wrong password holds its user back for a while.
            ResponseEntity<String> wrong = http.withBasicAuth(TestStaff.OTHER_SOCIAL_WORKER, "wrong")
                    .getForEntity(resource, String.class);
            assertThat(wrong.getStatusCode()).as(resource + " wrong password").isEqualTo(HttpStatus.UNAUTHORIZED);

            ResponseEntity<String> signedIn = http.withBasicAuth(TestStaff.SOCIAL_WORKER,
                    TestStaff.password(TestStaff.SOCIAL_WORKER)).getForEntity(resource, String.class);
            assertThat(signedIn.getStatusCode()).as(resource + " signed in").isEqualTo(HttpStatus.OK);
            assertThat(signedIn.getBody()).startsWith("[");
        }
    }
}
