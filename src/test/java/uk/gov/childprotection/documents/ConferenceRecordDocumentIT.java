package uk.gov.childprotection.documents;

import static uk.gov.childprotection.support.TestStaff.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.reportShared;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return heldConference(ref, Map.of(), Map.of());
    }

    /** A plan conference on Monday 21 December 2026, with changes to the usual invitations and record. */
    private Long heldConference(String ref, Map<String, Object> invitationChanges, Map<String, Object> recordChanges) {
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate day = LocalDate.of(2026, 12, 21);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(day, TestStaff.CHAIR));
        Map<String, Object> invitations = new HashMap<>(invitations("POLICE", "SCHOOL", "GP"));
        invitations.putAll(invitationChanges);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invitations);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportShared(today()));
        complete(TestStaff.CHAIR, ref, "Task_ContactParents", chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));
        setToday(day);
        Map<String, Object> record = new HashMap<>(conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT", "EMOTIONAL_ABUSE"));
        record.putAll(recordChanges);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", record);
        return conferences.ofCase(cases.get(ref).getId()).get(0).getId();
    }

    private List<Document> ofType(String ref, DocumentType type) {
        return documents.ofCase(cases.get(ref).getId()).stream().filter(d -> d.getDocumentType() == type).toList();
    }

    private static int children;

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

        // The conference process wrote them, asynchronously, once the Chair recorded the decision: the record,
        // a decision letter to each parent, and a letter asking each parent and the child for feedback (seed
        // 003); nobody asked for large print and nothing was confidential. (The
        // invitation letters and report requests written before the conference are the case's other documents.)
        assertThat(documents.ofCase(cases.get(ref).getId()))
                .filteredOn(d -> "Task_WriteConferenceRecord".equals(d.getCreatedByTask()))
                .extracting(Document::getDocumentType)
                .containsExactlyInAnyOrder(DocumentType.CONFERENCE_RECORD, DocumentType.DECISION_LETTER,
                        DocumentType.DECISION_LETTER, DocumentType.FEEDBACK_REQUEST, DocumentType.FEEDBACK_REQUEST,
                        DocumentType.FEEDBACK_REQUEST);
        assertThat(documents.ofCase(cases.get(ref).getId())).noneMatch(Document::isLargePrint);
        Document record = ofType(ref, DocumentType.CONFERENCE_RECORD).get(0);

        String text = Pdfs.text(record.getContent());
        assertThat(text).contains(ref, "Ffion Jones", "21 December 2026", "Child Protection Plan",
                "Neglect, Emotional abuse", "19 March 2027", "shouting to stop", "Mother 6",
                "The lead social worker is Sam Worker", "Confidential.",
                "must not be shared with anyone else without the permission",
                "another language or format", "Chris Chair", "within 5 working days of receiving it",
                "by Monday 18 January 2027");
        assertThat(text).doesNotContain("Confidential part (left out");
        Pdfs.assertAccessible(record.getContent(), DocumentType.CONFERENCE_RECORD.title());
        assertThat(record.getVersion()).isEqualTo(1);
        assertThat(record.getSha256()).isEqualTo(DocumentService.sha256(record.getContent())).hasSize(64);
        assertThat(record.getCreatedByTask()).isEqualTo("Task_WriteConferenceRecord");

        Document letter = ofType(ref, DocumentType.DECISION_LETTER).stream()
                .filter(d -> Pdfs.text(d.getContent()).contains("Dear Alex Example")).findFirst().orElseThrow();
        Pdfs.assertAccessible(letter.getContent(), DocumentType.DECISION_LETTER.title());
        assertThat(Pdfs.text(letter.getContent())).contains(ref, "Ffion Jones",
                "Ffion will have a child protection plan", "risk of significant harm from neglect and emotional abuse",
                "The lead social worker is Sam Worker", "within 10 working days",
                "A review conference will be held by Friday 19 March 2027", "within 5 working days of getting it",
                "by Monday 18 January 2027", "Chris Chair, Child Protection Chair", "must not be shared");
        assertThat(letter.getParticipantId()).as("addressed to the parent").isNotNull();
    }

    @Test
    void parentsAskedToLeaveGetTheRecordWithoutTheConfidentialPartAndLargePrintGoesToWhoAskedForIt() {
        String ref = newCase();
        Long conferenceId = heldConference(ref, Map.of("parent1LargePrint", true), Map.of(
                "confidentialPart", true,
                "confidentialPartReason", "The police shared information about an ongoing investigation.",
                "confidentialPartSummary", "DS Khan described the stage of the criminal investigation."));

        Document full = ofType(ref, DocumentType.CONFERENCE_RECORD).stream().filter(d -> !d.isLargePrint())
                .findFirst().orElseThrow();
        assertThat(Pdfs.text(full.getContent())).contains("Confidential part (left out of the parents' copy)",
                "DS Khan described the stage of the criminal investigation",
                "The police shared information about an ongoing investigation");

        List<Document> openPart = ofType(ref, DocumentType.CONFERENCE_RECORD_OPEN_PART);
        assertThat(openPart).extracting(Document::isLargePrint).containsExactlyInAnyOrder(false, true);
        for (Document copy : openPart) {
            String text = Pdfs.text(copy.getContent());
            assertThat(text).contains("Ffion Jones", "Neglect, Emotional abuse",
                    "What was said in that part is not in this copy of the record")
                    .doesNotContain("DS Khan", "ongoing investigation");
            Pdfs.assertAccessible(copy.getContent(), DocumentType.CONFERENCE_RECORD_OPEN_PART.title());
        }
        Document standard = openPart.stream().filter(d -> !d.isLargePrint()).findFirst().orElseThrow();
        Document large = openPart.stream().filter(Document::isLargePrint).findFirst().orElseThrow();
        assertThat(Pdfs.pages(large.getContent())).as("large print takes more pages")
                .isGreaterThan(Pdfs.pages(standard.getContent()));

        // Only Alex asked for large print: one large print letter, for Alex.
        List<Document> letters = ofType(ref, DocumentType.DECISION_LETTER);
        assertThat(letters).hasSize(3);
        Document largeLetter = letters.stream().filter(Document::isLargePrint).findFirst().orElseThrow();
        assertThat(Pdfs.text(largeLetter.getContent())).contains("Dear Alex Example", "not in your copy");
        assertThat(conferences.participants(conferenceId)).filteredOn(p -> p.getId().equals(largeLetter.getParticipantId()))
                .extracting(p -> p.getName()).containsExactly("Alex Example");
    }

    @Test
    void aReviewRecordSaysThePlanContinuesUnderItsNewCategory() {
        String ref = newCase();
        heldConference(ref);
        postCopies(ref);
        LocalDate review = LocalDate.of(2027, 3, 15);
        ConferenceWalk.bookAndPrepare(this, ref, review);
        setToday(review);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(review, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 9, 13), "PHYSICAL_ABUSE"));
        Long reviewId = conferences.ofCase(cases.get(ref).getId()).get(1).getId();

        Document record = ofType(ref, DocumentType.CONFERENCE_RECORD).stream()
                .filter(d -> reviewId.equals(d.getConferenceId())).findFirst().orElseThrow();
        assertThat(record.getVersion()).as("the review's own record, version 1").isEqualTo(1);
        assertThat(Pdfs.text(record.getContent())).contains("review child protection conference",
                "held on Monday 15 March 2027", "Physical abuse", "13 September 2027",
                "The core group keeps working on the plan")
                .doesNotContain("meets within 10 working days");
        Document letter = ofType(ref, DocumentType.DECISION_LETTER).stream()
                .filter(d -> reviewId.equals(d.getConferenceId())).findFirst().orElseThrow();
        assertThat(Pdfs.text(letter.getContent())).contains("Ffion will stay on a child protection plan",
                "under the category of physical abuse", "next review conference will be held by Monday 13 September 2027");
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
        List<Document> stored = ofType(ref, DocumentType.CONFERENCE_RECORD);
        assertThat(stored).extracting(Document::getVersion).containsExactlyInAnyOrder(1, 2, 3, 1);
        int others = documents.ofCase(cases.get(ref).getId()).size() - stored.size();
        assertThat(others).as("3 invitations to the family, 5 to agencies, 3 report requests, 2 decision letters, "
                + "3 feedback letters").isEqualTo(16);
        assertThat(documents.get(first.getId()).getContent()).isNotEmpty();

        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/" + ref + "/documents")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type == 'CONFERENCE_RECORD')].version",
                        org.hamcrest.Matchers.containsInAnyOrder(1, 2, 3, 1)))
                .andExpect(jsonPath("$[?(@.type == 'DECISION_LETTER')]", org.hamcrest.Matchers.hasSize(2)));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/documents/" + second.getId())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("X-Content-SHA256", second.getSha256()))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString(ref + "-conference-record-v3.pdf")));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/documents/999999"))).andExpect(status().isNotFound());
    }
}
