package uk.gov.childprotection.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * POST /api/referrals for a household, GET /api/families/{id}, and who may see what of a household: a worker
 * allocated to one child sees the household and that child's record, not a brother's or sister's record.
 */
@AutoConfigureMockMvc
class FamilyReferralIT extends ProcessTestSupport {

    @Autowired MockMvc mvc;
    @Autowired CaseRepository cases;
    @Autowired ObjectMapper json;

    private ResultActions as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(signedIn(user, request));
    }

    private ResultActions refer(String user, String body) throws Exception {
        return as(user, post("/api/referrals").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Three children (the youngest 5 months old), their mother for all three, and a father for the younger two. */
    static String threeChildren(String familyName) {
        return """
                {"referralDate": "2026-12-01", "referralSource": "SCHOOL",
                 "concerns": "The eldest told a teacher that the adults fight at night and the baby is left alone.",
                 "socialWorker": "%s", "teamManager": "%s",
                 "children": [
                   {"givenName": "Ava", "familyName": "%s", "dateOfBirth": "2016-03-14", "gender": "FEMALE"},
                   {"givenName": "Ben", "familyName": "%s", "dateOfBirth": "2021-07-02", "gender": "MALE"},
                   {"givenName": "Cal", "familyName": "%s", "dateOfBirth": "2026-07-01", "gender": "MALE"}],
                 "people": [
                   {"name": "Dana %s", "email": "dana@example.org", "phone": "07700 900123",
                    "address": "4 Mill Lane, Oxford OX2 6AB", "interpreterLanguage": "Polish",
                    "children": [{"child": 1, "relationship": "MOTHER", "parentalResponsibility": true},
                                 {"child": 2, "relationship": "MOTHER", "parentalResponsibility": true},
                                 {"child": 3, "relationship": "MOTHER", "parentalResponsibility": true}]},
                   {"name": "Eli Stone", "address": "9 Canal Street, Oxford OX1 2CD",
                    "children": [{"child": 1, "relationship": "STEP_PARENT", "parentalResponsibility": false},
                                 {"child": 2, "relationship": "FATHER", "parentalResponsibility": true},
                                 {"child": 3, "relationship": "FATHER", "parentalResponsibility": true}]}]}
                """.formatted(TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, familyName, familyName, familyName,
                familyName);
    }

    private JsonNode opened(String body) throws Exception {
        String answer = refer(TestStaff.SOCIAL_WORKER, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    private static List<String> references(JsonNode opened) {
        List<String> refs = new ArrayList<>();
        opened.get("cases").forEach(c -> refs.add(c.get("reference").asText()));
        return refs;
    }

    @Test
    void aReferralOfThreeChildrenOpensACaseForEachInOneHousehold() throws Exception {
        JsonNode opened = opened(threeChildren("Hollis"));
        List<String> refs = references(opened);
        long familyId = opened.get("familyId").asLong();

        assertThat(refs).hasSize(3).doesNotHaveDuplicates().allMatch(r -> r.startsWith("CP-2026-"));
        assertThat(opened.get("cases").get(0).get("child").asText()).isEqualTo("Ava Hollis");
        for (String ref : refs) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                    .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).count()).isEqualTo(1);
        }

        as(TestStaff.SOCIAL_WORKER, get("/api/families/" + familyId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children", hasSize(3)))
                .andExpect(jsonPath("$.children[2].name").value("Cal Hollis"))
                .andExpect(jsonPath("$.children[2].ageYears").value(0))
                .andExpect(jsonPath("$.children[0].cases[0].reference").value(refs.get(0)))
                .andExpect(jsonPath("$.children[0].cases[0].stage").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.children[0].cases[0].readable").value(true))
                .andExpect(jsonPath("$.people", hasSize(2)))
                .andExpect(jsonPath("$.people[0].name").value("Dana Hollis"))
                .andExpect(jsonPath("$.people[0].phone").value("07700 900123"))
                .andExpect(jsonPath("$.people[0].interpreterLanguage").value("Polish"))
                .andExpect(jsonPath("$.people[1].address").value("9 Canal Street, Oxford OX1 2CD"))
                .andExpect(jsonPath("$.people[1].children[0].childName").value("Ava Hollis"))
                .andExpect(jsonPath("$.people[1].children[0].relationship").value("STEP_PARENT"))
                .andExpect(jsonPath("$.people[1].children[0].parentalResponsibility").value(false))
                .andExpect(jsonPath("$.people[1].children[1].parentalResponsibility").value(true));

        // Each child's own summary names the household and the brothers and sisters.
        as(TestStaff.SOCIAL_WORKER, get("/api/cases/" + refs.get(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.family.id").value(familyId))
                .andExpect(jsonPath("$.family.siblings", hasSize(2)))
                .andExpect(jsonPath("$.family.siblings[0].name").value("Ava Hollis"))
                .andExpect(jsonPath("$.family.siblings[0].caseReferences[0]").value(refs.get(0)))
                .andExpect(jsonPath("$.family.siblings[1].name").value("Cal Hollis"))
                .andExpect(jsonPath("$.family.parentsAndCarers", hasSize(2)))
                .andExpect(jsonPath("$.family.parentsAndCarers[1].name").value("Eli Stone"))
                .andExpect(jsonPath("$.family.parentsAndCarers[1].relationship").value("FATHER"));
    }

    @Test
    void aChildAlreadyKnownIsRecognisedAndTheNewBabyJoinsTheirHousehold() throws Exception {
        JsonNode first = opened(threeChildren("Quill"));
        long familyId = first.get("familyId").asLong();
        long childrenBefore = cases.findByChildFamilyIdOrderByIdAsc(familyId).stream()
                .map(c -> c.getChild().getId()).distinct().count();

        // Referred again a year later with a new brother: Ava is known by her names and date of birth
        // (ignoring case), so she is not recorded twice, and the new child joins her household.
        JsonNode again = opened("""
                {"referralDate": "2026-12-01", "referralSource": "HEALTH", "concerns": "New baby; old worries.",
                 "children": [
                   {"givenName": "AVA", "familyName": " quill ", "dateOfBirth": "2016-03-14", "gender": "FEMALE"},
                   {"givenName": "Dov", "familyName": "Quill", "dateOfBirth": "2026-11-20", "gender": "MALE"}]}
                """);
        assertThat(again.get("familyId").asLong()).isEqualTo(familyId);
        assertThat(again.get("cases").get(0).get("knownChild").asBoolean()).isTrue();
        assertThat(again.get("cases").get(1).get("knownChild").asBoolean()).isFalse();
        long childrenAfter = cases.findByChildFamilyIdOrderByIdAsc(familyId).stream()
                .map(c -> c.getChild().getId()).distinct().count();
        assertThat(childrenAfter).isEqualTo(childrenBefore + 1);
        assertThat(cases.findByReference(again.get("cases").get(0).get("reference").asText()).orElseThrow()
                .getChild().getId())
                .isEqualTo(cases.findByReference(references(first).get(0)).orElseThrow().getChild().getId());
    }

    @Test
    void aWrongChildOrPersonRefusesTheWholeReferralAndStoresNothing() throws Exception {
        long before = cases.count();
        refer(TestStaff.SOCIAL_WORKER, threeChildren("Wren")
                .replace("{\"givenName\": \"Ben\",", "{\"givenName\": \"\","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['children[1].givenName']").value("is required"));
        String body = threeChildren("Wren")
                .replace("{\"child\": 3, \"relationship\": \"FATHER\"", "{\"child\": 4, \"relationship\": \"FATHER\"")
                .replace("\"dateOfBirth\": \"2026-07-01\"", "\"dateOfBirth\": \"2027-07-01\"");
        refer(TestStaff.SOCIAL_WORKER, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['children[2].dateOfBirth']").value("must not be in the future"))
                .andExpect(jsonPath("$.errors['people[1].children[2].child']",
                        startsWith("there is no child 4 in this referral")));
        assertThat(cases.count()).isEqualTo(before);

        refer(TestStaff.SOCIAL_WORKER, """
                {"referralDate": "2026-12-01", "referralSource": "HEALTH", "concerns": "x", "children": []}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.children").value("name at least one child"));
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aWorkerAllocatedToOneChildSeesTheHouseholdAndOnlyThatChildsRecord() throws Exception {
        JsonNode opened = opened(threeChildren("Marsh"));
        List<String> refs = references(opened);
        long familyId = opened.get("familyId").asLong();
        // The team manager gives the youngest to another social worker.
        as(TestStaff.TEAM_MANAGER, put("/api/cases/" + refs.get(2) + "/allocation")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"socialWorker\": \"" + TestStaff.OTHER_SOCIAL_WORKER + "\"}"))
                .andExpect(status().is2xxSuccessful());

        as(TestStaff.OTHER_SOCIAL_WORKER, get("/api/families/" + familyId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children", hasSize(3)))
                .andExpect(jsonPath("$.children[0].cases[0].readable").value(false))
                .andExpect(jsonPath("$.children[0].cases[0].deadlines").doesNotExist())
                .andExpect(jsonPath("$.children[2].cases[0].readable").value(true))
                .andExpect(jsonPath("$.children[2].cases[0].deadlines").isArray());
        as(TestStaff.OTHER_SOCIAL_WORKER, get("/api/cases/" + refs.get(0))).andExpect(status().isForbidden());
        as(TestStaff.OTHER_SOCIAL_WORKER, get("/api/cases/" + refs.get(2))).andExpect(status().isOk());

        // Once the youngest is given back, the other worker has no child of the household: nothing of it.
        as(TestStaff.TEAM_MANAGER, put("/api/cases/" + refs.get(2) + "/allocation")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"socialWorker\": \"" + TestStaff.SOCIAL_WORKER + "\"}"))
                .andExpect(status().is2xxSuccessful());
        as(TestStaff.OTHER_SOCIAL_WORKER, get("/api/families/" + familyId)).andExpect(status().isForbidden());
        // Nor may they add a child to it, through either door, or learn it exists.
        refer(TestStaff.OTHER_SOCIAL_WORKER, """
                {"familyId": %d, "referralDate": "2026-12-01", "referralSource": "HEALTH", "concerns": "x",
                 "children": [{"givenName": "Zed", "familyName": "Marsh", "dateOfBirth": "2020-01-01",
                               "gender": "MALE"}]}""".formatted(familyId))
                .andExpect(status().isForbidden());
        as(TestStaff.OTHER_SOCIAL_WORKER, get("/api/families/999999")).andExpect(status().isForbidden());
        as(TestStaff.SERVICE_MANAGER, get("/api/families/999999")).andExpect(status().isNotFound());
        assertThat(cases.findByChildFamilyIdOrderByIdAsc(familyId)).hasSize(3);
    }

    @Test
    void aPersonIsAddedToTheHouseholdWithTheirResponsibilityForEachChild() throws Exception {
        JsonNode opened = opened(threeChildren("Finch"));
        List<String> refs = references(opened);
        long familyId = opened.get("familyId").asLong();
        as(TestStaff.SOCIAL_WORKER, post("/api/families/" + familyId + "/people")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Gus Finch", "address": "1 High St", "children": [
                          {"caseReference": "%s", "relationship": "FATHER", "parentalResponsibility": true},
                          {"caseReference": "CP-1999-00001", "relationship": "FATHER", "parentalResponsibility": true}]}
                        """.formatted(refs.get(0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['children[1].caseReference']",
                        containsString("is not a case of a child in this family")));
        as(TestStaff.SOCIAL_WORKER, post("/api/families/" + familyId + "/people")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Gus Finch", "address": "1 High St", "children": [
                          {"caseReference": "%s", "relationship": "FATHER", "parentalResponsibility": true}]}
                        """.formatted(refs.get(0))))
                .andExpect(status().isCreated());
        as(TestStaff.SOCIAL_WORKER, get("/api/cases/" + refs.get(0)))
                .andExpect(jsonPath("$.family.parentsAndCarers", hasSize(3)))
                .andExpect(jsonPath("$.family.parentsAndCarers[2].name").value("Gus Finch"));
        as(TestStaff.SOCIAL_WORKER, get("/api/cases/" + refs.get(1)))
                .andExpect(jsonPath("$.family.parentsAndCarers", hasSize(2)));
    }
}
