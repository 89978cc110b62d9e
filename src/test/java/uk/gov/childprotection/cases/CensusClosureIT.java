package uk.gov.childprotection.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.demo.Submissions.authorisation;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.section47Findings;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The census data of an episode, through the real processes and the case summary: the reason it closes with
 * (RC8 only after the assessment alone) and its ICPC target and date (a transfer-in conference is the ICPC).
 */
class CensusClosureIT extends ProcessTestSupport {

    /** 15 working days after the strategy discussion on Monday 7 December 2026, across Christmas. */
    private static final LocalDate ICPC_TARGET = LocalDate.of(2026, 12, 30);

    @Autowired ChildCaseService cases;
    @Autowired CaseSummaryService summaries;

    private static int children;

    private String refer(String givenName) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(givenName, "Census",
                LocalDate.of(2018, 2, 1).plusDays(children++), Gender.FEMALE, null, null), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Bruising seen at school", List.of(), TestStaff.SOCIAL_WORKER,
                TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private CaseSummary.CensusView census(String ref) {
        return summaries.summarise(ref).census();
    }

    private CaseSummary.DeadlineView icpcDeadline(String ref) {
        return summaries.summarise(ref).deadlines().stream().filter(d -> d.kind().equals("ICPC_HELD"))
                .findFirst().orElseThrow();
    }

