package uk.gov.childprotection.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.delay;
import static uk.gov.childprotection.demo.Submissions.referral;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.plan.CaseEvent;
import uk.gov.childprotection.plan.ChildInNeedPlanRepository;
import uk.gov.childprotection.plan.ChildProtectionPlan;
import uk.gov.childprotection.plan.PlanEndReason;
import uk.gov.childprotection.plan.PlanEndingService;
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
    @Autowired PlanEndingService endings;
    @Autowired CaseSummaryService summaries;
    @Autowired org.camunda.bpm.engine.FilterService filters;

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
        assertThat(runtime.getVariables(instance.getId())).as("ids and decisions only")
                .containsOnlyKeys("caseReference", "transferIn");
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
    }

    /** A case whose initial conference on Monday 21 December 2026 made a plan. */
    private String caseWithPlan(String givenName, LocalDate dateOfBirth) {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails(givenName, "Example", dateOfBirth,
                Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.HEALTH, "Concerns", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toPlan(this, ref, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        return ref;
    }

    private Map<String, Object> decision(LocalDate on) {
        Map<String, Object> form = new HashMap<>();
        form.put("decisionDate", on.toString());
        form.put("agenciesConsulted", "Police, GP and school agreed the plan should end.");
        return form;
    }

    private ChildProtectionPlan onlyPlan(String ref) {
        return protectionPlans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId()).get(0);
    }

    @Test
    void theChildsDeathEndsThePlanOnTheManagersDecision() {
        String ref = caseWithPlan("Xan", LocalDate.of(2020, 2, 2));
        ProcessInstance instance = lifecycle(ref);
        LocalDate died = LocalDate.of(2027, 1, 12);
        setToday(died.plusDays(1));

        endings.report(ref, CaseEvent.Kind.CHILD_DIED, died, "Hospital notified the social worker.", TestStaff.SOCIAL_WORKER);

        assertThat(instance).isWaitingAt("Task_RecordPlanEndDecision");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-plan").count()).as("core groups and visits stop").isZero();
        var task = task(ref, "Task_RecordPlanEndDecision");
        assertThat(task.getAssignee()).isEqualTo(TestStaff.TEAM_MANAGER);
        assertThat(tasks.getVariablesLocal(task.getId())).containsEntry("planEndReasonLabel", "The child died");
        assertThatThrownBy(() -> complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision",
                decision(died.minusDays(1)))).hasMessageContaining("decisionDate: must not be before the child died");

        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(died.plusDays(1)));

        assertThat(instance).hasPassed("Task_WritePlanEndLetterAfterDecision", "EndEvent_PlanEndedWithoutConference")
                .isEnded();
        ChildProtectionPlan plan = onlyPlan(ref);
        assertThat(plan.getEndDate()).isEqualTo(died);
        assertThat(plan.getEndReason()).isEqualTo(PlanEndReason.DIED.name());
        assertThat(plan.getEndDecidedBy()).isEqualTo(TestStaff.TEAM_MANAGER);
        assertThat(plan.getAgenciesConsulted()).contains("Police");
        assertThat(cases.get(ref).getClosureReason()).isEqualTo(ClosureReason.RC2);
        assertThat(cases.get(ref).getClosureDate()).isEqualTo(died);
    }

    @Test
    void leavingTheUkEndsThePlan() {
        String ref = caseWithPlan("Yas", LocalDate.of(2018, 8, 8));
        LocalDate left = LocalDate.of(2027, 2, 1);
        setToday(left.plusDays(2));
        endings.report(ref, CaseEvent.Kind.LEFT_UK, left, "The family emigrated to Canada.", TestStaff.SOCIAL_WORKER);
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(left.plusDays(2)));

        ChildProtectionPlan plan = onlyPlan(ref);
        assertThat(plan.getEndDate()).isEqualTo(left);
        assertThat(plan.getEndReason()).isEqualTo(PlanEndReason.LEFT_UK.name());
        assertThat(cases.get(ref).getClosureReason()).isEqualTo(ClosureReason.RC7);
        assertThat(lifecycle(ref)).isNull();
    }

    @Test
    void theEighteenthBirthdayAsksForAReviewAndEndsThePlanAtEighteen() {
        LocalDate born = LocalDate.of(2009, 3, 10);
        String ref = caseWithPlan("Zed", born);
        ProcessInstance instance = lifecycle(ref);

        setToday(LocalDate.of(2027, 1, 28));
        fireDueTimers(ref);
        assertThat(instance).isWaitingAt("CallActivity_PlanInForce", "Task_ArrangeReviewBeforeEighteen");
        Map<String, Object> arranged = new HashMap<>();
        arranged.put("reviewArrangedFor", "2027-03-05");
        arranged.put("reviewNotes", "Leaving care team invited.");
        complete(TestStaff.TEAM_MANAGER, ref, "Task_ArrangeReviewBeforeEighteen", arranged);
        assertThat(instance).hasPassed("EndEvent_ReviewBeforeEighteenArranged");

        setToday(born.plusYears(18));
        fireDueTimers(ref);
        assertThat(instance).isWaitingAt("Task_RecordPlanEndDecision");
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(born.plusYears(18)));

        ChildProtectionPlan plan = onlyPlan(ref);
        assertThat(plan.getEndDate()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(plan.getEndReason()).isEqualTo(PlanEndReason.EIGHTEENTH_BIRTHDAY.name());
        assertThat(cases.get(ref).getClosureReason()).isEqualTo(ClosureReason.RC7);
        // The plan's open tasks its end withdrew are written down too (TASK_WITHDRAWN), beside what was reported.
        assertThat(summaries.summarise(ref).events()).extracting(CaseSummary.EventView::kind)
                .filteredOn(kind -> !kind.equals("TASK_WITHDRAWN"))
                .containsExactly("REVIEW_BEFORE_EIGHTEEN_ARRANGED");
        assertThat(summaries.summarise(ref).events()).filteredOn(e -> e.kind().equals("TASK_WITHDRAWN"))
                .extracting(CaseSummary.EventView::details)
                .anySatisfy(d -> assertThat(d).startsWith("\"Hold core group meeting\""));
    }

    @Test
    void aMoveToAnotherCouncilEndsThePlanOnlyWhenTheirTransferInConferenceIsHeld() {
        String ref = caseWithPlan("Abi", LocalDate.of(2015, 5, 5));
        ProcessInstance instance = lifecycle(ref);
        LocalDate told = LocalDate.of(2027, 1, 11);
        setToday(told);

        assertThatThrownBy(() -> endings.report(ref, CaseEvent.Kind.TRANSFER_IN_CONFERENCE_HELD, told, null, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("report the move to another council first");
        endings.report(ref, CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL, told, "Derby City Council", TestStaff.SOCIAL_WORKER);
        assertThat(instance).as("the pack is written by a job").isWaitingAt("CallActivity_PlanInForce",
                "Task_WriteTransferPack");
        runAsyncJobs(ref);

        assertThat(instance).hasPassed("Task_WriteTransferPack")
                .isWaitingAt("CallActivity_PlanInForce", "Task_SendTransferPack");
        assertThat((String) tasks.getVariablesLocal(task(ref, "Task_SendTransferPack").getId()).get("transferPackLink"))
                .as("the form links to the pack").startsWith("[Transfer pack, version 1 (PDF)](/api/documents/");
        Map<String, Object> pack = new HashMap<>();
        pack.put("packSentDate", told.toString());
        pack.put("transferNotes", "Sent to the Derby conference team.");
        complete(TestStaff.ADMINISTRATOR, ref, "Task_SendTransferPack", pack);
        assertThat(instance).hasPassed("EndEvent_TransferPackSent").isWaitingAt("CallActivity_PlanInForce");
        assertThat(onlyPlan(ref).isOpen()).as("the plan stays in force until the transfer-in conference").isTrue();

        LocalDate held = LocalDate.of(2027, 1, 29);
        setToday(held);
        endings.report(ref, CaseEvent.Kind.TRANSFER_IN_CONFERENCE_HELD, held, "Held by Derby", null);
        runAsyncJobs(ref);

        assertThat(instance).hasPassed("Task_EndPlanTransferred", "Task_WritePlanEndLetterTransferred",
                "EndEvent_TransferredOut").isEnded();
        // Nothing of the case runs on but the sending of the last conference's record (its copies to post).
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKeyNotIn("document-sending").count()).isZero();
        ChildProtectionPlan plan = onlyPlan(ref);
        assertThat(plan.getEndDate()).isEqualTo(held);
        assertThat(plan.getEndReason()).isEqualTo(PlanEndReason.TRANSFERRED.name());
        assertThat(cases.get(ref).getClosureReason()).isEqualTo(ClosureReason.RC5);
        // The plan's open tasks its end withdrew are written down too (TASK_WITHDRAWN), beside what was reported.
        assertThat(summaries.summarise(ref).events()).extracting(CaseSummary.EventView::kind)
                .filteredOn(kind -> !kind.equals("TASK_WITHDRAWN")).containsExactly(
                "MOVED_TO_ANOTHER_COUNCIL", "TRANSFER_PACK_SENT", "TRANSFER_IN_CONFERENCE_HELD");
        assertThat(summaries.summarise(ref).events()).filteredOn(e -> e.kind().equals("TASK_WITHDRAWN"))
                .extracting(CaseSummary.EventView::details)
                .anySatisfy(d -> assertThat(d).startsWith("\"Hold core group meeting\""));
    }

    @Test
    void aReviewThatEndsThePlanFinishesThePlanProcessAndTheLifecycleWritesTheLetter() {
        String ref = caseWithPlan("Bo", LocalDate.of(2016, 6, 6));
        ProcessInstance instance = lifecycle(ref);
        setToday(LocalDate.of(2027, 3, 8));
        LocalDate review = LocalDate.of(2027, 3, 17);
        ConferenceWalk.bookAndPrepare(this, ref, review);
        setToday(review);
        Map<String, Object> stepDown = conferenceRecord(review, "CHILD_IN_NEED", null, null);
        stepDown.put("endPlanReason", "The parents have completed the programme; the school sees a settled child.");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", stepDown);

        assertThat(instance).hasPassed("Task_WritePlanEndLetterAtReview", "EndEvent_PlanEnded").isEnded();
        postCopies(ref); // the administrator posts the agencies' copies of the conference records
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
        assertThat(onlyPlan(ref).getEndReason()).isEqualTo(PlanEndReason.REVIEW_STEP_DOWN.name());
        assertThat(cases.get(ref).getStage()).isEqualTo(CaseStage.CHILD_IN_NEED);
    }

    @Test
    void anEventThatMeansNothingForTheCaseIsRefusedAndNotKept() {
        String ref = startFromTasklist("Bea").getBusinessKey();
        assertThatThrownBy(() -> endings.report(ref, CaseEvent.Kind.CHILD_DIED, STRATEGY_DAY, null, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("has no Child Protection Plan in force (it is at stage Strategy discussion)");
        assertThatThrownBy(() -> endings.report(ref, CaseEvent.Kind.LEFT_UK, STRATEGY_DAY.plusDays(3), null, null))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("date: must not be in the future");
        assertThat(endings.events(cases.get(ref).getId())).isEmpty();
        assertThatThrownBy(() -> endings.report("CP-1999-00001", CaseEvent.Kind.LEFT_UK, STRATEGY_DAY, null, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anInitialConferenceNotHeldInTimeEscalatesToTheTeamManagerWhoRecordsWhy() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Quinn", "Example",
                LocalDate.of(2019, 5, 5), Gender.MALE, null, null), STRATEGY_DAY, ReferralSource.POLICE,
                "Domestic abuse incident attended by police", List.of(Circumstance.DOMESTIC_ABUSE),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
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
        // Raised on Thursday 31 December: due by the end of the next working day, after New Year's Day.
        assertThat(task(ref, "Task_RecordConferenceDelay").getDueDate())
                .isEqualTo(uk.gov.childprotection.calendar.Today.endOfWorkingDay(LocalDate.of(2027, 1, 4)));

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
        assertThat(cases.get(ref).getClosureReason()).as("an ICPC was held: census RC7, not RC8")
                .isEqualTo(ClosureReason.RC7);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getMetDate()).isEqualTo(late);
    }

    /** The case's tasks in Tasklist's "Due soon" filter, on the engine's clock. */
    private List<String> dueSoon(String ref) {
        var filter = filters.createFilterQuery().filterName("Due soon").singleResult();
        List<org.camunda.bpm.engine.task.Task> listed = filters.list(filter.getId(),
                tasks.createTaskQuery().processInstanceBusinessKey(ref));
        return listed.stream().map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).toList();
    }

    private long delayTasksAskedFor(String ref) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_RecordConferenceDelay").count();
    }

    @Test
    void theIcpcMissedDuringTheEnquiryEscalatesOnTheDayAfterOnceWhereverTheCaseStandsAndIsRemindedBefore() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ivy", "Example",
                LocalDate.of(2019, 5, 5), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.POLICE,
                "Domestic abuse incident attended by police", List.of(Circumstance.DOMESTIC_ABUSE),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ProcessInstance instance = lifecycle(ref);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        LocalDate due = LocalDate.of(2026, 12, 30);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getDueDate()).isEqualTo(due);

        // The reminder: 2 working days before Wednesday 30 December are Tuesday 29 and Thursday 24 December
        // (Christmas Day and the substitute Boxing Day on Monday 28 are bank holidays).
        var findings = task(ref, "Task_RecordSection47Findings");
        assertThat(findings.getFollowUpDate()).isEqualTo(uk.gov.childprotection.calendar.Today.startOf(
                LocalDate.of(2026, 12, 24)));
        setToday(LocalDate.of(2026, 12, 23));
        assertThat(dueSoon(ref)).doesNotContain("Task_RecordSection47Findings");
        setToday(LocalDate.of(2026, 12, 24));
        assertThat(dueSoon(ref)).containsExactly("Task_RecordSection47Findings");

        setToday(due);
        assertThat(fireDueTimers(ref)).isZero();
        setToday(due.plusDays(1));
        assertThat(fireDueTimers(ref)).as("the findings are still open: the team manager is told").isEqualTo(1);
        assertThat(instance).isWaitingAt("CallActivity_StrategyDiscussion", "Task_RecordConferenceDelay");
        var delayTask = task(ref, "Task_RecordConferenceDelay");
        assertThat(delayTask.getAssignee()).isEqualTo(TestStaff.TEAM_MANAGER);
        assertThat(tasks.getVariablesLocal(delayTask.getId()))
                .containsEntry("deadlineLabel", DeadlineKind.ICPC_HELD.description());

        // The enquiry is finished and authorised late: the conference stage starts, and no second escalation.
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                uk.gov.childprotection.demo.Submissions.section47Findings(STRATEGY_DAY, due, "CONVENE_ICPC"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome",
                uk.gov.childprotection.demo.Submissions.authorisation("AUTHORISED", null));
        assertThat(instance).isWaitingAt("CallActivity_InitialConference", "Task_RecordConferenceDelay");
        setToday(due.plusDays(2));
        fireDueTimers(ref);
        assertThat(delayTasksAskedFor(ref)).as("once per deadline").isEqualTo(1);

        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordConferenceDelay", delay("The enquiry needed a medical."));
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getDelayReason())
                .isEqualTo("The enquiry needed a medical.");
        assertThat(delayTasksAskedFor(ref)).isEqualTo(1);
    }

    @Test
    void theIcpcMetInTimeAsksNoOneForADelayReason() {
        String ref = startFromTasklist("Jem").getBusinessKey();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate conferenceDay = LocalDate.of(2026, 12, 18);
        ConferenceWalk.bookAndPrepare(this, ref, conferenceDay);
        setToday(conferenceDay);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(conferenceDay, "CHILD_IN_NEED", null, null));
        setToday(LocalDate.of(2026, 12, 31));
        fireDueTimers(ref);
        assertThat(delayTasksAskedFor(ref)).isZero();
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

    @Test
    void aChildOnAPlanFromAnotherCouncilHasATransferInConferenceThatStartsAPlanHere() {
        LocalDate told = LocalDate.of(2026, 12, 3);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Cy", "Example",
                LocalDate.of(2019, 9, 9), Gender.MALE, null, null), told, ReferralSource.LOCAL_AUTHORITY,
                "On a Child Protection Plan (neglect) in Derby; the family moved here.", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER,
                new NewReferral.TransferIn("Derby City Council", told))).getReference();
        ProcessInstance instance = lifecycle(ref);
        assertThat(instance).hasPassed("Task_ConveneTransferInConference").hasNotPassed("CallActivity_StrategyDiscussion")
                .isWaitingAt("CallActivity_InitialConference");
        assertThat(cases.get(ref).getStage()).isEqualTo(CaseStage.TRANSFER_IN_CONFERENCE);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.TRANSFER_IN_CONFERENCE).getDueDate())
                .as("15 working days after Thursday 3 December 2026").isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(tasks.getVariablesLocal(task(ref, "Task_BookConference").getId()))
                .containsEntry("conferenceTypeLabel", "transfer-in child protection conference");

        setToday(LocalDate.of(2026, 12, 29));
        assertThat(fireDueTimers(ref)).isEqualTo(1);
        assertThat(tasks.getVariablesLocal(task(ref, "Task_RecordConferenceDelay").getId()))
                .containsEntry("deadlineLabel", DeadlineKind.TRANSFER_IN_CONFERENCE.description());
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordConferenceDelay", delay("Waiting for Derby's records."));

        LocalDate held = LocalDate.of(2027, 1, 6);
        ConferenceWalk.bookAndPrepare(this, ref, held);
        setToday(held);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(held, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 4, 5), "NEGLECT"));

        assertThat(instance).isWaitingAt("CallActivity_PlanInForce");
        ChildProtectionPlan plan = onlyPlan(ref);
        assertThat(plan.getStartDate()).isEqualTo(held);
        StatutoryDeadline transfer = deadlines.latest(cases.get(ref), DeadlineKind.TRANSFER_IN_CONFERENCE);
        assertThat(transfer.getMetDate()).isEqualTo(held);
        assertThat(transfer.getDelayReason()).isEqualTo("Waiting for Derby's records.");
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.FIRST_CORE_GROUP).getDueDate())
                .as("the core group cycle follows the conference that took over the plan")
                .isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(summaries.summarise(ref).referral().transferInFrom()).isEqualTo("Derby City Council");
    }
}
