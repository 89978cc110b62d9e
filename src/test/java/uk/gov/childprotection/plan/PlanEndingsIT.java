package uk.gov.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.CaseTimers;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Each way a plan ends in the case process ("Plan in force"): afterwards nothing of the case is left running
 * (no process instance, task or timer), a withdrawn task is on the chronology, and every event that comes too
 * late answers 409 through the API and stores nothing; an event dated before the plan answers 400. And the
 * 18th-birthday timers follow the birth when it is recorded.
 */
@AutoConfigureMockMvc
class PlanEndingsIT extends ProcessTestSupport {

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired MockMvc mvc;
    @Autowired ChildCaseService cases;
    @Autowired PlanEndingService endings;
    @Autowired BirthService births;
    @Autowired CaseEventRepository events;
    @Autowired ChildProtectionPlanRepository plans;

    /** A case whose initial conference on Monday 21 December 2026 made a plan. */
    private String caseWithPlan(String givenName, LocalDate dateOfBirth) {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails(givenName, "Example", dateOfBirth,
                Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.HEALTH, "Concerns", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toPlan(this, ref, STRATEGY_DAY, CONFERENCE_DAY, LocalDate.of(2027, 3, 19));
        postCopies(ref); // the conference record's copies without email go by post on the day
        return ref;
    }

    private ProcessInstance lifecycle(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).singleResult();
    }