    @Test
    void noFurtherActionAfterTheStrategyDiscussionClosesAfterAssessmentWithRc8() {
        String ref = refer("Ada");
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "NO_FURTHER_ACTION"));

        CaseSummary.CensusView census = census(ref);
        assertThat(census.reasonForClosure()).isEqualTo("RC8");
        assertThat(census.reasonForClosureDescription()).isEqualTo("Case closed after assessment, no further action");
        assertThat(census.cinClosureDate()).isEqualTo(STRATEGY_DAY);
        assertThat(census.referralNfa()).isTrue();
        assertThat(census.s47ActualStartDate()).isNull();
        assertThat(census.initialCpcTarget()).isNull();
        assertThat(census.dateOfInitialCpc()).isNull();
    }

    @Test
    void noFurtherActionAfterASection47EnquiryClosesWithRc7AndKeepsTheIcpcTargetNotOverdue() {
        String ref = refer("Bea");
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        LocalDate completed = LocalDate.of(2026, 12, 14);
        setToday(completed);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, completed, "NOT_SUBSTANTIATED"));
        complete(task(ref, "Task_AuthoriseSection47Outcome").getAssignee(), ref, "Task_AuthoriseSection47Outcome",
                authorisation("AUTHORISED", null));

        assertThat(cases.get(ref).getStage()).isEqualTo(CaseStage.CLOSED);
        CaseSummary.CensusView census = census(ref);
        assertThat(census.reasonForClosure()).as("a Section 47 enquiry: not closed after assessment alone")
                .isEqualTo("RC7");
        assertThat(census.s47ActualStartDate()).isEqualTo(STRATEGY_DAY);
        assertThat(census.icpcNotRequired()).isTrue();
        assertThat(census.initialCpcTarget()).as("the ICPC target stays when no ICPC is needed")
                .isEqualTo(ICPC_TARGET);
        assertThat(census.dateOfInitialCpc()).isNull();

        setToday(ICPC_TARGET.plusDays(7));
        CaseSummary.DeadlineView icpc = icpcDeadline(ref);
        assertThat(icpc.dueDate()).isEqualTo(ICPC_TARGET);
        assertThat(icpc.closedDate()).isEqualTo(completed);
        assertThat(icpc.overdue()).as("closed before it was due, never overdue").isFalse();
        assertThat(census(ref).initialCpcTarget()).isEqualTo(ICPC_TARGET);
    }

    @Test
    void noFurtherActionAtTheInitialConferenceClosesWithRc7AndTheConferenceIsTheIcpc() {
        String ref = refer("Cleo");
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate held = LocalDate.of(2026, 12, 18);
        ConferenceWalk.bookAndPrepare(this, ref, held);
        setToday(held);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(held, "NO_FURTHER_ACTION", null, null));

        assertThat(cases.get(ref).getStage()).isEqualTo(CaseStage.CLOSED);
        CaseSummary.CensusView census = census(ref);
        assertThat(census.reasonForClosure()).as("an ICPC was held: RC8 and RC9 are not allowed").isEqualTo("RC7");
        assertThat(census.cinClosureDate()).isEqualTo(held);
        assertThat(census.initialCpcTarget()).isEqualTo(ICPC_TARGET);
        assertThat(census.dateOfInitialCpc()).isEqualTo(held);
        assertThat(census.icpcNotRequired()).isFalse();
        assertThat(icpcDeadline(ref).metDate()).isEqualTo(held);
        assertThat(icpcDeadline(ref).overdue()).isFalse();
    }

    @Test
    void aStepDownAtAReviewLeavesTheEpisodeOpenWithItsIcpcDate() {
        String ref = refer("Dot");
        LocalDate initial = LocalDate.of(2026, 12, 21);
        ConferenceWalk.toPlan(this, ref, STRATEGY_DAY, initial, LocalDate.of(2027, 3, 19));
        postCopies(ref);
        setToday(LocalDate.of(2027, 3, 8));
        LocalDate review = LocalDate.of(2027, 3, 17);
        ConferenceWalk.bookAndPrepare(this, ref, review);
        setToday(review);
        Map<String, Object> stepDown = conferenceRecord(review, "CHILD_IN_NEED", null, null);
        stepDown.put("endPlanReason", "The family has engaged with every action; support as a Child in Need.");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", stepDown);
        postCopies(ref);

        CaseSummary summary = summaries.summarise(ref);
        assertThat(summary.stage()).isEqualTo(CaseStage.CHILD_IN_NEED.name());
        assertThat(summary.childProtectionPlans()).singleElement()
                .satisfies(plan -> assertThat(plan.endDate()).isEqualTo(review));
        assertThat(summary.childInNeedPlans()).singleElement()
                .satisfies(plan -> assertThat(plan.startDate()).isEqualTo(review));
        CaseSummary.CensusView census = summary.census();
        assertThat(census.reasonForClosure()).as("the episode goes on as a Child in Need").isNull();
        assertThat(census.cinClosureDate()).isNull();
        assertThat(census.dateOfInitialCpc()).as("the initial conference, not the review").isEqualTo(initial);
        assertThat(census.initialCpcTarget()).isEqualTo(ICPC_TARGET);
    }

    @Test
    void aPlanStartedAtATransferInConferenceHasThatConferenceAsItsIcpc() {
        LocalDate told = LocalDate.of(2026, 12, 3);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Eve", "Census",
                LocalDate.of(2019, 9, 9).plusDays(children++), Gender.FEMALE, null, null), told,
                ReferralSource.LOCAL_AUTHORITY, "On a Child Protection Plan (neglect) in Derby; the family moved here.",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER,
                new NewReferral.TransferIn("Derby City Council", told))).getReference();
        LocalDate held = LocalDate.of(2026, 12, 22);
        ConferenceWalk.bookAndPrepare(this, ref, held);
        setToday(held);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(held, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));

        CaseSummary summary = summaries.summarise(ref);
        assertThat(summary.childProtectionPlans()).singleElement()
                .satisfies(plan -> assertThat(plan.startDate()).isEqualTo(held));
        CaseSummary.CensusView census = summary.census();
        assertThat(census.dateOfInitialCpc()).as("the transfer-in conference is the episode's ICPC").isEqualTo(held);
        assertThat(census.initialCpcTarget()).as("15 working days after being told, Thursday 3 December 2026")
                .isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(census.s47ActualStartDate()).isNull();
        assertThat(census.reasonForClosure()).isNull();
    }
}
