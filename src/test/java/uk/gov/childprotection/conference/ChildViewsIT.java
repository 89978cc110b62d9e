package uk.gov.childprotection.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The child's own views (seeds 002, 003, 004): My Conference Pack or a wishes and feelings form, and what they
 * told the advocate who met them before the conference, recorded beforehand, shown to the Chair in the
 * conference's form and kept in the record, although the child does not come.
 */
@AutoConfigureMockMvc
class ChildViewsIT extends ProcessTestSupport {

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired MockMvc mvc;

    private static int children;

    private String path(String ref) {
        return "/api/cases/" + ref + "/conferences/" + conferences.ofCase(cases.get(ref).getId()).get(0).getId()
                + "/child-views";
    }

    private static String views(String on, String how, String words, String advocate, String met) {
        return "{\"receivedOn\": \"" + on + "\", \"how\": \"" + how + "\", \"views\": \"" + words + "\""
                + ", \"childAttending\": false"
                + (advocate == null ? "" : ", \"advocateName\": \"" + advocate + "\"")
                + (met == null ? "" : ", \"advocateMetOn\": \"" + met + "\"") + "}";
    }

    @Test
    void theChildsViewsReachTheChairAndTheRecordWhenTheChildDoesNotCome() throws Exception {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ivy", "Voice",
                LocalDate.of(2014, 4, 4).plusDays(children++), Gender.FEMALE, null, "English"), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(CONFERENCE_DAY, TestStaff.CHAIR));
        setToday(LocalDate.of(2026, 12, 15));
        String path = path(ref);
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(views("2026-12-15", "MY_CONFERENCE_PACK", "I like it when Dad walks me to school.",
                                "Priya Shah", "2026-12-14"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.how").value("MY_CONFERENCE_PACK"))
                .andExpect(jsonPath("$.childAttending").value(false));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(views("2026-12-15", "THROUGH_ADVOCATE", "She wants the shouting to stop.", null, null))))
                .andExpect(status().isCreated());

        // Refused in words, nothing kept.
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(views("2026-12-16", "MY_CONFERENCE_PACK", "Tomorrow.", null, null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.receivedOn").value("must not be in the future"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(views("2026-12-15", "MY_CONFERENCE_PACK", "Met.", null, "2026-12-14"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.advocateName").value("name the advocate who met the child"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receivedOn\": \"2026-12-15\", \"how\": \"A_SONG\", \"views\": \"\"}")))
                .andExpect(status().isBadRequest());
        mvc.perform(signedIn(TestStaff.CHAIR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(views("2026-12-15", "OTHER", "Not the Chair's to record.", null, null))))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + ref + "/conferences/999999/child-views")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(views("2026-12-15", "OTHER", "No such conference.", null, null))))
                .andExpect(status().isNotFound());
        mvc.perform(signedIn(TestStaff.CHAIR, get(path)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));

        ConferenceWalk.prepare(this, ref);
        setToday(CONFERENCE_DAY);
        String summary = tasks.getVariable(task(ref, "Task_HoldConference").getId(), "childViewsSummary").toString();
        assertThat(summary).contains("**Ivy Voice**, My Conference Pack, Tuesday 15 December 2026",
                "(not coming to the conference)", "met their advocate Priya Shah on Monday 14 December 2026",
                "Dad walks me to school", "told to their advocate", "shouting to stop");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        Document record = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.CONFERENCE_RECORD).findFirst().orElseThrow();
        assertThat(Pdfs.text(record.getContent())).contains("The child's own views, shared at the conference",
                "Ivy Voice, My Conference Pack, Tuesday 15 December 2026", "Priya Shah, who met them on Monday 14",
                "Dad walks me to school", "shouting to stop");

        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(views("2026-12-21", "OTHER", "After the conference.", null, null))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("was held on Monday 21 December 2026")));
    }
}
