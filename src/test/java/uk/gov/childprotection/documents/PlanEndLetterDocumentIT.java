package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The letter to the parents when a plan ends, in each way a plan ends (the transfer is in TransferPackDocumentIT):
 * the date and the reason in plain words, what happens next, whom to contact; after a death, brief and kind.
 */
class PlanEndLetterDocumentIT extends ProcessTestSupport {

    /** Monday 21 December 2026; the first review is due by Friday 19 March 2027. */
    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ChildProtectionPlanRepository plans;
    @Autowired PlanEndingService endings;
    @Autowired DocumentService documents;

    /** A plan made on 21 December 2026 for Nell Letters (each test's Nell has her own date of birth). */
    private String caseWithPlan(LocalDate born, boolean largePrint) {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Nell", "Letters",
                born, Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.HEALTH,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        if (largePrint) {
            PlanWalk.bookAndPrepareWithLargePrint(this, ref, CONFERENCE_DAY);
        } else {
            ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        }
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        return ref;
    }

    /**
     * A quorate first review on Wednesday 17 March 2027 that ends the plan, with the Chair's reason; the parents
     * invited to it are the ones the letter is for (and whether one of them asked for large print).
     */
    private void reviewEnds(String ref, String decision, boolean largePrint) {
        setToday(LocalDate.of(2027, 3, 8));
        LocalDate review = LocalDate.of(2027, 3, 17);
        if (largePrint) {
            PlanWalk.bookAndPrepareWithLargePrint(this, ref, review);
        } else {
            ConferenceWalk.bookAndPrepare(this, ref, review);
        }
        setToday(review);
        Map<String, Object> record = conferenceRecord(review, decision, null, null);
        record.put("endPlanReason", "The family has worked well with the plan; the risk has reduced.");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", record);
    }

    private Map<String, Object> decision(LocalDate on) {
        Map<String, Object> form = new HashMap<>();
        form.put("decisionDate", on.toString());
        form.put("agenciesConsulted", "Police, GP and school agreed the plan should end.");
        return form;
    }

