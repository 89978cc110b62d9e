package uk.gov.childprotection.supporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.SupporterService;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * A parent's supporter or solicitor (seeds 000, 002, 003, 004): agreed by the Chair before the conference, or
 * refused with the explanation the parent is given; the parent's letter either way; the agreed ones in the
 * Chair's form.
 */
@AutoConfigureMockMvc
class SupporterIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process(SupporterService.PROCESS);
        }
    }

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired SendingService sendings;
    @Autowired MockMvc mvc;

    private static int children;

    private static String asked(Long conferenceId, String parent, String supporter, String role, String on) {
        return "{\"conferenceId\": " + conferenceId + ", \"parentName\": \"" + parent + "\", \"supporterName\": \""
                + supporter + "\", \"role\": \"" + role + "\", \"requestedOn\": \"" + on + "\"}";
    }

    private List<Document> letters(String ref) {
        return documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.SUPPORTER_LETTER && !d.isLargePrint()).toList();
    }

    @Test
    void theChairAgreesASolicitorAndRefusesAFriendWithAnExplanationAndTheParentsAreToldInLetters()
            throws Exception {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Sid", "Support",
                LocalDate.of(2017, 7, 7).plusDays(children++), Gender.MALE, null, "English"), STRATEGY_DAY,
                ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(CONFERENCE_DAY, TestStaff.CHAIR));
        Long conferenceId = conferences.ofCase(cases.get(ref).getId()).get(0).getId();
        String path = "/api/cases/" + ref + "/supporter-requests";
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(asked(conferenceId, "Alex Example", "Sam Friend", "FRIEND_OR_RELATIVE", "2026-12-07"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("No one has been invited to the conference yet"));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants",
                uk.gov.childprotection.demo.Submissions.invitations("POLICE", "SCHOOL", "GP"));

        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(asked(conferenceId, "Sam Neighbour", "Sam Friend", "FRIEND_OR_RELATIVE", "2026-12-07"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.parentName").value(Matchers.containsString("Alex Example, Jordan Example")));
        mvc.perform(signedIn(TestStaff.CHAIR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(asked(conferenceId, "Alex Example", "Sam Friend", "FRIEND_OR_RELATIVE", "2026-12-07"))))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(asked(conferenceId, "Alex Example", "Sam Friend", "FRIEND_OR_RELATIVE", "2026-12-07"))))
                .andExpect(status().isCreated());

        var decide = task(ref, "Task_DecideSupporter");
        assertThat(decide.getAssignee()).as("the conference's Chair").isEqualTo(TestStaff.CHAIR);
        assertThat(decide.getDueDate()).as("the working day before").isEqualTo(Today.endOfWorkingDay(
                LocalDate.of(2026, 12, 18)));
        assertThat(tasks.getVariable(decide.getId(), "supporterSummary").toString())
                .contains("Alex Example", "Sam Friend", "a friend or relative", "Monday 21 December 2026");
        signIn(TestStaff.CHAIR);
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of("supporterDecision", "REFUSED")))
                .hasMessageContaining("supporterExplanation: explain to the parent why");
        identity.clearAuthentication();
        complete(TestStaff.CHAIR, ref, "Task_DecideSupporter", Map.of("supporterDecision", "REFUSED",
                "supporterExplanation", "Sam Friend is a witness in the police investigation."));
        Document refused = letters(ref).get(0);
        Pdfs.assertAccessible(refused.getContent(), DocumentType.SUPPORTER_LETTER.title());
        assertThat(Pdfs.text(refused.getContent())).contains("Dear Alex Example",
                "I have decided that Sam Friend cannot come", "a witness in the police investigation",
                "You can still come to the conference");
        List<Sending> all = sendings.ofCase(cases.get(ref).getId());
        assertThat(all.get(all.size() - 1).getPurpose()).isEqualTo(Sending.Purpose.SUPPORTER);

        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(asked(conferenceId, "Jordan Example", "Ms Law", "SOLICITOR", "2026-12-07"))))
                .andExpect(status().isCreated());
        complete(TestStaff.CHAIR, ref, "Task_DecideSupporter", Map.of("supporterDecision", "AGREED"));
        Document agreed = letters(ref).stream().filter(d -> !d.getId().equals(refused.getId())).findFirst()
                .orElseThrow();
        assertThat(Pdfs.text(agreed.getContent())).contains("Dear Jordan Example", "Yes, they can come with you",
                "not to represent you legally");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(SupporterService.PROCESS).count()).isZero();

        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport",
                uk.gov.childprotection.demo.Submissions.reportShared(today()));
        complete(TestStaff.CHAIR, ref, "Task_ContactParents", uk.gov.childprotection.demo.Submissions.chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports",
                uk.gov.childprotection.demo.Submissions.agencyReports("POLICE", "SCHOOL"));
        setToday(CONFERENCE_DAY);
        // The Chair's form shows them under its own heading.
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("forms/hold-conference.form")))
                .contains("Supporters you agreed\\n\\n{{supportersSummary}}");
        assertThat(tasks.getVariable(task(ref, "Task_HoldConference").getId(), "supportersSummary").toString())
                .contains("Ms Law (a solicitor), supporting Jordan Example")
                .doesNotContain("Sam Friend");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(asked(conferenceId, "Alex Example", "Another", "ADVOCATE", "2026-12-21"))))
                .andExpect(status().isConflict());
        mvc.perform(signedIn(TestStaff.TEAM_MANAGER, get(path)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].decision").value("REFUSED"))
                .andExpect(jsonPath("$[1].decision").value("AGREED"));
    }
}
