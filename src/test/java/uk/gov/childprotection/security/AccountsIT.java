package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;
import uk.gov.childprotection.support.WebappBrowser;

/**
 * The accounts, through the engine's REST API and the webapps' engine API on a running server: the password
 * policy refuses a weak password with what it asks; nobody but an administrator renames or deletes their own
 * account, and everyone changes their own password; the own-account grants; the sign-in throttle at the engine's
 * and the webapps' doors; malformed paths answered 4xx; the headers on the engine's and the webapps' answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The same context as EngineRestSecurityIT: /engine-rest serves the engine called "default".
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class AccountsIT extends ProcessTestSupport {

    private static final String ADMIN = "test.sysadmin";
    private static final String STRONG = "Lantern-Quay-2031";
    private static final String POLICY = "The password does not meet the password policy: it must have at least 10 "
            + "characters, a lower-case letter, an upper-case letter, a digit and a special character, and must not "
            + "contain the user name, first name, last name or email.";

    @Autowired TestRestTemplate http;
    @LocalServerPort int port;
    @Autowired AuthorizationService authorizations;
    @Autowired OwnAccountGrants ownAccountGrants;

    /** A user of one test alone (a social worker, so Tasklist lets them in), with their test password. */
    private String account(String id) {
        TestStaff.user(identity, id, "Alex", "Account", Roles.SOCIAL_WORKERS);
        return id;
    }

    private String admin() {
        TestStaff.user(identity, ADMIN, "Sys", "Admin", Roles.ADMINISTRATORS);
        return ADMIN;
    }

    private ResponseEntity<String> rest(String user, String password, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, password).exchange("/engine-rest" + path, method,
                new HttpEntity<>(json, headers), String.class);
    }

    private ResponseEntity<String> rest(String user, HttpMethod method, String path, String json) {
        return rest(user, TestStaff.password(user), method, path, json);
    }

    private static String newUser(String id, String password) {
        return """
                {"profile": {"id": "%s", "firstName": "Nell", "lastName": "Newcomer", "email": "%s@council.example"},
                 "credentials": {"password": "%s"}}""".formatted(id, id, password);
    }

    private static String credentials(String password, String authenticatedUserPassword) {
        return """
                {"password": "%s", "authenticatedUserPassword": "%s"}""".formatted(password, authenticatedUserPassword);
    }

    private static String profile(String id, String first, String last) {
        return """
                {"id": "%s", "firstName": "%s", "lastName": "%s", "email": "%s@council.example"}"""
                .formatted(id, first, last, id);
    }

    private Authorization ownGrant(String user) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.USER).resourceId(user).userIdIn(user).singleResult();
    }

    @Test
    void thePasswordPolicyRefusesAWeakPasswordSayingWhatItAsksAndTakesAStrongOne() {
        String newcomer = "test.newcomer";
        for (String weak : List.of("password", "short-A1", "lantern-quay-2031", "LanternQuay2031",
                "Newcomer-Quay-2031")) {
            ResponseEntity<String> refused = rest(admin(), HttpMethod.POST, "/user/create", newUser(newcomer, weak));
            assertThat(refused.getStatusCode().value()).as(weak).isEqualTo(400);
            assertThat(refused.getBody()).as(weak).contains(POLICY);
            assertThat(identity.createUserQuery().userId(newcomer).count()).isZero();
        }
        assertThat(rest(admin(), HttpMethod.POST, "/user/create", newUser(newcomer, STRONG)).getStatusCode().value())
                .isEqualTo(204);
        assertThat(identity.checkPassword(newcomer, STRONG)).isTrue();

        ResponseEntity<String> weakChange = rest(newcomer, STRONG, HttpMethod.PUT, "/user/" + newcomer
                + "/credentials", credentials("weak", STRONG));
        assertThat(weakChange.getStatusCode().value()).isEqualTo(400);
        assertThat(weakChange.getBody()).contains(POLICY);
        assertThat(identity.checkPassword(newcomer, STRONG)).as("unchanged").isTrue();
        assertThat(rest(newcomer, STRONG, HttpMethod.PUT, "/user/" + newcomer + "/credentials",
                credentials("Harbour-Kite-2032", STRONG)).getStatusCode().value()).isEqualTo(204);
        assertThat(identity.checkPassword(newcomer, "Harbour-Kite-2032")).isTrue();
    }

    @Test
    void throughTheEngineRestApiAUserChangesTheirPasswordButNotTheirNameNorDeletesThemselves() {
        String user = account("test.account.rest");
        ResponseEntity<String> renamed = rest(user, HttpMethod.PUT, "/user/" + user + "/profile",
                profile(user, "Someone", "Else"));
        assertThat(renamed.getStatusCode().value()).isEqualTo(403);
        assertThat(renamed.getBody()).contains("You cannot change your own name or email");
        ResponseEntity<String> deleted = rest(user, HttpMethod.DELETE, "/user/" + user, null);
        assertThat(deleted.getStatusCode().value()).isEqualTo(403);
        assertThat(deleted.getBody()).contains("You cannot delete your own account");
        var unchanged = identity.createUserQuery().userId(user).singleResult();
        assertThat(unchanged.getFirstName() + " " + unchanged.getLastName()).isEqualTo("Alex Account");

        assertThat(rest(user, HttpMethod.PUT, "/user/" + user + "/credentials",
                credentials(STRONG, TestStaff.password(user))).getStatusCode().value()).isEqualTo(204);
        assertThat(identity.checkPassword(user, STRONG)).isTrue();

        // An administrator still manages everyone.
        assertThat(rest(admin(), HttpMethod.PUT, "/user/" + user + "/profile", profile(user, "Alexa", "Account"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(identity.createUserQuery().userId(user).singleResult().getFirstName()).isEqualTo("Alexa");
        assertThat(rest(admin(), HttpMethod.DELETE, "/user/" + user, null).getStatusCode().value()).isEqualTo(204);
        assertThat(identity.createUserQuery().userId(user).count()).isZero();
    }

    @Test
    void throughTheWebappsEngineApiTooAndOnlyAdministratorsRenameThemselves() throws Exception {
        String user = account("test.account.webapp");
        WebappBrowser browser = new WebappBrowser(port).openTasklist();
        assertThat(browser.login(user, true).statusCode()).isEqualTo(200);
        HttpResponse<String> renamed = browser.engine("PUT", "/user/" + user + "/profile",
                profile(user, "Someone", "Else"));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(403);
        assertThat(renamed.body()).contains("You cannot change your own name or email");
        assertThat(browser.engine("DELETE", "/user/" + user, null).statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId(user).singleResult().getLastName()).isEqualTo("Account");
        HttpResponse<String> changed = browser.engine("PUT", "/user/" + user + "/credentials",
                credentials(STRONG, TestStaff.password(user)));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(identity.checkPassword(user, STRONG)).isTrue();

        // An administrator renames themselves (in Admin, with the same API).
        WebappBrowser administrator = new WebappBrowser(port).openTasklist();
        assertThat(administrator.login(admin(), true).statusCode()).isEqualTo(200);
        assertThat(administrator.engine("PUT", "/user/" + ADMIN + "/profile", profile(ADMIN, "Sys", "Admin"))
                .statusCode()).isEqualTo(204);
    }

    @Test
    void ownAccountGrantsAreReadAndUpdateForNewUsersAndNarrowedForOlderOnesAtStart() throws Exception {
        String user = account("test.account.grants");
        Authorization grant = ownGrant(user);
        assertThat(grant.getPermissions(new Permissions[] {Permissions.READ, Permissions.UPDATE, Permissions.DELETE}))
                .containsExactlyInAnyOrder(Permissions.READ, Permissions.UPDATE);

        // As Camunda grants every user on their own account: ALL. Refused through any door all the same.
        grant.setPermissions(new Permissions[] {Permissions.ALL});
        authorizations.saveAuthorization(grant);
        assertThat(rest(user, HttpMethod.DELETE, "/user/" + user, null).getStatusCode().value()).isEqualTo(403);
        signIn(user);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.deleteUser(user))
                    .hasMessageContaining("You cannot delete your own account");
        } finally {
            identity.clearAuthentication();
        }

        ownAccountGrants.run(new DefaultApplicationArguments());
        Authorization narrowed = ownGrant(user);
        assertThat(narrowed.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isTrue();
        assertThat(narrowed.isPermissionGranted(Permissions.DELETE)).isFalse();
        assertThat(narrowed.isPermissionGranted(Permissions.ALL)).isFalse();
        ownAccountGrants.run(new DefaultApplicationArguments());
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.USER).resourceId(user)
                .userIdIn(user).count()).as("a restart changes nothing").isEqualTo(1);
    }

    @Test
    void wrongPasswordsAtTheEnginesAndTheWebappsDoorsAreThrottledTogetherForAWhile() throws Exception {
        String user = account("test.account.throttle");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(rest(user, "wrong-" + attempt, HttpMethod.GET, "/task", null).getStatusCode().value())
                    .isEqualTo(401);
        }
        ResponseEntity<String> refused = rest(user, HttpMethod.GET, "/task", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("900");
        assertThat(refused.getBody()).contains("Too many wrong passwords for this user from your address");
        HttpResponse<String> login = new WebappBrowser(port).openTasklist().login(user, true);
        assertThat(login.statusCode()).as("the same throttle at the webapps' login").isEqualTo(429);
        assertThat(login.body()).contains("Try again in 15 minutes");
        assertThat(identity.checkPassword(user, TestStaff.password(user))).as("the account is not locked").isTrue();
        // The engine's other password check from that address is refused too, while others are answered.
        String verify = "{\"username\": \"%s\", \"password\": \"%s\"}";
        assertThat(rest(account("test.account.verifier"), HttpMethod.POST, "/identity/verify",
                verify.formatted(user, TestStaff.password(user))).getBody()).contains("\"authenticated\":false");
        assertThat(rest("test.account.verifier", HttpMethod.POST, "/identity/verify",
                verify.formatted(TestStaff.SOCIAL_WORKER, TestStaff.password(TestStaff.SOCIAL_WORKER))).getBody())
                .contains("\"authenticated\":true");

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(15).toMillis()));
        assertThat(rest(user, HttpMethod.GET, "/task", null).getStatusCode().value()).isEqualTo(200);
        assertThat(new WebappBrowser(port).openTasklist().login(user, true).statusCode()).isEqualTo(200);

        // Wrong passwords at the webapps' login count too.
        WebappBrowser browser = new WebappBrowser(port).openTasklist();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(browser.login(user, "wrong-" + attempt, true).statusCode()).isEqualTo(401);
        }
        assertThat(rest(user, HttpMethod.GET, "/task", null).getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void malformedPathsAreTheCallersMistakeNeverAServerError() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/api;x/cases", "//engine-rest/task", "/engine-rest;x/task", "/api//cases",
                "/engine-rest/task%2Fany", "/engine-rest/%2e%2e/api/cases", "/api/cases/%2e%2e/audit",
                "/camunda/app/tasklist;jsessionid=x/", "/engine-rest/task%00")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path + " " + answer.body()).isBetween(400, 499);
        }
    }

    @Test
    void theEnginesAndTheWebappsAnswersCarryTheHeadersAndTheWebappsStillLoad() {
        for (String path : List.of("/engine-rest/task", "/camunda/app/tasklist/", "/camunda/app/admin/",
                "/camunda/app/cockpit/")) {
            ResponseEntity<String> answer = http.getForEntity(path, String.class);
            assertThat(answer.getHeaders().getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(answer.getHeaders().getFirst("Permissions-Policy")).as(path)
                    .isEqualTo(SecurityConfig.PERMISSIONS_POLICY);
            assertThat(answer.getHeaders().getFirst("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            if (path.startsWith("/camunda")) {
                assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
                assertThat(answer.getBody()).as(path).contains("<script");
                assertThat(answer.getHeaders().get("Set-Cookie")).as("plain http in tests (Secure in production)")
                        .isNotEmpty().noneMatch(cookie -> cookie.contains("Secure"));
            }
        }
    }
}