    private List<Document> letters(String ref, boolean largePrint) {
        return documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.PLAN_END_LETTER && d.isLargePrint() == largePrint)
                .toList();
    }

    /** The one standard print letter, checked for what every letter has; its text. */
    private String theLetter(String ref, String task) {
        Long planId = plans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId()).get(0).getId();
        Document letter = letters(ref, false).get(0);
        assertThat(letters(ref, false)).hasSize(1);
        assertThat(letter.getCreatedByTask()).isEqualTo(task);
        assertThat(letter.getPlanId()).isEqualTo(planId);
        assertThat(letter.getMeetingId()).isNull();
        Pdfs.assertAccessible(letter.getContent(), DocumentType.PLAN_END_LETTER.title());
        String text = Pdfs.text(letter.getContent());
        assertThat(text).contains(DocumentType.PLAN_END_LETTER.title(), "Case: " + ref, "Nell Letters",
                "Dear Alex Example and Jordan Example,", "Who to contact", "Sam Worker, Nell’s social worker",
                "Tess Manager, team manager", "Confidential.", "another language or format");
        return text;
    }

    @Test
    void aReviewThatStepsDownTellsTheParentsAboutTheChildInNeedPlanInLargePrintToo() {
        String ref = caseWithPlan(LocalDate.of(2016, 2, 3), true);
        reviewEnds(ref, "CHILD_IN_NEED", true);

        String text = theLetter(ref, "Task_WritePlanEndLetterAtReview");
        assertThat(text).contains("Date: Wednesday 17 March 2027", "From: Chris Chair, Child Protection Chair",
                "The plan has ended",
                "The review child protection conference on Wednesday 17 March 2027 decided that Nell no longer "
                        + "needs a child protection plan.",
                "Nell is no longer at continuing risk of significant harm.",
                "The plan ended on Wednesday 17 March 2027, the day of the conference.",
                "Thank you for all you have done",
                "What happens next", "Nell will now have a Child in Need plan instead.",
                "Your social worker, Sam Worker, will keep working with you",
                "Yours sincerely, Chris Chair Child Protection Chair")
                .doesNotContain("closed", "sympathy");
        assertThat(letters(ref, true)).as("a parent asked for large print").singleElement().satisfies(large -> {
            assertThat(large.getCreatedByTask()).isEqualTo("Task_WritePlanEndLetterAtReview");
            Pdfs.assertAccessible(large.getContent(), DocumentType.PLAN_END_LETTER.title());
            assertThat(Pdfs.text(large.getContent())).contains("Nell will now have a Child in Need plan instead.");
        });
    }

    @Test
    void aReviewThatEndsWithNoFurtherActionSaysTheCaseIsClosedAndWhoIsStillThere() {
        String ref = caseWithPlan(LocalDate.of(2016, 4, 5), false);
        reviewEnds(ref, "NO_FURTHER_ACTION", false);

        String text = theLetter(ref, "Task_WritePlanEndLetterAtReview");
        assertThat(text).contains("The plan ended on Wednesday 17 March 2027, the day of the conference.",
                "Children’s social care does not need to stay involved, so we have closed Nell’s case.",
                "such as Nell’s school, GP or health visitor",
                "If you are worried about Nell in the future, or would like some help, please contact us.")
                .doesNotContain("Child in Need");
        assertThat(letters(ref, true)).as("nobody asked for large print").isEmpty();
    }

    @Test
    void afterAChildsDeathTheLetterIsBriefAndKindWithNothingAboutSupportPlans() {
        String ref = caseWithPlan(LocalDate.of(2020, 2, 3), false);
        LocalDate died = LocalDate.of(2027, 1, 12);
        setToday(died.plusDays(1));
        endings.report(ref, CaseEvent.Kind.CHILD_DIED, died, "Hospital notified the social worker.",
                TestStaff.SOCIAL_WORKER);
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(died.plusDays(1)));

        String text = theLetter(ref, "Task_WritePlanEndLetterAfterDecision");
        assertThat(text).contains("From: Tess Manager, team manager", "We are very sorry that Nell has died.",
                "We are writing to let you know that Nell’s child protection plan ended on Tuesday 12 January 2027. "
                        + "You do not need to do anything.",
                "If you would like to talk to someone, now or at any time, please contact one of the people below.",
                "With our deepest sympathy, Tess Manager team manager")
                .doesNotContain("What happens next", "Child in Need", "support", "closed", "Thank you",
                        "significant harm", "Yours sincerely", "The plan has ended");
        assertThat(Pdfs.pages(letters(ref, false).get(0).getContent())).as("brief").isEqualTo(1);
    }

    @Test
    void leavingTheUkIsExplainedWithTheManagersDecision() {
        String ref = caseWithPlan(LocalDate.of(2018, 8, 9), false);
        LocalDate left = LocalDate.of(2027, 2, 1);
        setToday(left.plusDays(2));
        endings.report(ref, CaseEvent.Kind.LEFT_UK, left, "The family emigrated to Canada.", TestStaff.SOCIAL_WORKER);
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(left.plusDays(2)));

        String text = theLetter(ref, "Task_WritePlanEndLetterAfterDecision");
        assertThat(text).contains("Date: Wednesday 3 February 2027",
                "We were told that Nell has left the UK to live abroad permanently.",
                "so the plan ended on Monday 1 February 2027, the day Nell left.",
                "Tess Manager, team manager, made this decision on Wednesday 3 February 2027, after talking with the "
                        + "agencies who worked with your family.",
                "What happens next", "We have closed Nell’s case. If you come back to live in the UK",
                "Yours sincerely, Tess Manager team manager")
                .doesNotContain("Child in Need", "sympathy");
    }

    @Test
    void theEighteenthBirthdayEndsThePlanBecausePlansAreForChildren() {
        LocalDate born = LocalDate.of(2009, 3, 11);
        String ref = caseWithPlan(born, false);
        setToday(LocalDate.of(2027, 1, 28));
        fireDueTimers(ref);
        assertThat(task(ref, "Task_ArrangeReviewBeforeEighteen")).as("six weeks before the birthday").isNotNull();
        LocalDate eighteen = LocalDate.of(2027, 3, 11);
        setToday(eighteen);
        fireDueTimers(ref);
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(eighteen));

        String text = theLetter(ref, "Task_WritePlanEndLetterAfterDecision");
        assertThat(text).contains("Date: Thursday 11 March 2027",
                "Child protection plans are for children, so the plan ended on Thursday 11 March 2027, Nell’s 18th "
                        + "birthday.",
                "Tess Manager, team manager, made this decision on Thursday 11 March 2027",
                "Nell is now an adult.", "what help there is for young adults")
                .doesNotContain("Child in Need", "sympathy");
    }
}
