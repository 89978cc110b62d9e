package uk.gov.childprotection.documents;

import static uk.gov.childprotection.support.TestStaff.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.plan.CaseEvent;
import uk.gov.childprotection.plan.ChildProtectionPlanRepository;
import uk.gov.childprotection.plan.PlanEndingService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.PlanWalk;
import uk.gov.childprotection.support.PlanWalk.Action;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The transfer pack for the council a family moved to: written when the move is reported, linked from the
 * administrator's "Send transfer pack" form, and the plan-end letter once that council's conference is held.
 */
@AutoConfigureMockMvc
class TransferPackDocumentIT extends ProcessTestSupport {

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ChildProtectionPlanRepository plans;
    @Autowired PlanEndingService endings;
    @Autowired DocumentService documents;
    @Autowired MockMvc mvc;

    private List<Document> ofType(String ref, DocumentType type) {
        return documents.ofCase(cases.get(ref).getId()).stream().filter(d -> d.getDocumentType() == type).toList();
    }

    @Test
    void thePackTellsTheReceivingCouncilWhatItNeedsAndTheLetterSaysWhenThePlanEndedHere() throws Exception {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Tobi", "Transfer",
                LocalDate.of(2015, 5, 6), Gender.MALE, "12 Mill Lane, Oxford OX4 2AB", "English"), STRATEGY_DAY,
                ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER,
                null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));

        LocalDate firstVisit = LocalDate.of(2027, 1, 4);
        setToday(firstVisit);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit",
                PlanWalk.visit(firstVisit, true, true, "The home was cold; the heating is broken.", null));
        LocalDate meeting = LocalDate.of(2027, 1, 5);
        setToday(meeting);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", PlanWalk.meeting(meeting,
                "Sam Worker, Alex Example, Mrs P Green", "Plan agreed.",
                new Action(null, "Get the heating repaired", "Housing officer", LocalDate.of(2027, 1, 29),
                        "The home is warm at every visit.", "ON_TRACK"),
                new Action(null, "Take Tobi to every dental appointment", "Mother", LocalDate.of(2027, 3, 31),
                        "The dentist confirms the treatment is complete.", "NOT_STARTED")));
        LocalDate secondVisit = LocalDate.of(2027, 1, 15);
        setToday(secondVisit);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit",
                PlanWalk.visit(secondVisit, false, false, "", "Nobody answered the door."));

        // The first review continues the plan under another category.
        setToday(LocalDate.of(2027, 3, 8));
        LocalDate review = LocalDate.of(2027, 3, 17);
        ConferenceWalk.bookAndPrepare(this, ref, review);
        setToday(review);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(review, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 9, 15), "EMOTIONAL_ABUSE"));

        LocalDate told = LocalDate.of(2027, 3, 22);
        setToday(told);
        endings.report(ref, CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL, told, "Derby City Council",
                TestStaff.SOCIAL_WORKER);
        assertThat(ofType(ref, DocumentType.TRANSFER_PACK)).as("written by a job, not by the report").isEmpty();
        runAsyncJobs(ref);

        Long planId = plans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId()).get(0).getId();
        Document pack = ofType(ref, DocumentType.TRANSFER_PACK).get(0);
        assertThat(ofType(ref, DocumentType.TRANSFER_PACK)).hasSize(1);
        assertThat(pack.getCreatedByTask()).isEqualTo("Task_WriteTransferPack");
        assertThat(pack.getPlanId()).isEqualTo(planId);
        assertThat(pack.isLargePrint()).isFalse();
        Pdfs.assertAccessible(pack.getContent(), DocumentType.TRANSFER_PACK.title());
        String text = Pdfs.text(pack.getContent());
        assertThat(text).contains(DocumentType.TRANSFER_PACK.title(), "Case: " + ref, "Tobi Transfer",
                "From: Tess Manager, team manager", "For: Derby City Council",
                "Told of the move on: Monday 22 March 2027",
                // 15 working days, across Good Friday and Easter Monday 2027
                "within 15 working days of being told of the move: by Wednesday 14 April 2027",
                "Confidential.",
                "Date of birth 6 May 2015", "Gender Male", "Last address known to us 12 Mill Lane, Oxford OX4 2AB",
                "First language English",
                "Case reference " + ref, "Referred on Monday 7 December 2026", "Social worker Sam Worker",
                "Team manager Tess Manager",
                "Plan started on Monday 21 December 2026", "Initial category Neglect (NEG)",
                "Latest category Emotional abuse (EMO)", "Number of previous plans 0",
                "Lead social worker Sam Worker",
                "Conference review child protection conference", "Held on Wednesday 17 March 2027",
                "Chaired by Chris Chair", "Decision Child Protection Plan", "Categories Emotional abuse",
                "Review to be held by Wednesday 15 September 2027",
                "Parents to attend a domestic abuse programme; school to monitor attendance.",
                "Sam Worker Lead social worker", "Alex Example Mother", "Mrs P Green School",
                "Core group meetings held: Tuesday 5 January 2027.",
                "What will be done: Get the heating repaired", "Who will do it: Housing officer",
                "By when: Friday 29 January 2027", "How everyone will know it worked: The home is warm at every visit.",
                "Latest progress: On track (core group meeting on Tuesday 5 January 2027)",
                "What will be done: Take Tobi to every dental appointment",
                "Latest progress: Not started (core group meeting on Tuesday 5 January 2027)",
                "Friday 15 January 2027 No No Yes Not seen: Nobody answered the door.",
                "Monday 4 January 2027 Yes Yes Yes The home was cold; the heating is broken.",
                "Review conferences held: Wednesday 17 March 2027.",
                "The next review conference is due by Wednesday 15 September 2027.",
                "Statutory timescales still open",
                "Statutory visit within 10 working days of the last one: due by Monday 18 January 2027. Overdue.",
                "Core group meeting within the interval after the last one: due by Tuesday 16 February 2027. Overdue.",
                "Review conference by the date the last conference set (3 months after the initial, then 6): due by "
                        + "Wednesday 15 September 2027. Not yet due.");
        assertThat(text.indexOf("Friday 15 January 2027")).as("newest visit first")
                .isLessThan(text.indexOf("Monday 4 January 2027 Yes"));

        // The administrator's form links to the pack.
        var send = task(ref, "Task_SendTransferPack");
        String link = (String) tasks.getVariablesLocal(send.getId()).get("transferPackLink");
        assertThat(link).isEqualTo("[Transfer pack, version 1 (PDF)](/api/documents/" + pack.getId() + ")");
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/documents/" + pack.getId())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", pack.getSha256()))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString(ref + "-transfer-pack-v1.pdf")));
        Map<String, Object> sent = new HashMap<>();
        sent.put("packSentDate", told.toString());
        sent.put("transferNotes", "Sent to the Derby conference team.");
        complete(TestStaff.ADMINISTRATOR, ref, "Task_SendTransferPack", sent);
        assertThat(ofType(ref, DocumentType.PLAN_END_LETTER)).as("the plan stays in force").isEmpty();

        LocalDate held = LocalDate.of(2027, 4, 9);
        setToday(held);
        endings.report(ref, CaseEvent.Kind.TRANSFER_IN_CONFERENCE_HELD, held, "Held by Derby", null);
        runAsyncJobs(ref);

        Document letter = ofType(ref, DocumentType.PLAN_END_LETTER).get(0);
        assertThat(ofType(ref, DocumentType.PLAN_END_LETTER)).hasSize(1);
        assertThat(letter.getCreatedByTask()).isEqualTo("Task_WritePlanEndLetterTransferred");
        assertThat(letter.getPlanId()).isEqualTo(planId);
        Pdfs.assertAccessible(letter.getContent(), DocumentType.PLAN_END_LETTER.title());
        assertThat(Pdfs.text(letter.getContent())).contains("Tobi Transfer", "Date: Friday 9 April 2027",
                "From: Tess Manager, team manager", "Dear Alex Example and Jordan Example,",
                "Your family has moved to live permanently in the area of Derby City Council.",
                "Derby City Council held this conference on Friday 9 April 2027, so the plan here ended on that day.",
                "What happens next",
                "Derby City Council is now responsible for Tobi’s safety and for any plan Tobi needs.",
                "We have closed Tobi’s case here.", "Derby City Council, for Tobi’s plan from now on",
                "Yours sincerely, Tess Manager team manager")
                .doesNotContain("Child in Need", "sympathy");
        postCopies(ref); // the administrator posts the agencies' copies of the conference records
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
    }
}
