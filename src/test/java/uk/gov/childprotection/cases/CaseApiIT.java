package uk.gov.childprotection.cases;

import static uk.gov.childprotection.support.TestStaff.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/** POST /api/cases and GET /api/cases/{reference}: what they accept, refuse and answer. */
@AutoConfigureMockMvc
class CaseApiIT extends ProcessTestSupport {

    @Autowired MockMvc mvc;
    @Autowired CaseRepository cases;

    private long casesBefore;

    @BeforeEach
    void count() {
        casesBefore = cases.count();
    }

    private ResultActions postCase(String json) throws Exception {
        return mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(json)));
    }

    private static String referral(String child, String referralDate) {
        return """
                {"child": %s, "referralDate": "%s", "referralSource": "HEALTH",
                 "concerns": "Health visitor found the baby underweight and the home very cold.",
                 "circumstances": ["PARENTAL_SUBSTANCE_MISUSE"], "socialWorker": "%s", "teamManager": "%s"}
                """.formatted(child, referralDate, TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER);
    }

    private static final String CHILD = """
            {"givenName": "Uma", "familyName": "Example", "dateOfBirth": "2025-09-01", "gender": "FEMALE"}""";

    @Test
    void aReferralOpensACaseAndStartsTheLifecycle() throws Exception {
        String location = postCase(referral(CHILD, "2026-12-04"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference", startsWith("CP-2026-")))
                .andExpect(header().string("Location", startsWith("/api/cases/CP-2026-")))
                .andReturn().getResponse().getHeader("Location");
        String reference = location.substring("/api/cases/".length());

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).count()).isEqualTo(1);
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get(location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.stage").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.child.givenName").value("Uma"))
                .andExpect(jsonPath("$.child.ageYears").value(1))
                .andExpect(jsonPath("$.referral.circumstances[0]").value("PARENTAL_SUBSTANCE_MISUSE"))
                .andExpect(jsonPath("$.socialWorker").value(TestStaff.SOCIAL_WORKER))
                .andExpect(jsonPath("$.census.cinReferralDate").value("2026-12-04"))
                .andExpect(jsonPath("$.deadlines").isEmpty());
    }

    @Test
    void aReferralWithoutAChildIsRefusedAndNothingIsStored() throws Exception {
        postCase("""
                {"referralDate": "2026-12-04", "referralSource": "HEALTH", "concerns": "Worried"}""")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors.child").value("is required"));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() throws Exception {
        postCase(referral("""
                {"givenName": "Uma", "familyName": "Example", "dateOfBirth": "2027-01-01", "gender": "FEMALE"}""",
                "2026-12-04"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['child.dateOfBirth']").value("must not be in the future"));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void aReferralInTheFutureIsRefused() throws Exception {
        postCase(referral(CHILD, "2026-12-08"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.referralDate").value("must not be in the future"));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void unknownFieldsAreRefusedByName() throws Exception {
        postCase("""
                {"child": %s, "referralDate": "2026-12-04", "referralSource": "HEALTH", "concerns": "Worried",
                 "priority": "high"}""".formatted(CHILD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.priority").value("is not a field of this request"));
        postCase(referral("""
                {"givenName": "Uma", "familyName": "Example", "dateOfBirth": "2025-09-01", "gender": "FEMALE",
                 "nhsNumber": "123"}""", "2026-12-04"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['child.nhsNumber']").value("is not a field of this request"));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void badValuesAndUnknownStaffAreNamed() throws Exception {
        postCase("""
                {"child": %s, "referralDate": "04/12/2026", "referralSource": "HEALTH", "concerns": "Worried"}"""
                .formatted(CHILD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.referralDate").value("'04/12/2026' is not a valid value"));
        postCase("""
                {"child": %s, "referralDate": "2026-12-04", "referralSource": "HEALTH", "concerns": " ",
                 "socialWorker": "nobody"}""".formatted(CHILD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.concerns").value("is required"));
        postCase("""
                {"child": %s, "referralDate": "2026-12-04", "referralSource": "HEALTH", "concerns": "Worried",
                 "socialWorker": "nobody"}""".formatted(CHILD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.socialWorker").value("'nobody' is not a social worker"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases").contentType(MediaType.APPLICATION_JSON).content("{not json")))
                .andExpect(status().isBadRequest());
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void anUnknownCaseIsNotFoundForThoseWhoReadEveryCaseAndLooksLikeAnotherTeamsCaseToEveryoneElse()
            throws Exception {
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/cases/CP-1999-99999")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no case with reference CP-1999-99999"));
        String unknown = mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/CP-1999-99999")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        String reference = com.jayway.jsonpath.JsonPath.read(postCase(referral(CHILD, "2026-12-04"))
                .andReturn().getResponse().getContentAsString(), "$.reference");
        String notTheirs = mvc.perform(signedIn(TestStaff.OTHER_SOCIAL_WORKER, get("/api/cases/" + reference)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(unknown.replace("CP-1999-99999", "REF")).isEqualTo(notTheirs.replace(reference, "REF"));
    }

    @Test
    void outsideEventsAnswer404ForAnUnknownCase409WhenTheyMeanNothingAnd400ForBadInput() throws Exception {
        String reference = com.jayway.jsonpath.JsonPath.read(postCase(referral(CHILD, "2026-12-04"))
                .andReturn().getResponse().getContentAsString(), "$.reference");

        mvc.perform(signedIn(TestStaff.TEAM_MANAGER, post("/api/cases/CP-1999-99999/death").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2026-12-05\"}")))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.OTHER_SOCIAL_WORKER, post("/api/cases/" + reference + "/death")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2026-12-05\"}")))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + reference + "/death").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2026-12-05\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("has no Child Protection Plan in force")));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + reference + "/transfer-in-conference-held")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2026-12-05\"}")))
                .andExpect(status().isConflict());
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + reference + "/left-uk").contentType(MediaType.APPLICATION_JSON)
                        .content("{}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date").value("is required"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + reference + "/move-to-another-council")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"notifiedDate\": \"2026-12-05\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.receivingCouncil").value("is required"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/" + reference)))
                .andExpect(jsonPath("$.events").isEmpty());
    }

    @Test
    void anUnbornChildIsReferredWithTheExpectedDateAndTheirBirthIsRecordedOnce() throws Exception {
        String unborn = """
                {"givenName": "Baby", "familyName": "Example", "gender": "NOT_KNOWN",
                 "expectedDateOfDelivery": "2027-04-01"}""";
        String reference = com.jayway.jsonpath.JsonPath.read(postCase(referral(unborn, "2026-12-04"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.reference");
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/" + reference)))
                .andExpect(jsonPath("$.child.expectedDateOfDelivery").value("2027-04-01"))
                .andExpect(jsonPath("$.child.dateOfBirth").isEmpty());

        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + reference + "/birth").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": \"Ivy\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dateOfBirth").value("is required"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + reference + "/birth").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dateOfBirth\": \"2026-12-06\", \"givenName\": \"Ivy\", \"gender\": \"FEMALE\"}")))
                .andExpect(status().isNoContent());
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/" + reference)))
                .andExpect(jsonPath("$.child.dateOfBirth").value("2026-12-06"))
                .andExpect(jsonPath("$.child.givenName").value("Ivy"))
                .andExpect(jsonPath("$.events[0].kind").value("CHILD_BORN"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + reference + "/birth").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dateOfBirth\": \"2026-12-06\"}")))
                .andExpect(status().isConflict());

        long before = cases.count();
        postCase(referral("""
                {"givenName": "Baby", "familyName": "Example", "gender": "NOT_KNOWN",
                 "dateOfBirth": "2026-11-01", "expectedDateOfDelivery": "2027-04-01"}""", "2026-12-04"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['child.expectedDateOfDelivery']",
                        containsString("give the date of birth or the expected date, not both")));
        postCase(referral("""
                {"givenName": "Baby", "familyName": "Example", "gender": "NOT_KNOWN"}""", "2026-12-04"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['child.dateOfBirth']", containsString("expected date of delivery")));
        assertThat(cases.count()).isEqualTo(before);
    }
}
