package uk.gov.childprotection.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.delay;
import static uk.gov.childprotection.demo.Submissions.referral;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.childprotection.plan.ChildInNeedPlanRepository;
import uk.gov.childprotection.plan.ChildProtectionPlanRepository;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/** Every path of child-protection-case, driven through the real diagrams. */
class CaseLifecycleProcessIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process(ChildCaseService.LIFECYCLE_PROCESS);
        }
    }

    @Autowired ChildCaseService cases;
    @Autowired DeadlineService deadlines;
    @Autowired ChildProtectionPlanRepository protectionPlans;
    @Autowired ChildInNeedPlanRepository childInNeedPlans;

    private ProcessInstance startFromTasklist(String givenName) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(ChildCaseService.LIFECYCLE_PROCESS,
                referral(givenName, "Example", LocalDate.of(2016, 3, 1), STRATEGY_DAY.minusDays(3), "DOMESTIC_ABUSE"));
        return instance;
    }

    private ProcessInstance lifecycle(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).singleResult();
    }

    @Test
    void aReferralFromTheStartFormThatNeedsNoFurtherActionClosesTheCase() {
        ProcessInstance instance = startFromTasklist("Nia");
        String ref = instance.getBusinessKey();

        assertThat(ref).startsWith("CP-2026-");
        assertThat(runtime.getVariables(instance.getId())).containsOnlyKeys("caseReference");
        assertThat(instance).isWaitingAt("CallActivity_StrategyDiscussion");

        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "NO_FURTHER_ACTION"));

        assertThat(instance).hasPassed("Task_CloseCase").isEnded();
        ChildProtectionCase closed = cases.get(ref);
        assertThat(closed.getStage()).isEqualTo(CaseStage.CLOSED);
        assertThat(closed.getClosureReason()).isEqualTo(ClosureReason.RC8);
        assertThat(closed.isReferralNfa()).isTrue();
    }

    @Test
    void childInNeedSupportFromTheStrategyDiscussionStartsAChildInNeedPlan() {
        String ref = startFromTasklist("Ola").getBusinessKey();

        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "CHILD_IN_NEED"));

        assertThat(lifecycle(ref)).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_SteppedDown").count()).isPositive();
        ChildProtectionCase aCase = cases.get(ref);
        assertThat(aCase.getStage()).isEqualTo(CaseStage.CHILD_IN_NEED);
        assertThat(childInNeedPlans.findByCaseIdOrderByStartDateAsc(aCase.getId()))
                .singleElement().satisfies(plan -> assertThat(plan.getStartDate()).isEqualTo(STRATEGY_DAY));
    }

    @Test
    void aPlanDecidedAtTheInitialConferenceLeavesTheCaseWithThePlanInForce() {
        String ref = startFromTasklist("Pia").getBusinessKey();
        ProcessInstance instance = lifecycle(ref);
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        assertThat(instance).isWaitingAt("CallActivity_InitialConference");

        LocalDate conferenceDay = LocalDate.of(2026, 12, 21);
        ConferenceWalk.bookAndPrepare(this, ref, conferenceDay);
        setToday(conferenceDay);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(conferenceDay,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "PHYSICAL_ABUSE",
                "EMOTIONAL_ABUSE"));

        assertThat(instance).hasPassed("Task_StartChildProtectionPlan").isWaitingAt("CallActivity_PlanInForce");
        ChildProtectionCase aCase = cases.get(ref);
        assertThat(aCase.getStage()).isEqualTo(CaseStage.PLAN_IN_FORCE);
        assertThat(protectionPlans.findByCaseIdOrderByStartDateAsc(aCase.getId())).singleElement()
                .satisfies(plan -> {
                    assertThat(plan.getStartDate()).isEqualTo(conferenceDay);
                    assertThat(plan.getInitialCategory()).isEqualTo("MUL");
                    assertThat(plan.getNumberOfPreviousPlans()).isZero();
                    assertThat(plan.isOpen()).isTrue();
                });
        assertThat(deadlines.latest(aCase, DeadlineKind.ICPC_HELD).getMetDate()).isEqualTo(conferenceDay);

        runtime.createMessageCorrelation("PlanEnded").processInstanceBusinessKey(ref).correlate();
        assertThat(instance).isEnded();
    }

    @Test
    void anInitialConferenceNotHeldInTimeEscalatesToTheTeamManagerWhoRecordsWhy() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Quinn", "Example",
                LocalDate.of(2019, 5, 5), Gender.MALE, null, null), STRATEGY_DAY, ReferralSource.POLICE,
                "Domestic abuse incident attended by police", List.of(Circumstance.DOMESTIC_ABUSE),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER)).getReference();
        ProcessInstance instance = lifecycle(ref);
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        // Due 15 working days after Monday 7 December 2026, across Christmas and the substitute Boxing Day.
        LocalDate due = LocalDate.of(2026, 12, 30);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getDueDate()).isEqualTo(due);

        setToday(due);
        assertThat(fireDueTimers(ref)).isZero();
        setToday(due.plusDays(1));
        assertThat(fireDueTimers(ref)).isEqualTo(1);
        assertThat(instance).isWaitingAt("CallActivity_InitialConference", "Task_RecordConferenceDelay");
        assertThat(task(ref, "Task_RecordConferenceDelay").getAssignee()).isEqualTo(TestStaff.TEAM_MANAGER);

        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordConferenceDelay", delay("The Chair was ill on the booked day."));
        StatutoryDeadline missed = deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD);
        assertThat(missed.getDelayReason()).isEqualTo("The Chair was ill on the booked day.");
        assertThat(missed.getDelayRecordedBy()).isEqualTo(TestStaff.TEAM_MANAGER);
        assertThat(missed.isOverdueOn(due.plusDays(1))).isTrue();

        LocalDate late = LocalDate.of(2027, 1, 6);
        ConferenceWalk.bookAndPrepare(this, ref, late);
        setToday(late);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(late, "NO_FURTHER_ACTION", null, null));

        assertThat(instance).hasPassed("Task_CloseCase", "EndEvent_DelayRecorded").isEnded();
        assertThat(cases.get(ref).getClosureReason()).isEqualTo(ClosureReason.RC8);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getMetDate()).isEqualTo(late);
    }

    @Test
    void aChildInNeedDecisionAtTheConferenceStepsDown() {
        String ref = startFromTasklist("Rae").getBusinessKey();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate conferenceDay = LocalDate.of(2026, 12, 18);
        ConferenceWalk.bookAndPrepare(this, ref, conferenceDay);
        setToday(conferenceDay);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(conferenceDay, "CHILD_IN_NEED", null, null));

        assertThat(lifecycle(ref)).isNull();
        ChildProtectionCase aCase = cases.get(ref);
        assertThat(aCase.getStage()).isEqualTo(CaseStage.CHILD_IN_NEED);
        assertThat(childInNeedPlans.findByCaseIdOrderByStartDateAsc(aCase.getId())).singleElement()
                .satisfies(plan -> assertThat(plan.getStartDate()).isEqualTo(conferenceDay));
    }
}
