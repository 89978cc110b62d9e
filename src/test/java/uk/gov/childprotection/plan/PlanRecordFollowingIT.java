package uk.gov.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.delay;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineRepository;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.cases.StatutoryDeadline;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.PlanWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The plan process at its edges: the review's decision gateways without defaults, nothing of the plan lost when
 * a review ends it, the timers and due dates that follow a changed date, the reminders, and a missed deadline
 * keeping its own delay reason.
 */
class PlanRecordFollowingIT extends ProcessTestSupport {

    /** Monday 21 December 2026: the first core group and visit are due on Thursday 7 January 2027. */
    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);
    private static final LocalDate FIRST_REVIEW_DUE = LocalDate.of(2027, 3, 19);

    @Autowired ChildCaseService cases;
    @Autowired ChildProtectionPlanRepository plans;
    @Autowired DeadlineService deadlines;
    @Autowired DeadlineRepository deadlineRecords;
    @Autowired CaseEventRepository events;
    @Autowired WorkingDayCalendar calendar;

    private static int children;

    private String openCase(String givenName, LocalDate born) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(givenName, "Edgecase", born,
                Gender.NOT_KNOWN, null, null), STRATEGY_DAY, ReferralSource.POLICE, "Concerns", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private String caseWithPlan(LocalDate born) {
        String ref = openCase("Rowan", born);
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, FIRST_REVIEW_DUE, "NEGLECT"));
        postCopies(ref);
        return ref;
    }

    private String caseWithPlan() {
        return caseWithPlan(LocalDate.of(2015, 2, 1).plusDays(children++));
    }

    private ProcessInstance process(String ref, String key) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).processDefinitionKey(key)
                .singleResult();
    }

    private Job timer(String ref, String activityId) {
        return management.createJobQuery().processInstanceId(process(ref, "child-protection-plan").getId())
                .activityId(activityId).timers().singleResult();
    }

    private Long planId(String ref) {
        return plans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId()).get(0).getId();
    }

    /** Runs one job until its retries are spent, as the job executor would; returns the last failure. */
    private String failUntilIncident(Job job) {
        String message = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException failed) {
                message = failed.getMessage();
            }
        }
        return message;
    }

    @Test
    void theTasksThatMeetADeadlineCarryTheirReminderAndEscalationsTheirOwnDueDate() {
        String ref = caseWithPlan();
        LocalDate due = LocalDate.of(2027, 1, 7);
        var meeting = task(ref, "Task_HoldCoreGroupMeeting");
        assertThat(meeting.getDueDate()).isEqualTo(Today.endOfWorkingDay(due));
        assertThat(meeting.getFollowUpDate()).as("2 working days before: Tuesday 5 January 2027")
                .isEqualTo(Today.startOf(LocalDate.of(2027, 1, 5)));
        assertThat(task(ref, "Task_RecordStatutoryVisit").getFollowUpDate())
                .isEqualTo(Today.startOf(LocalDate.of(2027, 1, 5)));

        setToday(due.plusDays(1));
        assertThat(fireDueTimers(ref)).isEqualTo(2);
        for (String escalation : List.of("Task_RecordCoreGroupDelay", "Task_RecordVisitDelay")) {
            assertThat(task(ref, escalation).getDueDate()).as(escalation + ": by the end of the next working day")
                    .isEqualTo(Today.endOfWorkingDay(LocalDate.of(2027, 1, 11)));
        }
    }

    @Test
    void aMissedVisitKeepsItsDelayReasonAfterTheNextVisitDeadlineHasOpened() {
        String ref = caseWithPlan();
        LocalDate missed = LocalDate.of(2027, 1, 7);
        setToday(missed.plusDays(1));
        fireDueTimers(ref);
        Long missedId = deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getId();
        var escalation = task(ref, "Task_RecordVisitDelay");
        assertThat(runtime.getVariable(escalation.getExecutionId(), "deadlineId")).isEqualTo(missedId);

        // The child is seen before the team manager explains: the next visit's deadline opens.
        LocalDate seen = LocalDate.of(2027, 1, 11);
        setToday(seen);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit", PlanWalk.visit(seen, true, true, "", null));
        StatutoryDeadline next = deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT);
        assertThat(next.getId()).isNotEqualTo(missedId);
        assertThat(tasks.getVariablesLocal(escalation.getId()))
                .containsEntry("dueDateLabel", "Thursday 7 January 2027");

        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordVisitDelay", delay("The family were away over new year."));
        assertThat(deadlineRecords.findById(missedId).orElseThrow().getDelayReason())
                .startsWith("The family were away");
        assertThat(deadlineRecords.findById(next.getId()).orElseThrow().getDelayReason())
                .as("not on the next visit's deadline").isNull();
    }

    @Test
    void theBirthMovesTheWaitingCoreGroupsDueDateReminderAndTimer() {
        LocalDate expected = LocalDate.of(2027, 3, 1);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Baby", "Edgecase", null,
                Gender.NOT_KNOWN, null, null, expected), STRATEGY_DAY, ReferralSource.HEALTH, "Midwife's concerns.",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate conferenceDay = LocalDate.of(2026, 12, 18);
        ConferenceWalk.bookAndPrepare(this, ref, conferenceDay);
        setToday(conferenceDay);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(conferenceDay, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 17), "NEGLECT"));
        postCopies(ref);
        LocalDate firstMeeting = LocalDate.of(2027, 1, 5);
        setToday(firstMeeting);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", PlanWalk.meeting(firstMeeting,
                "Sam Worker, the mother", "Agreed the plan.", new PlanWalk.Action(null, "Attend antenatal care",
                        "Mother", LocalDate.of(2027, 2, 28), "The midwife confirms each visit.", "ON_TRACK")));
        var waiting = task(ref, "Task_HoldCoreGroupMeeting");
        assertThat(timer(ref, "Timer_CoreGroupOverdue").getDuedate())
                .isEqualTo(Today.startOf(LocalDate.of(2027, 2, 17)));

        LocalDate born = LocalDate.of(2027, 1, 20);
        setToday(born.plusDays(1));
        births.recordBirth(ref, born, "Amara", Gender.FEMALE, TestStaff.SOCIAL_WORKER);

        LocalDate broughtForward = LocalDate.of(2027, 2, 3);
        var same = task(ref, "Task_HoldCoreGroupMeeting");
        assertThat(same.getId()).as("the lead social worker keeps the same task").isEqualTo(waiting.getId());
        assertThat(same.getDueDate()).isEqualTo(Today.endOfWorkingDay(broughtForward));
        assertThat(same.getFollowUpDate()).isEqualTo(Today.startOf(LocalDate.of(2027, 2, 1)));
        assertThat(timer(ref, "Timer_CoreGroupOverdue").getDuedate()).as("the day after the new due date")
                .isEqualTo(Today.startOf(broughtForward.plusDays(1)));
        assertThat(process(ref, "child-protection-plan")).hasPassed("EndEvent_CoreGroupBroughtForward");

        setToday(broughtForward.plusDays(1));
        fireDueTimers(ref);
        assertThat(tasks.getVariablesLocal(task(ref, "Task_RecordCoreGroupDelay").getId()))
                .containsEntry("dueDateLabel", "Wednesday 3 February 2027");
    }

    @Autowired BirthService births;

    @Test
    void aReviewArrangedSoonerMovesTheReviewTimerAndTheBookingsDueDate() {
        // 18 on Monday 1 March 2027: "Arrange a review before the 18th birthday" comes 6 weeks before, while the
        // plan's first review is due after the birthday (19 March).
        String ref = caseWithPlan(LocalDate.of(2009, 3, 1));
        assertThat(timer(ref, "Timer_ReviewOverdue").getDuedate()).isEqualTo(Today.startOf(FIRST_REVIEW_DUE.plusDays(1)));
        setToday(LocalDate.of(2027, 1, 18));
        fireDueTimers(ref);
        LocalDate arranged = LocalDate.of(2027, 2, 15);
        Map<String, Object> form = new HashMap<>();
        form.put("reviewArrangedFor", arranged.toString());
        form.put("reviewNotes", "Review with the leaving care team.");
        complete(TestStaff.TEAM_MANAGER, ref, "Task_ArrangeReviewBeforeEighteen", form);

        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.REVIEW_CONFERENCE).getDueDate()).isEqualTo(arranged);
        assertThat(timer(ref, "Timer_ReviewOverdue").getDuedate()).isEqualTo(Today.startOf(arranged.plusDays(1)));
        var booking = task(ref, "Task_BookConference");
        assertThat(booking.getDueDate()).isEqualTo(Today.endOfWorkingDay(arranged));
        assertThat(booking.getFollowUpDate()).isEqualTo(Today.startOf(LocalDate.of(2027, 2, 11)));

        setToday(arranged.plusDays(1));
        fireDueTimers(ref);
        var escalation = task(ref, "Task_RecordReviewDelay");
        assertThat(tasks.getVariablesLocal(escalation.getId())).containsEntry("dueDateLabel", "Monday 15 February 2027");
    }

    @Test
    void aReviewThatEndsThePlanCannotAskForLegalAdviceAndWhatThePlanLeftOpenIsWrittenDown() {
        String ref = caseWithPlan();
        LocalDate review = LocalDate.of(2027, 3, 16);
        setToday(LocalDate.of(2027, 3, 8));
        ConferenceWalk.bookAndPrepare(this, ref, review);
        setToday(review);
        Map<String, Object> ending = conferenceRecord(review, "CHILD_IN_NEED", null, null);
        ending.put("endPlanReason", "The father has left; the mother keeps the child safe.");
        ending.put("seekLegalAdvice", true);
        ending.put("legalAdviceReason", "Harm has increased.");
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ref, "Task_HoldConference", ending))
                .hasMessageContaining("seekLegalAdvice: legal advice is sought while the plan continues");
        assertThat(plans.findById(planId(ref)).orElseThrow().isOpen()).isTrue();

        ending.put("seekLegalAdvice", false);
        ending.remove("legalAdviceReason");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", ending);

        assertThat(process(ref, "child-protection-plan")).isNull();
        assertThat(events.findByCaseIdOrderByEventDateAscIdAsc(cases.get(ref).getId()))
                .filteredOn(e -> e.getKind() == CaseEvent.Kind.TASK_WITHDRAWN)
                .extracting(CaseEvent::getDetails)
                .anySatisfy(d -> assertThat(d).startsWith("\"Hold core group meeting\" (" + TestStaff.SOCIAL_WORKER
                        + ") withdrawn: The Child Protection Plan ended on Tuesday 16 March 2027"))
                .anySatisfy(d -> assertThat(d).startsWith("\"Record statutory visit\" (" + TestStaff.SOCIAL_WORKER
                        + ") withdrawn: The Child Protection Plan ended"));
    }

    @Test
    void aBadReviewDecisionStopsThePlanAtItsGatewayAsAnIncident() {
        String ref = caseWithPlan();
        LocalDate review = LocalDate.of(2027, 3, 16);
        setToday(LocalDate.of(2027, 3, 8));
        ConferenceWalk.bookAndPrepare(this, ref, review);
        setToday(review);
        signIn(TestStaff.CHAIR);
        try {
            tasks.complete(task(ref, "Task_HoldConference").getId(), conferenceRecord(review, "CHILD_PROTECTION_PLAN",
                    TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 9, 15), "NEGLECT"));
        } finally {
            identity.clearAuthentication();
        }
        // The conference finishes; the plan's "Plan continues?" waits as a job. An administrator's mistake:
        String conference = process(ref, "child-protection-conference").getId();
        for (int round = 0; round < 5; round++) {
            management.createJobQuery().processInstanceId(conference).messages().list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        ProcessInstance plan = process(ref, "child-protection-plan");
        assertThat(plan).isWaitingAt("Gateway_ReviewDecision");
        runtime.setVariable(plan.getId(), "conferenceDecision", "CONTINUE");

        Job gateway = management.createJobQuery().processInstanceId(plan.getId()).activityId("Gateway_ReviewDecision")
                .singleResult();
        String failure = failUntilIncident(gateway);
        assertThat(failure).contains("stopped at \"Plan continues?\"")
                .contains("the decision conferenceDecision is 'CONTINUE'");
        Incident incident = runtime.createIncidentQuery().processInstanceId(plan.getId()).singleResult();
        assertThat(incident.getIncidentMessage()).contains("the decision conferenceDecision is 'CONTINUE'");
        assertThat(plans.findById(planId(ref)).orElseThrow().isOpen()).as("the plan does not end on a bad value")
                .isTrue();

        runtime.setVariable(plan.getId(), "conferenceDecision", "CHILD_PROTECTION_PLAN");
        management.setJobRetries(gateway.getId(), 1);
        runAsyncJobs(ref);
        assertThat(plan).hasPassed("Task_ContinuePlan").isWaitingAt("CallActivity_ReviewConference");
    }

    @Test
    void aSecondReferralsPlanDecisionIsRefusedInTheChairsForm() {
        LocalDate born = LocalDate.of(2014, 6, 6);
        String first = caseWithPlan(born);
        Long firstPlan = planId(first);

        setToday(LocalDate.of(2027, 1, 11));
        String second = openCase("Rowan", born);
        ConferenceWalk.toInitialConference(this, second, LocalDate.of(2027, 1, 11));
        LocalDate day = LocalDate.of(2027, 1, 25);
        ConferenceWalk.bookAndPrepare(this, second, day);
        setToday(day);
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, second, "Task_HoldConference", conferenceRecord(day,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 4, 23), "EMOTIONAL_ABUSE")))
                .hasMessageContaining("conferenceDecision: the child already has a Child Protection Plan open since "
                        + "Monday 21 December 2026 (case " + first + ")");
        assertThat(task(second, "Task_HoldConference")).as("the Chair's form stays open").isNotNull();
        assertThat(plans.findByCaseIdOrderByStartDateAsc(cases.get(second).getId())).isEmpty();
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, second, "Task_HoldConference",
                conferenceRecord(day, "CHILD_IN_NEED", null, null)))
                .hasMessageContaining("conferenceDecision: the child has a Child Protection Plan open since");

        complete(TestStaff.CHAIR, second, "Task_HoldConference", conferenceRecord(day, "NO_FURTHER_ACTION", null, null));
        assertThat(runtime.createIncidentQuery().list()).noneMatch(i -> i.getIncidentMessage() != null
                && i.getIncidentMessage().contains("already has a plan"));
        assertThat(process(second, "child-protection-conference")).isNull();
        ChildProtectionPlan untouched = plans.findById(firstPlan).orElseThrow();
        assertThat(untouched.isOpen()).isTrue();
        assertThat(untouched.getLatestCategory()).isEqualTo("NEG");
        assertThat(process(first, "child-protection-plan")).isWaitingAt("Task_HoldCoreGroupMeeting",
                "Task_RecordStatutoryVisit", "CallActivity_ReviewConference");
    }
}
