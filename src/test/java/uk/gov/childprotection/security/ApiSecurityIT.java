package uk.gov.childprotection.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.gov.childprotection.demo.Submissions.booking;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Every role, and nobody signed in, against every {@code /api} endpoint: 401 without credentials (or with wrong
 * ones), 403 for a role the endpoint is not for, and through to the endpoint otherwise. Writes are sent with an
 * empty body, so a caller who gets through meets the validation (400) and nothing is stored.
 */
@AutoConfigureMockMvc
class ApiSecurityIT extends ProcessTestSupport {

    private static final String SYSTEM_ADMIN = "test.sysadmin";
    private static final String ANONYMOUS = "(nobody)";
    /** No such document: a caller let through is told so (404); who may read a real one is CaseAccessIT's. */
    private static final long UNKNOWN_DOCUMENT = 999_999L;

    @Autowired MockMvc mvc;
    @Autowired ChildCaseService cases;

    private record Endpoint(HttpMethod method, String path, Set<String> roles) {
    }

    private String caseReference() {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ivy", "Secure",
                LocalDate.of(2016, 3, 3), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.SCHOOL,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private void ensureSystemAdministrator() {
        if (identity.createUserQuery().userId(SYSTEM_ADMIN).count() == 0) {
            User admin = identity.newUser(SYSTEM_ADMIN);
            admin.setFirstName("Sys");
            admin.setLastName("Admin");
            admin.setPassword(TestStaff.password(SYSTEM_ADMIN));
            identity.saveUser(admin);
            identity.createMembership(SYSTEM_ADMIN, Roles.ADMINISTRATORS);
        }
    }

    private static final Set<String> STAFF = Set.of(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS,
            Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS, Roles.SERVICE_MANAGERS);

    private List<Endpoint> endpoints(String ref) {
        Set<String> frontLine = Set.of(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS);
        return List.of(
                new Endpoint(HttpMethod.POST, "/api/cases", frontLine),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref, STAFF),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/documents", STAFF),
                new Endpoint(HttpMethod.GET, "/api/documents/" + UNKNOWN_DOCUMENT, STAFF),
                new Endpoint(HttpMethod.GET, "/api/audit", Set.of(Roles.SERVICE_MANAGERS)),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/sendings", STAFF),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/amendment-requests", STAFF),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/amendment-requests",
                        Set.of(Roles.CONFERENCE_ADMINISTRATORS, Roles.SOCIAL_WORKERS, Roles.CHAIRS)),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/death", frontLine),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/left-uk", frontLine),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/move-to-another-council", frontLine),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/transfer-in-conference-held", frontLine),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/birth", frontLine));
    }

    /** Who signs in, and the group that gives them their role. */
    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put(ANONYMOUS, null);
        callers.put(TestStaff.SOCIAL_WORKER, Roles.SOCIAL_WORKERS);
        callers.put(TestStaff.TEAM_MANAGER, Roles.TEAM_MANAGERS);
        callers.put(TestStaff.ADMINISTRATOR, Roles.CONFERENCE_ADMINISTRATORS);
        callers.put(TestStaff.CHAIR, Roles.CHAIRS);
        callers.put(TestStaff.SERVICE_MANAGER, Roles.SERVICE_MANAGERS);
        callers.put(SYSTEM_ADMIN, Roles.ADMINISTRATORS);
        return callers;
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, String caller) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.path());
        if (endpoint.method() == HttpMethod.POST) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return ANONYMOUS.equals(caller) ? request : request.with(SecurityMockMvcRequestPostProcessors
                .httpBasic(caller, TestStaff.password(caller)));
    }

    @Test
    void everyRoleGetsWhatItsEndpointIsForAndNoMore() throws Exception {
        ensureSystemAdministrator();
        // A case every role works: allocated to the social worker and team manager, its conference booked with
        // the Chair (who may read a case is CaseAccessIT's subject; here, the role each endpoint is for).
        String ref = caseReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                booking(LocalDate.of(2026, 12, 21), TestStaff.CHAIR));
        for (Endpoint endpoint : endpoints(ref)) {
            for (Map.Entry<String, String> caller : callers().entrySet()) {
                int expected = caller.getValue() == null ? 401
                        : !endpoint.roles().contains(caller.getValue()) ? 403
                        : endpoint.path().endsWith("/" + UNKNOWN_DOCUMENT) ? 404
                        : endpoint.method() == HttpMethod.GET ? 200 : 400;
                var result = mvc.perform(request(endpoint, caller.getKey()))
                        .andExpect(status().is(expected));
                if (expected == 401 || expected == 403) {
                    result.andExpect(content().contentType("application/problem+json"))
                            .andExpect(jsonPath("$.status").value(expected))
                            .andExpect(jsonPath("$.instance").value(endpoint.path()));
                }
                if (expected == 401) {
                    result.andExpect(header().string("WWW-Authenticate",
                            "Basic realm=\"" + SecurityConfig.REALM + "\""));
                }
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedThenEvenTheRightOneForAWhileAndNothingElseUnderApiIsOpen() throws Exception {
        String ref = caseReference();
        // A user of this test alone: a wrong password holds the user back (Camunda's login delay), and the
        // engine's clock stands still in tests.
        String guessed = "test.guessed";
        if (identity.createUserQuery().userId(guessed).count() == 0) {
            User user = identity.newUser(guessed);
            user.setPassword(TestStaff.password(guessed));
            identity.saveUser(user);
            identity.createMembership(guessed, Roles.SERVICE_MANAGERS);
        }
        mvc.perform(get("/api/cases/" + ref).with(SecurityMockMvcRequestPostProcessors
                        .httpBasic(guessed, "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Sign in"));
        mvc.perform(get("/api/cases/" + ref).with(SecurityMockMvcRequestPostProcessors
                        .httpBasic(guessed, TestStaff.password(guessed))))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/documents/1").with(SecurityMockMvcRequestPostProcessors
                        .httpBasic(TestStaff.SOCIAL_WORKER, TestStaff.password(TestStaff.SOCIAL_WORKER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
    }
}