    private ResultActions event(String ref, String path, String json) throws Exception {
        return mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + ref + "/" + path)
                .contentType(MediaType.APPLICATION_JSON).content(json)));
    }

    private static String dated(LocalDate date) {
        return "{\"date\": \"" + date + "\", \"details\": \"Reported by the police.\"}";
    }

    private static String move(LocalDate date) {
        return "{\"receivingCouncil\": \"Derby City Council\", \"notifiedDate\": \"" + date + "\"}";
    }

    private long eventsOf(String ref) {
        return endings.events(cases.get(ref).getId()).size();
    }

    private static Map<String, Object> decision(LocalDate on) {
        Map<String, Object> form = new HashMap<>();
        form.put("decisionDate", on.toString());
        form.put("agenciesConsulted", "Police, GP and school agreed the plan should end.");
        return form;
    }

    /** The first review before the 18th birthday is asked for (the timer fires), so there is open work beside the plan. */
    private void reviewBeforeEighteenAskedFor(String ref, LocalDate eighteenth) {
        setToday(eighteenth.minusWeeks(6));
        assertThat(fireDueTimers(ref)).isPositive();
        assertThat(task(ref, "Task_ArrangeReviewBeforeEighteen")).isNotNull();
    }

    /** Nothing of the case runs on: no process instance, no open task, no job (timer or other). */
    private void nothingLeftOpen(String ref) {
        for (int round = 0; round < 3; round++) {
            runAsyncJobs(ref);
            postCopies(ref); // the administrator posts the copies of the last documents without email
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
                .map(i -> i.getProcessDefinitionId().split(":")[0] + " at " + runtime.getActiveActivityIds(i.getId())
                        + " jobs " + management.createJobQuery().processInstanceId(i.getId()).list().stream()
                        .map(j -> j.getExceptionMessage() + "/" + j.getRetries()).toList())
                .toList()).as("no process instance of the case is active").isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).list()).as("no open task").isEmpty();
        for (var instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).list()) {
            assertThat(management.createJobQuery().processInstanceId(instance.getId()).list())
                    .as("no timer or job of " + instance.getProcessDefinitionKey()).isEmpty();
        }
        assertThat(plans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId())).allMatch(p -> !p.isOpen());
    }

    /** Every outside event now answers 409 with a message, and stores nothing. */
    private void lateEventsAreRefused(String ref) throws Exception {
        long before = eventsOf(ref);
        LocalDate day = today();
        event(ref, "death", dated(day)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("has no Child Protection Plan in force")));
        event(ref, "left-uk", dated(day)).andExpect(status().isConflict());
        event(ref, "move-to-another-council", move(day)).andExpect(status().isConflict());
        event(ref, "transfer-in-conference-held", dated(day)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Case " + ref)));
        event(ref, "birth", "{\"dateOfBirth\": \"" + day + "\"}").andExpect(status().isConflict());
        assertThat(eventsOf(ref)).as("nothing stored").isEqualTo(before);
    }

    /** The case's own lifecycle instance: the database may hold other tests' cases (PostgreSQL is shared). */
    private String caseInstance(String ref) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-case").singleResult().getId();
    }

    private List<String> withdrawn(String ref) {
        return endings.events(cases.get(ref).getId()).stream()
                .filter(e -> e.getKind() == CaseEvent.Kind.TASK_WITHDRAWN).map(CaseEvent::getDetails).toList();
    }

    @Test
    void anEventDatedBeforeThePlanOrInTheFutureIsRefusedAtTheDoorAndNothingIsStored() throws Exception {
        String ref = caseWithPlan("Ada", LocalDate.of(2019, 4, 4));
        setToday(LocalDate.of(2027, 1, 11));
        long before = eventsOf(ref);

        event(ref, "death", dated(CONFERENCE_DAY.minusDays(1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("date: must not be before the plan started (Monday 21 December 2026)")));
        event(ref, "left-uk", dated(today().plusDays(1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("date: must not be in the future")));
        event(ref, "move-to-another-council", move(CONFERENCE_DAY.minusDays(3))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("notifiedDate: must not be before the plan started")));
        event(ref, "transfer-in-conference-held", dated(today())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("report the move to another council first")));

        assertThat(eventsOf(ref)).as("nothing stored").isEqualTo(before);
        assertThat(lifecycle(ref)).isWaitingAt("CallActivity_PlanInForce");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_RecordPlanEndDecision")
                .count()).as("no decision to end the plan is asked for").isZero();
    }

    @Test
    void theChildsDeathEndsEverythingThatBelongsToThePlan() throws Exception {
        LocalDate born = LocalDate.of(2009, 3, 10);
        String ref = caseWithPlan("Bea", born);
        reviewBeforeEighteenAskedFor(ref, born.plusYears(18));
        LocalDate died = today();
        setToday(died.plusDays(1));

        event(ref, "death", dated(died)).andExpect(status().isNoContent());
        // A second ending while the first is being decided comes too late.
        event(ref, "left-uk", dated(died)).andExpect(status().isConflict());
        assertThat(lifecycle(ref)).isWaitingAt("Task_RecordPlanEndDecision");
        assertThat(withdrawn(ref)).as("the open review task is withdrawn, and the chronology says so")
                .anySatisfy(d -> assertThat(d).contains("Arrange a review before the 18th birthday"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(today()));

        assertThat(cases.get(ref).getStage()).isEqualTo(CaseStage.CLOSED);
        nothingLeftOpen(ref);
        lateEventsAreRefused(ref);
    }

    @Test
    void leavingTheUkEndsEverythingThatBelongsToThePlan() throws Exception {
        String ref = caseWithPlan("Cal", LocalDate.of(2018, 8, 8));
        LocalDate left = LocalDate.of(2027, 2, 1);
        setToday(left);
        endings.report(ref, CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL, left.minusDays(7), "Derby City Council",
                TestStaff.SOCIAL_WORKER);
        runAsyncJobs(ref);
        assertThat(task(ref, "Task_SendTransferPack")).isNotNull();

        event(ref, "left-uk", dated(left)).andExpect(status().isNoContent());
        assertThat(withdrawn(ref)).anySatisfy(d -> assertThat(d).contains("Send transfer pack"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(left));

        nothingLeftOpen(ref);
        lateEventsAreRefused(ref);
    }

    @Test
    void theEighteenthBirthdayEndsEverythingThatBelongsToThePlan() throws Exception {
        LocalDate born = LocalDate.of(2009, 3, 10);
        String ref = caseWithPlan("Dee", born);
        reviewBeforeEighteenAskedFor(ref, born.plusYears(18));

        setToday(born.plusYears(18));
        fireDueTimers(ref);
        assertThat(lifecycle(ref)).isWaitingAt("Task_RecordPlanEndDecision");
        assertThat(withdrawn(ref)).anySatisfy(d -> assertThat(d).contains("Arrange a review before the 18th birthday"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordPlanEndDecision", decision(today()));

        assertThat(plans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId()).get(0).getEndReason())
                .isEqualTo(PlanEndReason.EIGHTEENTH_BIRTHDAY.name());
        nothingLeftOpen(ref);
        lateEventsAreRefused(ref);
    }

    @Test
    void aTransferOutEndsEverythingThatBelongsToThePlan() throws Exception {
        LocalDate born = LocalDate.of(2009, 3, 10);
        String ref = caseWithPlan("Eve", born);
        reviewBeforeEighteenAskedFor(ref, born.plusYears(18));
        LocalDate told = today();
        event(ref, "move-to-another-council", move(told)).andExpect(status().isNoContent());
        event(ref, "move-to-another-council", move(told)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("already has a move to another council reported")));
        runAsyncJobs(ref);
        event(ref, "transfer-in-conference-held", dated(told.minusDays(1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("date: must not be before the receiving council was told")));

        setToday(told.plusDays(10));
        event(ref, "transfer-in-conference-held", dated(today())).andExpect(status().isNoContent());
        runAsyncJobs(ref);

        assertThat(withdrawn(ref)).as("the pack not yet sent and the review not arranged are withdrawn, on record")
                .anySatisfy(d -> assertThat(d).contains("Send transfer pack"))
                .anySatisfy(d -> assertThat(d).contains("Arrange a review before the 18th birthday"));
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(caseInstance(ref))
                .activityId("Task_WritePlanEndLetterTransferred")
                .finished().count()).isEqualTo(1);
        nothingLeftOpen(ref);
        lateEventsAreRefused(ref);
    }

    @Test
    void aReviewThatStepsDownEndsEverythingThatBelongsToThePlan() throws Exception {
        String ref = caseWithPlan("Fay", LocalDate.of(2016, 6, 6));
        setToday(LocalDate.of(2027, 3, 1));
        event(ref, "move-to-another-council", move(today())).andExpect(status().isNoContent());
        runAsyncJobs(ref);
        assertThat(task(ref, "Task_SendTransferPack")).isNotNull();

        LocalDate review = LocalDate.of(2027, 3, 17);
        ConferenceWalk.bookAndPrepare(this, ref, review);
        setToday(review);
        Map<String, Object> stepDown = conferenceRecord(review, "CHILD_IN_NEED", null, null);
        stepDown.put("endPlanReason", "The parents have completed the programme; the school sees a settled child.");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", stepDown);

        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(caseInstance(ref))
                .activityId("Task_WritePlanEndLetterAtReview")
                .finished().count()).isEqualTo(1);
        assertThat(withdrawn(ref)).as("the review ended the plan with the transfer pack unsent: on record")
                .anySatisfy(d -> assertThat(d).contains("Send transfer pack"));
        assertThat(cases.get(ref).getStage()).isEqualTo(CaseStage.CHILD_IN_NEED);
        nothingLeftOpen(ref);
        lateEventsAreRefused(ref);
    }

    @Test
    void theEighteenthBirthdayTimersFollowTheBirthRecordedAfterAPreBirthPlan() {
        LocalDate expected = LocalDate.of(2027, 3, 1);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Baby", "Unborn", null,
                Gender.NOT_KNOWN, null, null, expected), STRATEGY_DAY, ReferralSource.HEALTH,
                "Midwife concerned about the mother's drug use in pregnancy.", List.of(), TestStaff.SOCIAL_WORKER,
                TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate conferenceDay = LocalDate.of(2026, 12, 18);
        ConferenceWalk.bookAndPrepare(this, ref, conferenceDay);
        setToday(conferenceDay);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(conferenceDay, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 17), "NEGLECT"));
        assertThat(timer(ref, CaseTimers.EIGHTEENTH_BIRTHDAY).getDuedate())
                .as("set from the expected date of delivery").isEqualTo(Today.startOf(expected.plusYears(18)));

        LocalDate born = expected.plusMonths(2);
        setToday(born.plusDays(1));
        births.recordBirth(ref, born, "Amara", Gender.FEMALE, TestStaff.SOCIAL_WORKER);

        assertThat(timer(ref, CaseTimers.EIGHTEENTH_BIRTHDAY).getDuedate()).isEqualTo(Today.startOf(born.plusYears(18)));
        assertThat(timer(ref, CaseTimers.REVIEW_BEFORE_EIGHTEEN).getDuedate())
                .isEqualTo(Today.startOf(born.plusYears(18).minusWeeks(6)));

        // On the day 18 years after the expected date, nothing: the child is not 18 yet.
        setToday(expected.plusYears(18));
        assertThat(management.createJobQuery().jobId(timer(ref, CaseTimers.EIGHTEENTH_BIRTHDAY).getId())
                .duedateLowerThan(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).count()).isZero();
        // On the real 18th birthday the plan's end is asked for.
        setToday(born.plusYears(18));
        management.executeJob(timer(ref, CaseTimers.EIGHTEENTH_BIRTHDAY).getId());
        assertThat(lifecycle(ref)).isWaitingAt("Task_RecordPlanEndDecision");
        assertThat(tasks.getVariablesLocal(task(ref, "Task_RecordPlanEndDecision").getId()))
                .containsEntry("planEndReasonLabel", PlanEndReason.EIGHTEENTH_BIRTHDAY.description());
    }

    private Job timer(String ref, String activityId) {
        return management.createJobQuery().processInstanceId(lifecycle(ref).getId()).timers().activityId(activityId)
                .singleResult();
    }
}
