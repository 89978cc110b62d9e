package uk.gov.childprotection.conference;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The agency directory (kept by conference administrators, secure addresses only) and the staff directory (a
 * person's own work phone, or anyone's for an administrator), through the API with every refusal in words.
 */
@AutoConfigureMockMvc
class DirectoriesApiIT extends ProcessTestSupport {

    @Autowired MockMvc mvc;
    @Autowired AgencyContactRepository entries;

    @AfterEach
    void forget() {
        entries.deleteById(Agency.HOUSING);
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(signedIn(user, request));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void theAdministratorKeepsAnAgencysSecureAddressAndEveryoneReadsIt() throws Exception {
        as(TestStaff.ADMINISTRATOR, json(put("/api/agencies/HOUSING"), """
                {"teamName": "Housing Options", "secureEmail": "housing.options@exampleton.gov.uk",
                 "postalAddress": "Civic Offices\\nExampleton EX1 2AB", "phone": "01632 960500"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secureEmail").value("housing.options@exampleton.gov.uk"));
        as(TestStaff.SOCIAL_WORKER, get("/api/agencies")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agency == 'HOUSING')].teamName").value("Housing Options"))
                .andExpect(jsonPath("$[?(@.agency == 'POLICE')].label").value("Police"));
    }

    @Test
    void anAddressOffTheSecureDomainsIsRefusedInWordsAndNothingIsKept() throws Exception {
        as(TestStaff.ADMINISTRATOR, json(put("/api/agencies/HOUSING"), """
                {"teamName": "Housing Options", "secureEmail": "housing@gmail.com", "phone": "12345"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.secureEmail").value(org.hamcrest.Matchers.startsWith(
                        "must be a secure email address (on gov.uk, nhs.net")))
                .andExpect(jsonPath("$.errors.phone").value(
                        "must be a UK phone number, like 01865 815000 or 07700 900123"));
        as(TestStaff.ADMINISTRATOR, json(put("/api/agencies/HOUSING"), """
                {"secureEmail": "not an address"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.secureEmail").value("must be an email address, like name@example.gov.uk"));
        as(TestStaff.ADMINISTRATOR, json(put("/api/agencies/LIBRARY"), "{}")).andExpect(status().isNotFound());
        as(TestStaff.ADMINISTRATOR, get("/api/agencies")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agency == 'HOUSING')].secureEmail").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void onlyConferenceAdministratorsChangeTheAgencyDirectory() throws Exception {
        for (String user : new String[] {TestStaff.SOCIAL_WORKER, TestStaff.CHAIR, TestStaff.TEAM_MANAGER}) {
            as(user, json(put("/api/agencies/HOUSING"), "{\"teamName\": \"Mine now\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aPersonSetsTheirOwnWorkPhoneAndNobodyElses() throws Exception {
        as(TestStaff.CHAIR, json(put("/api/staff/" + TestStaff.CHAIR + "/phone"), "{\"phone\": \"+44 1865 815111\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("+44 1865 815111"))
                .andExpect(jsonPath("$.name").value("Chris Chair"));
        as(TestStaff.SOCIAL_WORKER, get("/api/staff/" + TestStaff.CHAIR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("+44 1865 815111"));
        as(TestStaff.SOCIAL_WORKER, json(put("/api/staff/" + TestStaff.CHAIR + "/phone"), "{\"phone\": \"01632 960999\"}"))
                .andExpect(status().isForbidden());
        as(TestStaff.CHAIR, json(put("/api/staff/" + TestStaff.CHAIR + "/phone"), "{\"phone\": \"call me\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.phone").value(
                        "must be a UK phone number, like 01865 815000 or 07700 900123"));
        as(TestStaff.CHAIR, get("/api/staff/nobody.here")).andExpect(status().isNotFound());
    }
}
