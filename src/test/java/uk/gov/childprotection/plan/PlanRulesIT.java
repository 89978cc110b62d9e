package uk.gov.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/** The rules across a child's plans: previous plans counted, no overlap, a step up closes the Child in Need plan. */
class PlanRulesIT extends ProcessTestSupport {

    private static final LocalDate BORN = LocalDate.of(2017, 4, 4);

    @Autowired ChildCaseService cases;
    @Autowired ChildProtectionPlanRepository plans;
    @Autowired ChildInNeedPlanRepository childInNeedPlans;
    @Autowired PlanEndingService endings;

    /** Refers the same child again (same names and date of birth), strategy discussion on the given day. */
    private String refer(String given, LocalDate strategyDay) {
        setToday(strategyDay);
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(given, "Repeat", BORN, Gender.MALE, null,
                null), strategyDay, ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER,
                TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private void conferenceDecides(String ref, LocalDate strategyDay, LocalDate day, String decision) {
        ConferenceWalk.toInitialConference(this, ref, strategyDay);
        ConferenceWalk.bookAndPrepare(this, ref, day);
        setToday(day);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(day, decision,
                TestStaff.SOCIAL_WORKER, day.plusMonths(3).minusDays(2), "NEGLECT"));
    }

    @Test
    void aChildsPreviousPlansAreCountedAndAStepUpClosesTheirChildInNeedPlanTheSameDay() {
        LocalDate first = LocalDate.of(2026, 6, 1);
        String earlier = refer("Cal", first);
        conferenceDecides(earlier, first, LocalDate.of(2026, 6, 15), "CHILD_PROTECTION_PLAN");
        setToday(LocalDate.of(2026, 7, 1));
        endings.report(earlier, CaseEvent.Kind.LEFT_UK, LocalDate.of(2026, 7, 1), "Moved to Spain", null);
        Map<String, Object> decision = Map.of("decisionDate", "2026-07-01", "agenciesConsulted", "All agencies");
        complete(TestStaff.TEAM_MANAGER, earlier, "Task_RecordPlanEndDecision", new java.util.HashMap<>(decision));

        LocalDate back = LocalDate.of(2026, 10, 5);
        String later = refer("CAL", back);
        conferenceDecides(later, back, LocalDate.of(2026, 10, 19), "CHILD_IN_NEED");
        ChildInNeedPlan childInNeed = childInNeedPlans.findByCaseIdOrderByStartDateAsc(cases.get(later).getId()).get(0);
        assertThat(childInNeed.isOpen()).isTrue();

        String again = refer("Cal", STRATEGY_DAY);
        conferenceDecides(again, STRATEGY_DAY, LocalDate.of(2026, 12, 21), "CHILD_PROTECTION_PLAN");

        Long childId = cases.get(again).getChild().getId();
        assertThat(cases.get(earlier).getChild().getId()).as("the same child").isEqualTo(childId);
        List<ChildProtectionPlan> childsPlans = plans.findByChildIdOrderByStartDateAsc(childId);
        assertThat(childsPlans).hasSize(2);
        assertThat(childsPlans.get(1).getNumberOfPreviousPlans()).isEqualTo(1);
        ChildInNeedPlan steppedUp = childInNeedPlans.findById(childInNeed.getId()).orElseThrow();
        assertThat(steppedUp.getEndDate()).as("closed the day the plan starts").isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(steppedUp.getEndReason()).isEqualTo(PlanService.STEPPED_UP);
    }

    @Test
    void twoChildProtectionPlansNeverOverlap() {
        LocalDate first = LocalDate.of(2026, 9, 1);
        String open = refer("Dee", first);
        conferenceDecides(open, first, LocalDate.of(2026, 9, 15), "CHILD_PROTECTION_PLAN");

        String second = refer("Dee", STRATEGY_DAY);
        assertThatThrownBy(() -> conferenceDecides(second, STRATEGY_DAY, LocalDate.of(2026, 12, 21),
                "CHILD_PROTECTION_PLAN"))
                // Refused in the Chair's form, before anything is written.
                .hasMessageContaining("conferenceDecision: the child already has a Child Protection Plan open since "
                        + "Tuesday 15 September 2026");
        assertThat(plans.findByChildIdOrderByStartDateAsc(cases.get(open).getChild().getId())).hasSize(1);
    }
}
