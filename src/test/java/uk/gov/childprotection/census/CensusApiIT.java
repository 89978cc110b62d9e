package uk.gov.childprotection.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/** GET and PUT /api/cases/{reference}/census: who may, what is kept, what is refused in words. */
@AutoConfigureMockMvc
class CensusApiIT extends ProcessTestSupport {

    @Autowired MockMvc mvc;
    @Autowired ChildCaseService cases;
    @Autowired CensusChildRepository children;

    private static int made;

    private String refer(String givenName) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(givenName, "Censusapi",
                LocalDate.of(2017, 5, 1).plusDays(made++), Gender.MALE, null, null), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Bruising seen at school", List.of(), TestStaff.SOCIAL_WORKER,
                TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private ResultActions putCensus(String user, String ref, String body) throws Exception {
        return mvc.perform(signedIn(user, put("/api/cases/" + ref + "/census")
                .contentType(MediaType.APPLICATION_JSON).content(body)));
    }

    private static final String FULL = """
            {"upn": "a123456789012", "ethnicity": "MWBC", "disabilities": ["COMM", "LD"],
             "referralSource": "2A", "primaryNeed": "N1", "assessmentStart": "2026-12-08",
             "assessmentAuthorised": "2026-12-21", "assessmentFactors": ["2B", "3B"]}""";

    @Test
    void theSocialWorkerRecordsTheItemsAndEveryoneOnTheCaseReadsThem() throws Exception {
        String ref = refer("Ade");
        setToday(LocalDate.of(2026, 12, 22));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/" + ref + "/census")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralSource").value("2A"))
                .andExpect(jsonPath("$.upn").doesNotExist());

        putCensus(TestStaff.SOCIAL_WORKER, ref, FULL).andExpect(status().isOk())
                .andExpect(jsonPath("$.upn").value("A123456789012"))
                .andExpect(jsonPath("$.disabilities[1]").value("LD"))
                .andExpect(jsonPath("$.assessmentAuthorised").value("2026-12-21"));
        mvc.perform(signedIn(TestStaff.TEAM_MANAGER, get("/api/cases/" + ref + "/census")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ethnicity").value("MWBC"))
                .andExpect(jsonPath("$.assessmentFactors[0]").value("2B"));
        assertThat(children.findById(cases.get(ref).getChild().getId()).orElseThrow().getRecordedBy())
                .isEqualTo(TestStaff.SOCIAL_WORKER);
    }

    @Test
    void badCodesAndDatesAreRefusedByFieldAndNothingIsKept() throws Exception {
        String ref = refer("Bim");
        setToday(LocalDate.of(2026, 12, 22));
        putCensus(TestStaff.SOCIAL_WORKER, ref, """
                {"upn": "B123456789012", "ethnicity": "WHITE", "assessmentStart": "2026-12-01",
                 "assessmentFactors": ["16A"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.upn").value(org.hamcrest.Matchers.startsWith(
                        "The unique pupil number is not one")))
                .andExpect(jsonPath("$.errors.ethnicity").value("Choose the child's ethnicity from the list"))
                .andExpect(jsonPath("$.errors.assessmentStart").value(org.hamcrest.Matchers.startsWith(
                        "The date the assessment started must be on or after the referral")))
                .andExpect(jsonPath("$.errors.assessmentFactors").exists());
        putCensus(TestStaff.SOCIAL_WORKER, ref, """
                {"dateOfDeath": "14/03/2026"}""").andExpect(status().isBadRequest());
        assertThat(children.findById(cases.get(ref).getChild().getId())).as("nothing half-saved").isEmpty();
    }

    @Test
    void onlyTheCasesSocialWorkerOrTeamManagerChangesThem() throws Exception {
        String ref = refer("Cai");
        setToday(LocalDate.of(2026, 12, 22));
        for (String user : new String[] {TestStaff.OTHER_SOCIAL_WORKER, TestStaff.CHAIR, TestStaff.ADMINISTRATOR,
                TestStaff.SERVICE_MANAGER}) {
            putCensus(user, ref, FULL).andExpect(status().isForbidden());
        }
        assertThat(children.findById(cases.get(ref).getChild().getId())).isEmpty();
    }
}
