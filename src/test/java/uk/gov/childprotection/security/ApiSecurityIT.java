package uk.gov.childprotection.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.gov.childprotection.demo.Submissions.booking;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
 * empty body, so a caller who gets through meets the validation (400) and nothing is stored. Also: wrong passwords
 * throttled by address and user, never a lock; the security headers; nothing else open.
 */
@AutoConfigureMockMvc
class ApiSecurityIT extends ProcessTestSupport {

    private static final String SYSTEM_ADMIN = "test.sysadmin";
    /** An agency worker's account, tied to the police: no staff endpoint is theirs. */
    private static final String AGENCY_WORKER = "test.agency.api";
    private static final String ANONYMOUS = "(nobody)";
    /** No such document: a caller let through is told so (404); who may read a real one is CaseAccessIT's. */
    private static final long UNKNOWN_DOCUMENT = 999_999L;

    @Autowired MockMvc mvc;
    @Autowired ChildCaseService cases;
    @Autowired uk.gov.childprotection.conference.ConferenceService conferenceService;

    private record Endpoint(HttpMethod method, String path, Set<String> roles) {
    }

    private String caseReference() {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ivy", "Secure",
                LocalDate.of(2016, 3, 3), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.SCHOOL,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    @Autowired uk.gov.childprotection.agencyreport.AgencyReportService agencyReports;

    private void ensureSystemAdministrator() {
        TestStaff.user(identity, SYSTEM_ADMIN, "Sys", "Admin", Roles.ADMINISTRATORS);
        TestStaff.user(identity, AGENCY_WORKER, "Andy", "Agency", Roles.AGENCY_WORKERS);
        agencyReports.tie(AGENCY_WORKER, uk.gov.childprotection.conference.Agency.POLICE, SYSTEM_ADMIN);
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
                new Endpoint(HttpMethod.GET, "/api/feedback?from=2026-12-01&to=2026-12-31",
                        Set.of(Roles.SERVICE_MANAGERS)),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/sendings", STAFF),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/amendment-requests", STAFF),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/amendment-requests",
                        Set.of(Roles.CONFERENCE_ADMINISTRATORS, Roles.SOCIAL_WORKERS, Roles.CHAIRS)),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/complaints", STAFF),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/complaints", Set.of(Roles.SOCIAL_WORKERS,
                        Roles.TEAM_MANAGERS, Roles.CHAIRS, Roles.CONFERENCE_ADMINISTRATORS)),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/recordings", STAFF),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/recordings", Set.of(
                        Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS)),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/recording-requests", STAFF),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/recording-requests", Set.of(
                        Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS, Roles.CHAIRS, Roles.CONFERENCE_ADMINISTRATORS)),
                new Endpoint(HttpMethod.GET, "/api/recordings/" + UNKNOWN_DOCUMENT + "/audio",
                        Set.of(Roles.SERVICE_MANAGERS)),
                new Endpoint(HttpMethod.GET, rearrangements(ref).replace("rearrangements", "child-views"), STAFF),
                new Endpoint(HttpMethod.POST, rearrangements(ref).replace("rearrangements", "child-views"),
                        Set.of(Roles.SOCIAL_WORKERS, Roles.CONFERENCE_ADMINISTRATORS)),
                new Endpoint(HttpMethod.GET, "/api/cases/" + ref + "/supporter-requests", STAFF),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/supporter-requests",
                        Set.of(Roles.SOCIAL_WORKERS, Roles.CONFERENCE_ADMINISTRATORS)),
                new Endpoint(HttpMethod.GET, rearrangements(ref), STAFF),
                new Endpoint(HttpMethod.POST, rearrangements(ref), Set.of(Roles.CONFERENCE_ADMINISTRATORS)),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/death", frontLine),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/left-uk", frontLine),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/move-to-another-council", frontLine),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/transfer-in-conference-held", frontLine),
                new Endpoint(HttpMethod.POST, "/api/cases/" + ref + "/birth", frontLine),
                new Endpoint(HttpMethod.GET, "/api/agency-conferences", Set.of(Roles.AGENCY_WORKERS)),
                new Endpoint(HttpMethod.PUT, rearrangements(ref).replace("/api/cases/" + ref + "/conferences",
                        "/api/agency-conferences").replace("rearrangements", "report"), Set.of(Roles.AGENCY_WORKERS)),
                new Endpoint(HttpMethod.PUT, rearrangements(ref).replace("/api/cases/" + ref + "/conferences",
                        "/api/agency-conferences").replace("rearrangements", "report/shared-with-family"),
                        Set.of(Roles.AGENCY_WORKERS)),
                new Endpoint(HttpMethod.GET, "/api/agency-workers", Set.of(Roles.ADMINISTRATORS)),
                new Endpoint(HttpMethod.PUT, "/api/agency-workers/" + AGENCY_WORKER, Set.of(Roles.ADMINISTRATORS)));
    }

    private String rearrangements(String ref) {
        return "/api/cases/" + ref + "/conferences/"
                + conferenceService.ofCase(cases.get(ref).getId()).get(0).getId() + "/rearrangements";
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
        callers.put(AGENCY_WORKER, Roles.AGENCY_WORKERS);
        return callers;
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, String caller) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.path());
        if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT) {
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
                        : endpoint.path().matches(".*/" + UNKNOWN_DOCUMENT + "(/.*)?") ? 404
                        : endpoint.method() == HttpMethod.GET ? 200 : 400;
                var result = mvc.perform(request(endpoint, caller.getKey()))
                        .andExpect(status().is(expected));
                if (expected == 401 || expected == 403) {
                    result.andExpect(content().contentType("application/problem+json"))
                            .andExpect(jsonPath("$.status").value(expected))
                            .andExpect(jsonPath("$.instance").value(endpoint.path().replaceAll("\\?.*", "")));
                }
                if (expected == 401) {
                    result.andExpect(header().string("WWW-Authenticate",
                            "Basic realm=\"" + SecurityConfig.REALM + "\""));
                }
            }
        }
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static void later(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    @Test
    void wrongPasswordsAreThrottledByAddressAndUserTogetherAndNeverLockTheAccount() throws Exception {
        String ref = caseReference();
        String user = "test.guessed";
        TestStaff.user(identity, user, "Guess", "Work", Roles.SERVICE_MANAGERS);
        String right = TestStaff.password(user);
        String here = "10.0.0.1";
        String there = "10.0.0.2";
        java.util.function.Supplier<MockHttpServletRequestBuilder> read = () -> get("/api/cases/" + ref);

        // A wrong password does not hold the right one back (Camunda's per-user delay is off).
        mvc.perform(read.get().with(from(here)).with(httpBasic(user, "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Sign in"));
        mvc.perform(read.get().with(from(here)).with(httpBasic(user, right))).andExpect(status().isOk());

        // Five wrong passwords from one address: that address may not try that user for 15 minutes, even with
        // the right password; the user signs in from elsewhere, and others from that address.
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(read.get().with(from(here)).with(httpBasic(user, "guess-" + attempt)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(read.get().with(from(here)).with(httpBasic(user, right)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.title").value("Too many failed sign-ins"))
                .andExpect(jsonPath("$.detail").value(
                        "Too many wrong passwords for this user from your address. Try again in 15 minutes."));
        mvc.perform(read.get().with(from(there)).with(httpBasic(user, right))).andExpect(status().isOk());
        mvc.perform(read.get().with(from(here)).with(httpBasic(TestStaff.SERVICE_MANAGER,
                TestStaff.password(TestStaff.SERVICE_MANAGER)))).andExpect(status().isOk());
        later(Duration.ofMinutes(14));
        mvc.perform(read.get().with(from(here)).with(httpBasic(user, right))).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(
                        "Too many wrong passwords for this user from your address. Try again in 1 minute."));
        later(Duration.ofMinutes(1));
        mvc.perform(read.get().with(from(here)).with(httpBasic(user, right))).andExpect(status().isOk());

        // However many wrong passwords, the account is never locked.
        for (int round = 0; round < 6; round++) {
            for (int attempt = 0; attempt < 5; attempt++) {
                mvc.perform(read.get().with(from(there)).with(httpBasic(user, "guess-" + attempt)));
            }
            later(Duration.ofMinutes(15));
        }
        UserEntity account = (UserEntity) identity.createUserQuery().userId(user).singleResult();
        assertThat(account.getLockExpirationTime()).satisfiesAnyOf(
                expiry -> assertThat(expiry).isNull(),
                expiry -> assertThat(expiry).isBeforeOrEqualTo(ClockUtil.getCurrentTime()));
        mvc.perform(read.get().with(from(there)).with(httpBasic(user, right))).andExpect(status().isOk());
        mvc.perform(read.get().with(from(here)).with(httpBasic(user, right))).andExpect(status().isOk());
    }

    @Test
    void nothingElseUnderApiOrActuatorIsOpen() throws Exception {
        mvc.perform(post("/api/documents/1").with(httpBasic(TestStaff.SOCIAL_WORKER,
                        TestStaff.password(TestStaff.SOCIAL_WORKER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
        mvc.perform(get("/actuator")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHstsOverHttps() throws Exception {
        for (String path : List.of("/api/cases/CP-2026-99999", "/actuator/health")) {
            mvc.perform(get(path).secure(true))
                    .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY))
                    .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
            mvc.perform(get(path))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY));
        }
    }
}
