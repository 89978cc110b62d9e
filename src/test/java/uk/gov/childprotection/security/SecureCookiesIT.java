package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile's cookies are for HTTPS only: the session cookie (the webapps' session too) and the
 * webapps' CSRF cookie are Secure. (The other tests talk plain http with them off; here an in-memory database
 * stands in for PostgreSQL.) A context of its own, kept open like the others: a Camunda webapp context closed in
 * the middle of the run would clear the webapps' static runtime for the cached ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:cpc-cookies-${random.uuid};DB_CLOSE_DELAY=-1",
                "spring.datasource.username=sa", "spring.datasource.password="})
@ActiveProfiles({"test", "postgres"})
class SecureCookiesIT {

    @LocalServerPort int port;

    @Test
    void theSessionAndCsrfCookiesAreSecure() throws Exception {
        HttpResponse<Void> tasklist = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/app/tasklist/")).build(),
                HttpResponse.BodyHandlers.discarding());
        List<String> cookies = tasklist.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("XSRF-TOKEN="))
                .hasSize(2).allSatisfy(cookie -> assertThat(cookie).containsPattern(";\\s*Secure(;|$)"));
    }
}
