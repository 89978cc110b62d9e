package uk.gov.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.delay;
import static uk.gov.childprotection.demo.Submissions.json;

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
import uk.gov.childprotection.cases.CaseSummary;
import uk.gov.childprotection.cases.CaseSummaryService;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ClosureReason;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineRepository;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/** Core group meetings and statutory visits while a plan is in force, with their timescales and escalations. */
class PlanInForceProcessIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process("child-protection-plan");
        }
    }

    /**
     * Monday 21 December 2026: the first core group and visit are due 10 working days later, past Christmas, the
     * substitute Boxing Day and New Year's Day, on Thursday 7 January 2027.
     */
    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired PlanInForceService planInForce;
    @Autowired ChildProtectionPlanRepository plans;
    @Autowired DeadlineService deadlines;
    @Autowired CaseSummaryService summaries;
    @Autowired ChildInNeedPlanRepository childInNeedPlans;
    @Autowired PlanEndingService endings;
    @Autowired BirthService births;
    @Autowired uk.gov.childprotection.conference.ConferenceService conferences;
    @Autowired WorkingDayCalendar calendar;
    @Autowired DeadlineRepository deadlineRepository;
    @Autowired CaseEventRepository caseEvents;

    /** Each test's child is a different child (a child referred again would be the same one, with one plan). */
    private static int children;

    private String caseWithPlan() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Wren", "Example",
                LocalDate.of(2016, 1, 1).plusDays(children++), Gender.NOT_KNOWN, null, null), STRATEGY_DAY,
                ReferralSource.POLICE,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        postCopies(ref);
        return ref;
    }

    private ProcessInstance planProcess(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-plan").singleResult();
    }

    private ChildProtectionPlan plan(String ref) {
        return plans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId()).get(0);
    }

    private static Map<String, Object> action(String id, String what, String who, LocalDate byWhen, String progress) {
        Map<String, Object> row = new HashMap<>();
        row.put("actionId", id == null ? "" : id);
        row.put("what", what);
        row.put("who", who);
        row.put("byWhen", byWhen.toString());
        row.put("successMeasure", "The school and health visitor see the change at every contact.");
        row.put("progress", progress);
        return row;
    }

    /** The meeting form, with the actions in its slots (action1..., action2...). */
    private static Map<String, Object> meeting(LocalDate date, List<Map<String, Object>> actions) {
        Map<String, Object> form = new HashMap<>();
        form.put("meetingDate", date.toString());
        form.put("attendees", "Sam Worker (lead social worker), Alex Example (mother), Mrs P Green (school)");
        for (int i = 0; i < actions.size(); i++) {
            String slot = "action" + (i + 1);
            Map<String, Object> action = actions.get(i);
            form.put(slot + "Id", action.get("actionId"));
            form.put(slot + "What", action.get("what"));
            form.put(slot + "Who", action.get("who"));
            form.put(slot + "ByWhen", action.get("byWhen"));
            form.put(slot + "SuccessMeasure", action.get("successMeasure"));
            form.put(slot + "Progress", action.get("progress"));
        }
        form.put("notes", "Mother attended and agreed the plan.");
        return form;
    }

    private static Map<String, Object> visit(LocalDate date, boolean seen, boolean alone) {
        Map<String, Object> form = new HashMap<>();
        form.put("visitDate", date.toString());
        form.put("childSeen", seen);
        form.put("childSeenAlone", alone);
        form.put("homeSeen", true);
        form.put("concerns", "");
        return form;
    }

    @Test
    void coreGroupsTurnTheOutlinePlanIntoASmartPlanAndFollowItsActions() {
        String ref = caseWithPlan();
        ProcessInstance process = planProcess(ref);
        assertThat(process).isWaitingAt("Task_HoldCoreGroupMeeting", "Task_RecordStatutoryVisit");
        var firstMeeting = task(ref, "Task_HoldCoreGroupMeeting");
        assertThat(firstMeeting.getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER);
        assertThat(tasks.getVariablesLocal(firstMeeting.getId())).containsEntry("firstMeeting", true)
                .containsEntry("outlinePlan", "Parents to attend a domestic abuse programme; school to monitor attendance.")
                .as("no minutes yet to link to").containsEntry("lastMinutesLink", "");
        assertThat((String) tasks.getVariableLocal(firstMeeting.getId(), "conferenceRecordLink"))
                .as("the first meeting works from the conference's record and outline plan")
                .startsWith("[Record and outline plan of the conference, version 1 (PDF)](/api/documents/");
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.FIRST_CORE_GROUP).getDueDate())
                .isEqualTo(LocalDate.of(2027, 1, 7));

        LocalDate meetingDay = LocalDate.of(2027, 1, 5);
        setToday(meetingDay);
        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting",
                meeting(meetingDay, List.of())))
                .hasMessageContaining("actions: the first core group meeting sets out the SMART plan");
        Map<String, Object> vague = meeting(meetingDay, List.of(action(null, "Be better", "", meetingDay.minusDays(1), "NOT_STARTED")));
        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", vague))
                .hasMessageContaining("action1Who: Who will do it is required")
                .hasMessageContaining("action1ByWhen: a new action cannot be due before the meeting");
        assertThat(planInForce.meetings(plan(ref).getId())).isEmpty();

        signIn(TestStaff.SOCIAL_WORKER);
        tasks.complete(task(ref, "Task_HoldCoreGroupMeeting").getId(), meeting(meetingDay, List.of(
                action(null, "Attend the domestic abuse programme", "Mother and father", LocalDate.of(2027, 3, 1), "NOT_STARTED"),
                action(null, "Check attendance weekly and tell the social worker of any absence", "School",
                        LocalDate.of(2027, 3, 19), "ON_TRACK"))));
        identity.clearAuthentication();
        assertThat(process).as("the minutes are written by a job").isWaitingAt("Task_WriteCoreGroupMinutes",
                "Task_RecordStatutoryVisit");
        runAsyncJobs(ref);
        assertThat(process).hasPassed("Task_WriteCoreGroupMinutes");

        Long planId = plan(ref).getId();
        assertThat(planInForce.actions(planId)).hasSize(2);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.FIRST_CORE_GROUP).getMetDate()).isEqualTo(meetingDay);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.CORE_GROUP).getDueDate())
                .as("6 weeks later").isEqualTo(LocalDate.of(2027, 2, 16));
        var second = task(ref, "Task_HoldCoreGroupMeeting");
        Map<String, Object> prefill = tasks.getVariablesLocal(second.getId());
        assertThat((String) prefill.get("lastMinutesLink")).as("the last meeting's minutes")
                .startsWith("[Minutes of the last core group meeting, Tuesday 5 January 2027, version 1 (PDF)](/api/documents/");
        assertThat(prefill).containsEntry("firstMeeting", false).containsEntry("conferenceRecordLink", "");
        // A row per action of the plan, its date in day, month and year boxes.
        org.camunda.spin.json.SpinJsonNode rows = (org.camunda.spin.json.SpinJsonNode) prefill.get("actions");
        assertThat(rows.elements()).hasSize(2);
        assertThat(rows.elements().get(0).prop("what").stringValue()).isEqualTo("Attend the domestic abuse programme");
        assertThat(rows.elements().get(0).prop("byWhenDay").numberValue().intValue()).isEqualTo(1);
        assertThat(rows.elements().get(0).prop("byWhenMonth").numberValue().intValue()).isEqualTo(3);
        assertThat(rows.elements().get(1).prop("progress").stringValue()).isEqualTo("ON_TRACK");

        LocalDate secondDay = LocalDate.of(2027, 2, 15);
        setToday(secondDay);
        String firstId = String.valueOf(planInForce.actions(planId).get(0).getId());
        String secondId = String.valueOf(planInForce.actions(planId).get(1).getId());
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", meeting(secondDay, List.of(
                action(firstId, "Attend the domestic abuse programme", "Mother and father", LocalDate.of(2027, 3, 1), "ON_TRACK"),
                action(secondId, "Check attendance weekly and tell the social worker of any absence", "School",
                        LocalDate.of(2027, 3, 19), "DONE"),
                action(null, "Register with a GP", "Mother", LocalDate.of(2027, 3, 1), "NOT_STARTED"))));

        assertThat(planInForce.actions(planId)).extracting(PlanAction::getProgress)
                .containsExactly(ActionProgress.ON_TRACK, ActionProgress.DONE, ActionProgress.NOT_STARTED);
        List<CoreGroupMeeting> held = planInForce.meetings(planId);
        assertThat(held).extracting(CoreGroupMeeting::isFirstMeeting).containsExactly(true, false);
        assertThat(planInForce.progressAt(held.get(0).getId())).extracting(ActionProgressRecord::getProgress)
                .containsExactly(ActionProgress.NOT_STARTED, ActionProgress.ON_TRACK);
        assertThat(planInForce.progressAt(held.get(1).getId())).hasSize(3);
        assertThat(process).isWaitingAt("Task_HoldCoreGroupMeeting", "Task_RecordStatutoryVisit");
        var shown = summaries.summarise(ref).childProtectionPlans().get(0);
        assertThat(shown.actions()).extracting(CaseSummary.ActionView::progress)
                .containsExactly("ON_TRACK", "DONE", "NOT_STARTED");
        assertThat(shown.coreGroupMeetings()).hasSize(2);
        assertThat(shown.coreGroupMeetings().get(1).progress()).hasSize(3);

        Map<String, Object> foreign = meeting(secondDay, List.of(action("999999", "x", "y", secondDay, "DONE")));
        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", foreign))
                .hasMessageContaining("action 999999 is not an action of this plan");

        // The form's rows: as many actions as the core group agrees (nine here, one more than the old slots held),
        // each date typed as day, month and year; a row added by mistake and left empty is no action.
        LocalDate thirdDay = LocalDate.of(2027, 3, 24);
        setToday(thirdDay);
        List<Map<String, Object>> nine = new java.util.ArrayList<>();
        for (PlanAction kept : planInForce.actions(planId)) {
            nine.add(row(String.valueOf(kept.getId()), kept.getWhat(), kept.getWho(), kept.getByWhen(), "DONE"));
        }
        for (int n = nine.size() + 1; n <= 9; n++) {
            nine.add(row(null, "Action number " + n, "Social worker", LocalDate.of(2027, 5, n), "NOT_STARTED"));
        }
        nine.add(new HashMap<>(Map.of("actionId", "", "what", "", "who", "")));
        Map<String, Object> byRows = new HashMap<>();
        byRows.put("meetingDateDay", 24L);
        byRows.put("meetingDateMonth", 3L);
        byRows.put("meetingDateYear", 2027L);
        byRows.put("attendees", "Sam Worker (lead social worker), Alex Example (mother)");
        byRows.put("actions", json(nine));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", byRows);
        assertThat(planInForce.actions(planId)).hasSize(9)
                .anySatisfy(a -> assertThat(a.getByWhen()).isEqualTo(LocalDate.of(2027, 5, 9)));
        assertThat(planInForce.meetings(planId).get(2).getMeetingDate()).isEqualTo(thirdDay);

        // A row's problem names its row: "actions[1].byWhen".
        List<Map<String, Object>> wrong = List.of(row(null, "Ring the GP", "Health visitor", LocalDate.of(2027, 5, 1),
                "NOT_STARTED"), new HashMap<>(Map.of("what", "Visit", "who", "Social worker", "byWhenDay", 31L,
                "byWhenMonth", 2L, "byWhenYear", 2027L, "successMeasure", "Seen", "progress", "NOT_STARTED")));
        Map<String, Object> badRow = new HashMap<>(byRows);
        badRow.put("actions", json(wrong));
        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", badRow))
                .hasMessageContaining("actions[1].byWhen: must be a real date: there is no day 31 in month 2");
    }

    /** One row of the form's list of actions, its date as the day, month and year boxes. */
    private static Map<String, Object> row(String id, String what, String who, LocalDate byWhen, String progress) {
        Map<String, Object> row = new HashMap<>();
        row.put("actionId", id == null ? "" : id);
        row.put("what", what);
        row.put("who", who);
        row.putAll(uk.gov.childprotection.common.DayMonthYear.boxes("byWhen", byWhen));
        row.put("successMeasure", "Everyone sees the change.");
        row.put("progress", progress);
        return row;
    }

    @Test
    void visitsCountOnlyWhenTheChildIsSeenAndMissedOnesEscalate() {
        String ref = caseWithPlan();
        LocalDate due = LocalDate.of(2027, 1, 7);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getDueDate()).isEqualTo(due);
        assertThat(tasks.getVariablesLocal(task(ref, "Task_RecordStatutoryVisit").getId()))
                .containsEntry("visitDueDateLabel", "Thursday 7 January 2027");

        LocalDate firstTry = LocalDate.of(2026, 12, 23);
        setToday(firstTry);
        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit",
                visit(firstTry, false, false)))
                .hasMessageContaining("reasonNotSeen: say why the child was not seen");
        Map<String, Object> notSeen = visit(firstTry, false, false);
        notSeen.put("reasonNotSeen", "Nobody answered the door.");
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit", notSeen);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getMetDate())
                .as("a visit without seeing the child does not count").isNull();

        setToday(due.plusDays(1));
        assertThat(fireDueTimers(ref)).as("the visit's and the first core group's").isEqualTo(2);
        assertThat(planProcess(ref)).isWaitingAt("Task_RecordVisitDelay");
        var escalation = task(ref, "Task_RecordVisitDelay");
        assertThat(escalation.getAssignee()).isEqualTo(TestStaff.TEAM_MANAGER);
        assertThat(tasks.getVariablesLocal(escalation.getId())).containsEntry("dueDateLabel", "Thursday 7 January 2027");
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordVisitDelay", delay("The family were away over new year."));
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getDelayReason())
                .startsWith("The family were away");

        LocalDate seen = LocalDate.of(2027, 1, 8);
        assertThat(fireDueTimers(ref)).as("the escalation has fired once already").isZero();
        setToday(seen);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit", visit(seen, true, true));
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getDueDate())
                .as("10 working days after Friday 8 January").isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(planInForce.visits(plan(ref).getId())).extracting(StatutoryVisit::isChildSeenAlone)
                .containsExactly(false, true);
    }

    @Test
    void aMissedCoreGroupEscalatesAndThePlanEndingStopsTheWork() {
        String ref = caseWithPlan();
        setToday(LocalDate.of(2027, 1, 7));
        assertThat(fireDueTimers(ref)).as("due today, not yet overdue").isZero();
        setToday(LocalDate.of(2027, 1, 8));
        assertThat(fireDueTimers(ref)).as("first core group and first visit both overdue").isEqualTo(2);
        assertThat(planProcess(ref)).isWaitingAt("Task_RecordCoreGroupDelay", "Task_RecordVisitDelay",
                "Task_HoldCoreGroupMeeting", "Task_RecordStatutoryVisit");
        assertThat(tasks.getVariablesLocal(task(ref, "Task_RecordCoreGroupDelay").getId()))
                .containsEntry("deadlineLabel", DeadlineKind.FIRST_CORE_GROUP.description());
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordCoreGroupDelay", delay("The school was closed."));
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.FIRST_CORE_GROUP).getDelayReason())
                .isEqualTo("The school was closed.");
        assertThat(planProcess(ref)).hasPassed("EndEvent_CoreGroupDelayExplained");

        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordVisitDelay", delay("Illness."));
        ProcessInstance process = planProcess(ref);
        assertThat(process).hasPassed("EndEvent_VisitDelayExplained");

        endings.report(ref, CaseEvent.Kind.LEFT_UK, LocalDate.of(2027, 1, 8), null, TestStaff.SOCIAL_WORKER);
        assertThat(process).isEnded();
        assertThat(caseEvents.findByCaseIdOrderByEventDateAscIdAsc(cases.get(ref).getId()))
                .filteredOn(e -> e.getKind() == CaseEvent.Kind.TASK_WITHDRAWN).extracting(CaseEvent::getDetails)
                .as("the lead social worker's open tasks are written on the case, not lost")
                .anySatisfy(d -> assertThat(d).startsWith("\"Hold core group meeting\" (" + TestStaff.SOCIAL_WORKER
                        + ") withdrawn: "))
                .anySatisfy(d -> assertThat(d).startsWith("\"Record statutory visit\" (" + TestStaff.SOCIAL_WORKER
                        + ") withdrawn: "));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).list())
                .extracting(t -> t.getTaskDefinitionKey()).containsExactly("Task_RecordPlanEndDecision");
    }

    private void holdReview(String ref, LocalDate day, Map<String, Object> record) {
        ConferenceWalk.bookAndPrepare(this, ref, day);
        setToday(day);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", record);
        postCopies(ref);
    }

    @Test
    void reviewsContinueThePlanWithTheLatestCategoryThenAQuorateReviewStepsItDown() {
        String ref = caseWithPlan();
        ProcessInstance process = planProcess(ref);
        assertThat(process).hasPassed("Task_ConveneReviewConference").isWaitingAt("CallActivity_ReviewConference");
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.REVIEW_CONFERENCE).getDueDate())
                .as("the review date the initial conference set").isEqualTo(LocalDate.of(2027, 3, 19));

        setToday(LocalDate.of(2027, 3, 8));
        LocalDate firstReview = LocalDate.of(2027, 3, 16);
        Map<String, Object> continueIt = conferenceRecord(firstReview, "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER,
                LocalDate.of(2027, 9, 15), "PHYSICAL_ABUSE");
        continueIt.put("seekLegalAdvice", true);
        continueIt.put("legalAdviceReason", "No progress: the father has not attended the programme.");
        holdReview(ref, firstReview, continueIt);

        ChildProtectionPlan plan = plan(ref);
        assertThat(plan.getInitialCategory()).isEqualTo("NEG");
        assertThat(plan.getLatestCategory()).isEqualTo("PHY");
        assertThat(plan.isOpen()).isTrue();
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.REVIEW_CONFERENCE).getDueDate())
                .as("the next review, set by the first").isEqualTo(LocalDate.of(2027, 9, 15));
        assertThat(process).hasPassed("Task_ContinuePlan").isWaitingAt("Task_SeekLegalAdvice");
        var legal = task(ref, "Task_SeekLegalAdvice");
        assertThat(legal.getAssignee()).isEqualTo(TestStaff.TEAM_MANAGER);
        assertThat(tasks.getVariablesLocal(legal.getId())).containsEntry("legalAdviceReason",
                "No progress: the father has not attended the programme.");
        Map<String, Object> asked = new HashMap<>();
        asked.put("legalAdviceRequestedDate", firstReview.plusDays(1).toString());
        asked.put("legalAdviceNotes", "Legal planning meeting booked.");
        assertThatThrownBy(() -> complete(TestStaff.TEAM_MANAGER, ref, "Task_SeekLegalAdvice", asked))
                .hasMessageContaining("legalAdviceRequestedDate: must not be in the future");
        setToday(firstReview.plusDays(1));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_SeekLegalAdvice", asked);
        assertThat(process).hasPassed("EndEvent_LegalAdviceSought");

        setToday(LocalDate.of(2027, 9, 1));
        LocalDate secondReview = LocalDate.of(2027, 9, 14);
        holdReview(ref, secondReview, conferenceRecord(secondReview, "CHILD_IN_NEED", null, null));

        assertThat(process).hasPassed("Task_EndPlan", "EndEvent_PlanEndedAtReview").isEnded();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
        ChildProtectionPlan ended = plan(ref);
        assertThat(ended.getEndDate()).isEqualTo(secondReview);
        assertThat(ended.getEndReason()).isEqualTo(PlanEndReason.REVIEW_STEP_DOWN.name());
        assertThat(childInNeedPlans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId())).singleElement()
                .satisfies(cin -> assertThat(cin.getStartDate()).as("the same day").isEqualTo(secondReview));
        assertThat(cases.get(ref).getStage()).isEqualTo(CaseStage.CHILD_IN_NEED);
        assertThat(summaries.summarise(ref).childProtectionPlans().get(0).reviewDates())
                .containsExactly(firstReview, secondReview);
    }

    @Test
    void aPlanEndsOnlyAtAQuorateReviewAndAtTheFirstReviewOnlyForARecordedReason() {
        String ref = caseWithPlan();
        setToday(LocalDate.of(2027, 3, 8));
        LocalDate review = LocalDate.of(2027, 3, 17);
        ConferenceWalk.bookAndPrepare(this, ref, review);
        setToday(review);

        Map<String, Object> inquorate = conferenceRecord(review, "NO_FURTHER_ACTION", null, null);
        inquorate.put("agenciesAttended", json(List.of("SOCIAL_CARE", "SCHOOL")));
        inquorate.put("proceedInquorate", true);
        inquorate.put("inquorateReason", "Police could not attend.");
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ref, "Task_HoldConference", inquorate))
                .hasMessageContaining("conferenceDecision: a plan ends only at a quorate review")
                .hasMessageContaining("endPlanReason: a plan does not usually end at the first review");
        assertThat(plan(ref).isOpen()).isTrue();

        Map<String, Object> reasoned = conferenceRecord(review, "NO_FURTHER_ACTION", null, null);
        reasoned.put("endPlanReason", "The family has moved in with the grandmother; the risk has gone.");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", reasoned);
        postCopies(ref);

        ChildProtectionPlan ended = plan(ref);
        assertThat(ended.getEndDate()).isEqualTo(review);
        assertThat(ended.getEndReason()).isEqualTo(PlanEndReason.REVIEW_NO_FURTHER_ACTION.name());
        assertThat(cases.get(ref).getStage()).isEqualTo(CaseStage.CLOSED);
        assertThat(cases.get(ref).getClosureReason()).isEqualTo(ClosureReason.RC7);
        assertThat(planProcess(ref)).isNull();
    }

    @Test
    void aReviewNotHeldByItsDateEscalates() {
        String ref = caseWithPlan();
        setToday(LocalDate.of(2027, 3, 20));
        fireDueTimers(ref);
        assertThat(planProcess(ref)).isWaitingAt("Task_RecordReviewDelay");
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordReviewDelay", delay("No Chair was free in March."));
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.REVIEW_CONFERENCE).getDelayReason())
                .isEqualTo("No Chair was free in March.");
        assertThat(planProcess(ref)).hasPassed("EndEvent_ReviewDelayExplained")
                .isWaitingAt("CallActivity_ReviewConference");
    }

    @Test
    void aPlanRunningTwoYearsKeepsEveryTimescale() {
        String ref = caseWithPlan();
        Long planId = plan(ref).getId();
        LocalDate end = CONFERENCE_DAY.plusYears(2);
        int visitsRecorded = 0;
        int meetingsHeld = 0;
        List<LocalDate> reviewsHeld = new java.util.ArrayList<>();
        for (LocalDate day = CONFERENCE_DAY.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            setToday(day);
            assertThat(fireDueTimers(ref)).as("nothing is overdue on " + day).isZero();
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            if (day.equals(planInForce.visitDueDate(planId))) {
                complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit", visit(day, true, true));
                visitsRecorded++;
            }
            LocalDate coreGroupDue = calendar.onOrBefore(coreGroupDue(ref));
            if (day.equals(coreGroupDue)) {
                List<Map<String, Object>> actions = meetingsHeld == 0
                        ? List.of(action(null, "Attend the parenting programme", "Mother", day.plusMonths(2), "ON_TRACK"))
                        : List.of(action(String.valueOf(planInForce.actions(planId).get(0).getId()),
                                "Attend the parenting programme", "Mother", day.plusMonths(2), "ON_TRACK"));
                complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", meeting(day, actions));
                meetingsHeld++;
            }
            LocalDate reviewDue = deadlines.latest(cases.get(ref), DeadlineKind.REVIEW_CONFERENCE).getDueDate();
            if (day.equals(calendar.subtractWorkingDays(reviewDue, 5))) {
                ConferenceWalk.bookAndPrepare(this, ref, reviewDue);
            }
            if (day.equals(reviewDue)) {
                complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                        TestStaff.SOCIAL_WORKER, calendar.onOrBefore(day.plusMonths(6)), "NEGLECT"));
                postCopies(ref);
                reviewsHeld.add(day);
            }
        }

        assertThat(reviewsHeld).as("3 months after the initial conference, then every 6 months")
                .containsExactly(LocalDate.of(2027, 3, 19), LocalDate.of(2027, 9, 17), LocalDate.of(2028, 3, 17),
                        LocalDate.of(2028, 9, 15));
        assertThat(visitsRecorded).as("every 10 working days for two years").isBetween(48, 52);
        assertThat(meetingsHeld).as("the first within 10 working days, then every 6 weeks").isBetween(17, 19);
        assertThat(planInForce.visits(planId)).hasSize(visitsRecorded);
        assertThat(planInForce.meetings(planId)).hasSize(meetingsHeld);
        assertThat(plan(ref).isOpen()).isTrue();
        assertThat(summaries.summarise(ref).deadlines()).as("every timescale met on time")
                .noneMatch(CaseSummary.DeadlineView::overdue);
        assertThat(summaries.summarise(ref).childProtectionPlans().get(0).reviewDates()).isEqualTo(reviewsHeld);
        assertThat(planProcess(ref)).isWaitingAt("Task_HoldCoreGroupMeeting", "Task_RecordStatutoryVisit",
                "CallActivity_ReviewConference");
    }

    private LocalDate coreGroupDue(String ref) {
        return deadlineRepository.findByCaseIdOrderByDueDateAscIdAsc(cases.get(ref).getId()).stream()
                .filter(d -> d.getMetDate() == null)
                .filter(d -> d.getKind() == DeadlineKind.FIRST_CORE_GROUP || d.getKind() == DeadlineKind.CORE_GROUP)
                .findFirst().orElseThrow().getDueDate();
    }

    @Test
    void aPreBirthPlanContinuesAfterTheBirthWithTheCoreGroupBroughtForward() {
        LocalDate expected = LocalDate.of(2027, 3, 1);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Baby", "Unborn", null,
                Gender.NOT_KNOWN, null, null, expected), STRATEGY_DAY, ReferralSource.HEALTH,
                "Midwife concerned about the mother's drug use in pregnancy.", List.of(), TestStaff.SOCIAL_WORKER,
                TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getDueDate())
                .as("10 weeks before the expected date of delivery, sooner than 15 working days")
                .isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(conferences.ofCase(cases.get(ref).getId()).get(0).getProposedAgencies())
                .contains(Agency.MIDWIFE, Agency.HEALTH_VISITOR).doesNotContain(Agency.SCHOOL);
        LocalDate conferenceDay = LocalDate.of(2026, 12, 18);
        ConferenceWalk.bookAndPrepare(this, ref, conferenceDay);
        setToday(conferenceDay);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(conferenceDay, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 17), "NEGLECT"));
        postCopies(ref);
        LocalDate firstMeeting = LocalDate.of(2027, 1, 5);
        setToday(firstMeeting);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", meeting(firstMeeting,
                List.of(action(null, "Attend every antenatal appointment", "Mother", LocalDate.of(2027, 2, 28), "ON_TRACK"))));
        assertThat(coreGroupDue(ref)).isEqualTo(LocalDate.of(2027, 2, 16));

        LocalDate born = LocalDate.of(2027, 1, 20);
        setToday(born.plusDays(1));
        births.recordBirth(ref, born, "Amara", Gender.FEMALE, TestStaff.SOCIAL_WORKER);

        assertThat(planProcess(ref)).hasPassed("Task_BringCoreGroupForward").isWaitingAt("Task_HoldCoreGroupMeeting");
        assertThat(coreGroupDue(ref)).as("within 10 working days of the birth").isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(task(ref, "Task_HoldCoreGroupMeeting").getDueDate())
                .isEqualTo(uk.gov.childprotection.calendar.Today.endOfWorkingDay(LocalDate.of(2027, 2, 3)));
        var child = cases.get(ref).getChild();
        assertThat(child.getDateOfBirth()).isEqualTo(born);
        assertThat(child.getGivenName()).isEqualTo("Amara");
        assertThat(child.getExpectedDateOfDelivery()).isEqualTo(expected);
        assertThat(plan(ref).isOpen()).as("the plan continues after the birth").isTrue();
        assertThatThrownBy(() -> births.recordBirth(ref, born, null, null, null))
                .isInstanceOf(uk.gov.childprotection.common.ConflictException.class)
                .hasMessageContaining("was born on 2027-01-20");
    }
}
