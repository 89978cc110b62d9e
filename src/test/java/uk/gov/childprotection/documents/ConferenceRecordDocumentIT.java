package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/** The conference record as a PDF a family can read: its words, its accessibility, its versions, its download. */
@AutoConfigureMockMvc
class ConferenceRecordDocumentIT extends ProcessTestSupport {

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired ConferenceRecordDocuments records;
    @Autowired DocumentService documents;
    @Autowired MockMvc mvc;

    private Long heldConference(String ref) {
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate day = LocalDate.of(2026, 12, 21);
        ConferenceWalk.bookAndPrepare(this, ref, day);
        setToday(day);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT", "EMOTIONAL_ABUSE"));
        return conferences.ofCase(cases.get(ref).getId()).get(0).getId();
    }

    private static int children;

    private List<Document> records(String ref) {
        return documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.CONFERENCE_RECORD).toList();
    }

    private String newCase() {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ffion", "Jones",
                LocalDate.of(2016, 5, 4).plusDays(children++),
                Gender.FEMALE, null, "Welsh"), STRATEGY_DAY, ReferralSource.SCHOOL, "Concerns", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    @Test
    void theRecordSaysWhatTheConferenceDecidedInATaggedTitledPdfWithEmbeddedFonts() {
        String ref = newCase();
        heldConference(ref);

        // The conference process wrote it, asynchronously, once the Chair recorded the decision (the invitation
        // letters and report requests it wrote before the conference are the case's other documents).
        List<Document> records = records(ref);
        assertThat(records).as("no large print asked for").hasSize(1);
        Document record = records.get(0);
        assertThat(documents.ofCase(cases.get(ref).getId()).get(0).getId()).as("listed first")
                .isEqualTo(record.getId());

        String text = Pdfs.text(record.getContent());
        assertThat(text).contains(ref, "Ffion Jones", "21 December 2026", "Child Protection Plan",
                "Neglect, Emotional abuse", "19 March 2027", "shouting to stop", "Mother 6",
                "The lead social worker is Sam Worker", "Confidential.",
                "must not be shared with anyone else without the permission",
                "another language or format", "Chris Chair");
        Pdfs.assertAccessible(record.getContent(), DocumentType.CONFERENCE_RECORD.title());
        assertThat(Pdfs.text(record.getContent())).contains(DocumentType.CONFERENCE_RECORD.title());
        assertThat(record.getVersion()).isEqualTo(1);
        assertThat(record.getSha256()).isEqualTo(DocumentService.sha256(record.getContent())).hasSize(64);
        assertThat(record.getCreatedByTask()).isEqualTo("Task_WriteConferenceRecord");
        assertThat(documents.ofCase(cases.get(ref).getId())).as("no large print asked for")
                .noneMatch(Document::isLargePrint);
    }

    @Test
    void writingAgainMakesVersionTwoAndKeepsOneButTheSameRequestTwiceStoresOnce() throws Exception {
        String ref = newCase();
        Long conferenceId = heldConference(ref);

        // Version 1 is the one the process wrote.
        Document first = records.write(conferenceId, false, "request-" + conferenceId + "-a", "Task_WriteRecord");
        Document retried = records.write(conferenceId, false, "request-" + conferenceId + "-a", "Task_WriteRecord");
        Document second = records.write(conferenceId, false, "request-" + conferenceId + "-b", "Task_WriteRecord");
        Document largePrint = records.write(conferenceId, true, "request-" + conferenceId + "-lp", "Task_WriteRecord");

        assertThat(retried.getId()).as("a retried job finds its document").isEqualTo(first.getId());
        assertThat(first.getVersion()).isEqualTo(2);
        assertThat(second.getVersion()).isEqualTo(3);
        assertThat(largePrint.getVersion()).as("large print versions count on their own").isEqualTo(1);
        List<Document> stored = records(ref);
        assertThat(stored).extracting(Document::getVersion).containsExactlyInAnyOrder(1, 2, 3, 1);
        int letters = documents.ofCase(cases.get(ref).getId()).size() - stored.size();
        assertThat(letters).as("3 invitations to the family, 5 to agencies, 3 report requests").isEqualTo(11);
        assertThat(documents.get(first.getId()).getContent()).isNotEmpty();

        mvc.perform(get("/api/cases/" + ref + "/documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4 + 11))
                .andExpect(jsonPath("$[?(@.type == 'CONFERENCE_RECORD')]", org.hamcrest.Matchers.hasSize(4)))
                .andExpect(jsonPath("$[0].type").value("CONFERENCE_RECORD"));
        mvc.perform(get("/api/documents/" + second.getId()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("X-Content-SHA256", second.getSha256()))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString(ref + "-conference-record-v3.pdf")));
        mvc.perform(get("/api/documents/999999")).andExpect(status().isNotFound());
    }
}
