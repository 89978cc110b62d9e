package uk.gov.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.childprotection.demo.Submissions.delay;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.childprotection.cases.CaseSummary;
import uk.gov.childprotection.cases.CaseSummaryService;
import uk.gov.childprotection.cases.CaseTimers;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * A plan's due dates on a bank holiday come back to the working day before, and a missed deadline's reason stays
 * on the deadline that was missed, through the real plan process and the case summary.
 */
class DueDatesAndDelayReasonsIT extends ProcessTestSupport {

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired CaseSummaryService summaries;
    @Autowired DeadlineService deadlines;
    @Autowired CaseTimers timers;

    private static int children;

    private String caseWithPlan() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ivy", "Holiday",
                LocalDate.of(2015, 6, 1).plusDays(children++), Gender.FEMALE, null, null), STRATEGY_DAY,
                ReferralSource.HEALTH, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toPlan(this, ref, STRATEGY_DAY, CONFERENCE_DAY, LocalDate.of(2027, 3, 19));
        postCopies(ref);
        return ref;
    }

    private static Map<String, Object> meeting(LocalDate date, String actionId) {
        Map<String, Object> form = new HashMap<>();
        form.put("meetingDate", date.toString());
        form.put("attendees", "Sam Worker (lead social worker), Alex Example (mother)");
        form.put("action1Id", actionId == null ? "" : actionId);
        form.put("action1What", "Attend the parenting programme");
        form.put("action1Who", "Mother");
        form.put("action1ByWhen", "2027-06-01");
        form.put("action1SuccessMeasure", "The programme reports every session attended.");
        form.put("action1Progress", "ON_TRACK");
        form.put("notes", "Mother attended.");
        return form;
    }

    private void visit(String ref, LocalDate day) {
        setToday(day);
        Map<String, Object> form = new HashMap<>();
        form.put("visitDate", day.toString());
        form.put("childSeen", true);
        form.put("childSeenAlone", true);
        form.put("homeSeen", true);
        form.put("concerns", "");
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit", form);
    }

    private List<CaseSummary.DeadlineView> shown(String ref, DeadlineKind kind) {
        return summaries.summarise(ref).deadlines().stream().filter(d -> d.kind().equals(kind.name())).toList();
    }

    @Test
    void aCoreGroupDueOnEasterMondayIsDueTheThursdayBeforeGoodFriday() {
        String ref = caseWithPlan();
        LocalDate first = LocalDate.of(2027, 1, 5);
        setToday(first);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", meeting(first, null));
        LocalDate second = LocalDate.of(2027, 2, 15);
        setToday(second);
        String actionId = String.valueOf(summaries.summarise(ref).childProtectionPlans().get(0).actions().get(0).id());
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", meeting(second, actionId));

        // 6 weeks after Monday 15 February 2027 is Easter Monday 29 March; Good Friday 26 March is a holiday too.
        assertThat(shown(ref, DeadlineKind.CORE_GROUP)).last()
                .satisfies(d -> assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 3, 25)))
                .satisfies(d -> assertThat(d.metDate()).isNull());
        assertThat(shown(ref, DeadlineKind.CORE_GROUP)).first().as("the one before: 6 weeks after 5 January")
                .satisfies(d -> assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 2, 16)));
        assertThat(task(ref, "Task_HoldCoreGroupMeeting").getDueDate()).as("the meeting task is due that day too")
                .isInSameDayAs(java.sql.Date.valueOf(LocalDate.of(2027, 3, 25)));
    }

    @Test
    void theReasonForAMissedVisitStaysOnTheMissedVisitAfterTheNextOneOpened() {
        String ref = caseWithPlan();
        // On time every 10 working days, the last on Monday 15 February 2027: the next is due Monday 1 March.
        visit(ref, LocalDate.of(2027, 1, 7));
        visit(ref, LocalDate.of(2027, 1, 21));
        visit(ref, LocalDate.of(2027, 2, 4));
        visit(ref, LocalDate.of(2027, 2, 15));
        LocalDate missedDue = LocalDate.of(2027, 3, 1);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getDueDate()).isEqualTo(missedDue);

        setToday(missedDue.plusDays(1));
        fireDueTimers(ref);
        var escalation = task(ref, "Task_RecordVisitDelay");
        Long missedId = deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getId();
        assertThat(tasks.getVariablesLocal(escalation.getId())).containsEntry("dueDateLabel", "Monday 1 March 2027");
        // The diagram names the deadline as the escalation task's input (deadlineId), set when the timer fired.
        assertThat(tasks.getVariables(escalation.getId()))
                .as("the task keeps the deadline it is about").containsEntry("deadlineId", missedId);

        // The child is seen two days late: the missed deadline is met late and the next opens, due 17 March.
        visit(ref, LocalDate.of(2027, 3, 3));
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getDueDate())
                .isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(deadlines.missed(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getId())
                .as("the oldest missed visit not yet explained, not the latest").isEqualTo(missedId);

        complete(TestStaff.TEAM_MANAGER, ref, "Task_RecordVisitDelay", delay("The child was in hospital."));

        List<CaseSummary.DeadlineView> visits = shown(ref, DeadlineKind.STATUTORY_VISIT);
        assertThat(visits).filteredOn(d -> d.dueDate().equals(missedDue)).singleElement().satisfies(d -> {
            assertThat(d.delayReason()).isEqualTo("The child was in hospital.");
            assertThat(d.delayRecordedBy()).isEqualTo(TestStaff.TEAM_MANAGER);
            assertThat(d.metDate()).isEqualTo(LocalDate.of(2027, 3, 3));
            assertThat(d.overdue()).isTrue();
        });
        assertThat(visits).filteredOn(d -> d.dueDate().equals(LocalDate.of(2027, 3, 17))).singleElement()
                .satisfies(d -> assertThat(d.delayReason()).as("the next visit is not late").isNull());
        assertThat(visits).filteredOn(d -> d.delayReason() != null).hasSize(1);

        // With nothing missed left to explain, the fallback is the latest; a named deadline must be the case's own
        // and of the escalation's kind.
        Long nextId = deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getId();
        assertThat(deadlines.missed(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getId()).isEqualTo(nextId);
        assertThat(deadlines.escalated(cases.get(ref), DeadlineKind.STATUTORY_VISIT, missedId).getId())
                .isEqualTo(missedId);
        assertThatThrownBy(() -> deadlines.escalated(cases.get(ref), DeadlineKind.CORE_GROUP, missedId))
                .hasMessageContaining("is STATUTORY_VISIT, not CORE_GROUP");
        String otherCase = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Other", "Holiday",
                LocalDate.of(2014, 6, 1).plusDays(children++), Gender.MALE, null, null), STRATEGY_DAY,
                ReferralSource.HEALTH, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        assertThatThrownBy(() -> deadlines.explainDelay(cases.get(otherCase), missedId, "Wrong case", "someone"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("has no deadline " + missedId);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.STATUTORY_VISIT).getDelayReason()).isNull();
    }

    @Test
    void theReviewBefore18AndAPreBirthConferenceCountedInWeeksComeBackToTheWorkingDayBefore() {
        // 6 weeks before an 18th birthday on Sunday 7 February 2027 is Sunday 27 December 2026; Monday 28 is the
        // substitute Boxing Day and Friday 25 Christmas: the team manager is asked on Thursday 24 December.
        String older = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Jo", "Holiday",
                LocalDate.of(2009, 2, 7), Gender.MALE, null, null), STRATEGY_DAY, ReferralSource.HEALTH, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        assertThat(timers.reviewBeforeEighteen(older)).isEqualTo(java.util.Date.from(
                LocalDate.of(2026, 12, 24).atStartOfDay(uk.gov.childprotection.calendar.Today.ENGLAND).toInstant()));

        // An unborn child expected on Monday 7 June 2027: 10 weeks before is Easter Monday 29 March, after Good
        // Friday, so the ICPC (otherwise due 1 April, 15 working days after 10 March) is due Thursday 25 March.
        LocalDate discussed = LocalDate.of(2027, 3, 10);
        setToday(discussed);
        String unborn = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Baby", "Holiday", null,
                Gender.NOT_KNOWN, null, null, LocalDate.of(2027, 6, 7)), discussed, ReferralSource.HEALTH,
                "Concerns in pregnancy", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        complete(TestStaff.SOCIAL_WORKER, unborn, "Task_RecordStrategyDiscussion",
                strategyDiscussion(discussed, "SECTION_47"));
        assertThat(summaries.summarise(unborn).census().initialCpcTarget()).isEqualTo(LocalDate.of(2027, 3, 25));
    }
}
