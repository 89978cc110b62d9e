package uk.gov.childprotection.documents;

import static uk.gov.childprotection.support.TestStaff.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.plan.ChildProtectionPlanRepository;
import uk.gov.childprotection.plan.PlanInForceService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.PlanWalk;
import uk.gov.childprotection.support.PlanWalk.Action;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The core group minutes with the SMART plan, written by the plan process after each meeting: what the family
 * and the professionals read, in large print when a parent asked, and linked from the next meeting's form.
 */
@AutoConfigureMockMvc
class CoreGroupMinutesDocumentIT extends ProcessTestSupport {

    /** Monday 21 December 2026: the first core group is due by Thursday 7 January 2027. */
    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);
    private static final String ATTENDEES = "Sam Worker (lead social worker)\nAlex Example (mother)\nMrs P Green (school)";
    private static final String MEASURE_PROGRAMME = "The programme worker confirms every session attended.";
    private static final String MEASURE_SCHOOL = "Attendance stays above 95% every half term.";

    @Autowired ChildCaseService cases;
    @Autowired ChildProtectionPlanRepository plans;
    @Autowired PlanInForceService planInForce;
    @Autowired DocumentService documents;
    @Autowired MockMvc mvc;

    private static int children;

    private String caseWithPlan(boolean largePrint) {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Mali", "Minutes",
                LocalDate.of(2017, 6, 2).plusDays(children++), Gender.FEMALE, null, null), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER,
                null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        if (largePrint) {
            PlanWalk.bookAndPrepareWithLargePrint(this, ref, CONFERENCE_DAY);
        } else {
            ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        }
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT",
                "EMOTIONAL_ABUSE"));
        return ref;
    }

    private List<Document> minutes(String ref, boolean largePrint) {
        return documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.CORE_GROUP_MINUTES && d.isLargePrint() == largePrint)
                .toList();
    }

    @Test
    void eachMeetingsMinutesSetOutTheSmartPlanWithItsProgressAndTheNextMeetingLinksToThem() throws Exception {
        String ref = caseWithPlan(false);
        assertThat(tasks.getVariablesLocal(task(ref, "Task_HoldCoreGroupMeeting").getId()))
                .as("the first meeting has no minutes to show").containsEntry("lastMinutesLink", "");

        LocalDate first = LocalDate.of(2027, 1, 5);
        setToday(first);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", PlanWalk.meeting(first, ATTENDEES,
                "Mother agreed the plan and asked for help with transport to the programme.",
                new Action(null, "Attend the domestic abuse programme every Tuesday", "Mother and father",
                        LocalDate.of(2027, 3, 1), MEASURE_PROGRAMME, "NOT_STARTED"),
                new Action(null, "Check attendance weekly and tell the social worker of any absence", "School",
                        LocalDate.of(2027, 3, 19), MEASURE_SCHOOL, "ON_TRACK")));

        Long planId = plans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId()).get(0).getId();
        Long meetingId = planInForce.meetings(planId).get(0).getId();
        List<Document> written = minutes(ref, false);
        assertThat(written).singleElement().satisfies(d -> {
            assertThat(d.getCreatedByTask()).isEqualTo("Task_WriteCoreGroupMinutes");
            assertThat(d.getMeetingId()).isEqualTo(meetingId);
            assertThat(d.getPlanId()).isEqualTo(planId);
            assertThat(d.getVersion()).isEqualTo(1);
        });
        assertThat(minutes(ref, true)).as("no parent asked for large print").isEmpty();
        Document firstMinutes = written.get(0);
        Pdfs.assertAccessible(firstMinutes.getContent(), DocumentType.CORE_GROUP_MINUTES.title());
        String text = Pdfs.text(firstMinutes.getContent());
        assertThat(text).contains(DocumentType.CORE_GROUP_MINUTES.title(), ref, "Mali Minutes",
                "held on Tuesday 5 January 2027", "This was the first core group meeting after the conference",
                "Sam Worker (lead social worker) Alex Example (mother) Mrs P Green (school)",
                "Mother agreed the plan and asked for help with transport to the programme.",
                "Category of the plan: Neglect, Emotional abuse.",
                "The lead social worker is Sam Worker. The next review conference will be held by Friday 19 March 2027.",
                "Action 1", "What will be done: Attend the domestic abuse programme every Tuesday",
                "Who will do it: Mother and father", "By when: Monday 1 March 2027",
                "How everyone will know it worked: " + MEASURE_PROGRAMME, "Progress at this meeting: Not started",
                "Action 2", "Who will do it: School", "By when: Friday 19 March 2027",
                "How everyone will know it worked: " + MEASURE_SCHOOL, "Progress at this meeting: On track",
                "The core group will meet again by Tuesday 16 February 2027.",
                "Confidential.", "another language or format", "From: Sam Worker, social worker");

        // The next meeting's form links to these minutes.
        String link = (String) tasks.getVariablesLocal(task(ref, "Task_HoldCoreGroupMeeting").getId())
                .get("lastMinutesLink");
        assertThat(link).isEqualTo("[Minutes of the last core group meeting, Tuesday 5 January 2027, version 1 (PDF)]"
                + "(/api/documents/" + firstMinutes.getId() + ")");
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get(link.substring(link.indexOf("](") + 2, link.length() - 1))))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", firstMinutes.getSha256()));

        LocalDate second = LocalDate.of(2027, 2, 15);
        setToday(second);
        var actions = planInForce.actions(planId);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", PlanWalk.meeting(second, ATTENDEES, "",
                new Action(actions.get(0).getId(), "Attend the domestic abuse programme every Tuesday",
                        "Mother and father", LocalDate.of(2027, 3, 1), MEASURE_PROGRAMME, "OFF_TRACK"),
                new Action(null, "Register with a GP", "Mother", LocalDate.of(2027, 3, 5),
                        "The GP practice confirms the registration.", "DONE")));

        List<Document> both = minutes(ref, false);
        assertThat(both).hasSize(2);
        Document secondMinutes = both.stream().filter(d -> !d.getId().equals(firstMinutes.getId())).findFirst()
                .orElseThrow();
        assertThat(secondMinutes.getVersion()).as("versions count per meeting").isEqualTo(1);
        String later = Pdfs.text(secondMinutes.getContent());
        assertThat(later).contains("held on Monday 15 February 2027",
                "What will be done: Attend the domestic abuse programme every Tuesday",
                "Progress at this meeting: Off track",
                "What will be done: Check attendance weekly and tell the social worker of any absence",
                "Progress at this meeting: Not discussed at this meeting (last recorded: On track)",
                "Action 3", "What will be done: Register with a GP", "By when: Friday 5 March 2027",
                "How everyone will know it worked: The GP practice confirms the registration.",
                "Progress at this meeting: Done",
                // Six weeks on is Easter Monday 29 March, and Good Friday is a bank holiday too.
                "The core group will meet again by Thursday 25 March 2027.")
                .doesNotContain("This was the first core group meeting", "What was said");
        assertThat(Pdfs.text(firstMinutes.getContent())).as("the first minutes stay as they were")
                .doesNotContain("Register with a GP");
        assertThat((String) tasks.getVariablesLocal(task(ref, "Task_HoldCoreGroupMeeting").getId())
                .get("lastMinutesLink")).contains("Monday 15 February 2027", "/api/documents/" + secondMinutes.getId());
    }

    private static String firstPageText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(document);
        }
    }

    @Test
    void aParentWhoAskedForLargePrintGetsTheMinutesInLargePrintToo() throws Exception {
        String ref = caseWithPlan(true);
        LocalDate first = LocalDate.of(2027, 1, 6);
        setToday(first);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", PlanWalk.meeting(first, ATTENDEES, null,
                new Action(null, "Keep a safe sleeping routine", "Mother", LocalDate.of(2027, 2, 1),
                        "The health visitor sees the cot set up at each visit.", "ON_TRACK")));

        assertThat(minutes(ref, false)).hasSize(1);
        assertThat(minutes(ref, true)).singleElement().satisfies(large -> {
            assertThat(large.getCreatedByTask()).isEqualTo("Task_WriteCoreGroupMinutes");
            assertThat(large.getVersion()).isEqualTo(1);
            Pdfs.assertAccessible(large.getContent(), DocumentType.CORE_GROUP_MINUTES.title());
            assertThat(Pdfs.text(large.getContent())).contains("Mali Minutes", "held on Wednesday 6 January 2027",
                    "What will be done: Keep a safe sleeping routine", "Progress at this meeting: On track");
            assertThat(firstPageText(large.getContent()).length()).as("16pt: less on the first page")
                    .isLessThan(firstPageText(minutes(ref, false).get(0).getContent()).length());
        });
    }
}
