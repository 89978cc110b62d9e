package uk.gov.childprotection.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.delay;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.json;
import static uk.gov.childprotection.demo.Submissions.reportShared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Circumstance;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/** Every path of child-protection-conference, and the rules of booking, invitations, exclusion and quorum. */
class ConferenceProcessIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process("child-protection-conference");
        }
    }

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DeadlineService deadlines;

    private String caseAtConference(LocalDate dateOfBirth, Circumstance... circumstances) {
        return caseAtConference("Tia", dateOfBirth, circumstances);
    }

    private String caseAtConference(String givenName, LocalDate dateOfBirth, Circumstance... circumstances) {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails(givenName, "Example", dateOfBirth,
                Gender.FEMALE, null, "English"), STRATEGY_DAY.minusDays(1), ReferralSource.SCHOOL, "Concerns",
                List.of(circumstances), TestStaff.SOCIAL_WORKER, TestStaff.MANAGER_AND_CHAIR, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        return ref;
    }

    private ProcessInstance conferenceProcess(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").singleResult();
    }

    /** The case's latest initial conference (a plan decision convenes a review straight away). */
    private Conference conference(String ref) {
        List<Conference> initial = conferences.ofCase(cases.get(ref).getId()).stream()
                .filter(c -> c.getConferenceType() == ConferenceType.INITIAL).toList();
        return initial.get(initial.size() - 1);
    }

    /**
     * A brother and sister at one meeting: the second child's conference waits for the first's, an inquorate
     * meeting is re-listed for both, and each gets their own decision when it decides.
     */
    @Test
    void brotherAndSisterAreDecidedAtOneMeetingReListedTogether() {
        // Names of their own: a child already known (the same names and date of birth) is the same child.
        String tia = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Isla", "Rowan",
                LocalDate.of(2015, 2, 2), Gender.FEMALE, null, "English"), STRATEGY_DAY.minusDays(1),
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.MANAGER_AND_CHAIR,
                null)).getReference();
        ConferenceWalk.toInitialConference(this, tia, STRATEGY_DAY);
        Long familyId = cases.get(tia).getChild().getFamilyId();
        String sam = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Sam", "Rowan",
                LocalDate.of(2019, 5, 5), Gender.MALE, null, "English"), STRATEGY_DAY.minusDays(1),
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.MANAGER_AND_CHAIR,
                null, familyId)).getReference();
        ConferenceWalk.toInitialConference(this, sam, STRATEGY_DAY);
        runAsyncJobs(sam);
        assertThat(conferenceProcess(sam)).isWaitingAt("Task_WaitForHouseholdMeeting");
        assertThat(conference(sam).getHeldWithId()).isEqualTo(conference(tia).getId());

        ConferenceWalk.bookAndPrepare(this, tia, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        Map<String, Object> inquorate = conferenceRecord(CONFERENCE_DAY, "RELIST", null, null);
        inquorate.remove("conferenceDecision");
        inquorate.put("agenciesAttended", json(List.of("SOCIAL_CARE", "POLICE")));
        inquorate.put("children", json(List.of(Map.of("caseReference", tia, "decision", "RELIST"),
                Map.of("caseReference", sam, "decision", "RELIST"))));
        complete(TestStaff.CHAIR, tia, "Task_HoldConference", inquorate);
        runAsyncJobs(tia);
        assertThat(conference(tia).getRelistedFromId()).isNotNull();
        assertThat(conference(sam).getRelistedFromId()).isNotNull();
        assertThat(conference(sam).getHeldWithId()).isEqualTo(conference(tia).getId());
        assertThat(conferenceProcess(sam)).isWaitingAt("Task_WaitForHouseholdMeeting");

        LocalDate again = CONFERENCE_DAY.plusDays(2);
        complete(TestStaff.ADMINISTRATOR, tia, "Task_BookConference", booking(again, TestStaff.CHAIR));
        assertThat(conference(sam).getScheduledDate()).isEqualTo(again);
        ConferenceWalk.prepare(this, tia);
        setToday(again);
        Map<String, Object> decided = conferenceRecord(again, "CHILD_IN_NEED", null, null);
        decided.remove("conferenceDecision");
        decided.remove("childWishesAndFeelings");
        decided.put("children", json(List.of(
                Map.of("caseReference", tia, "decision", "CHILD_IN_NEED", "wishesAndFeelings", "Tia's own words"),
                Map.of("caseReference", sam, "decision", "NO_FURTHER_ACTION", "wishesAndFeelings", "Sam drew"))));
        complete(TestStaff.CHAIR, tia, "Task_HoldConference", decided);
        runAsyncJobs(tia);
        runAsyncJobs(sam);
        assertThat(conference(tia).getDecision()).isEqualTo(ConferenceDecision.CHILD_IN_NEED);
        assertThat(conference(sam).getDecision()).isEqualTo(ConferenceDecision.NO_FURTHER_ACTION);
        assertThat(conference(sam).getChildWishesAndFeelings()).isEqualTo("Sam drew");
        assertThat(cases.get(sam).getStage()).isEqualTo(uk.gov.childprotection.cases.CaseStage.CLOSED);
        assertThat(cases.get(tia).getStage()).isEqualTo(uk.gov.childprotection.cases.CaseStage.CHILD_IN_NEED);
    }

    @Test
    void aConferenceRunsFromBookingToAPlanDecision() {
        String ref = caseAtConference(LocalDate.of(2018, 4, 10), Circumstance.DOMESTIC_ABUSE);
        ProcessInstance process = conferenceProcess(ref);
        assertThat(process).hasPassed("Task_ProposeAgencies").isWaitingAt("Task_BookConference");
        assertThat(runtime.getVariables(process.getId())).doesNotContainKey("proposedAgencies");
        assertThat(conference(ref).getProposedAgencies()).containsExactlyInAnyOrder(Agency.SOCIAL_CARE,
                Agency.POLICE, Agency.GP, Agency.SCHOOL, Agency.SCHOOL_NURSE, Agency.DOMESTIC_ABUSE_SERVICE);
        Task booking = task(ref, "Task_BookConference");
        assertThat(booking.getDueDate()).isNotNull();
        assertThat(tasks.getVariablesLocal(booking.getId())).containsEntry("childName", "Tia Example")
                .containsEntry("conferenceDueDateLabel", "Wednesday 30 December 2026");

        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(CONFERENCE_DAY, TestStaff.CHAIR));
        Task invite = task(ref, "Task_InviteParticipants");
        Map<String, Object> prefill = tasks.getVariablesLocal(invite.getId());
        assertThat(((SpinJsonNode) prefill.get("invitedAgencies")).elements()).hasSize(6);
        assertThat(prefill).containsEntry("childInvited", false);

        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invitations("POLICE", "SCHOOL", "GP"));
        assertThat(process).hasPassed("Task_WriteInvitations", "Task_RequestAgencyReports")
                .isWaitingAt("Task_ShareSocialWorkerReport", "Task_ContactParents", "Task_RecordAgencyReports");
        assertThat(task(ref, "Task_ContactParents").getAssignee()).isEqualTo(TestStaff.CHAIR);
        assertThat(task(ref, "Task_ShareSocialWorkerReport").getAssignee()).isEqualTo(TestStaff.SOCIAL_WORKER);
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS).getDueDate())
                .as("3 working days before Monday 21 December").isEqualTo(LocalDate.of(2026, 12, 16));
        List<Participant> invited = conferences.participants(conference(ref).getId());
        assertThat(invited).filteredOn(p -> p.getKind() == Participant.Kind.AGENCY)
                .extracting(Participant::getAgency)
                .containsExactlyInAnyOrder(Agency.SOCIAL_CARE, Agency.POLICE, Agency.SCHOOL, Agency.GP);
        assertThat(invited).filteredOn(p -> p.getAgency() == Agency.POLICE).singleElement()
                .satisfies(p -> assertThat(p.getReportRequestedDate()).isEqualTo(STRATEGY_DAY));
        assertThat(invited).filteredOn(p -> p.getKind() == Participant.Kind.PARENT).extracting(Participant::getName,
                Participant::getInterpreterLanguage).contains(org.assertj.core.groups.Tuple.tuple("Alex Example", "Polish"));
        assertThat(invited).filteredOn(p -> p.getKind() == Participant.Kind.CHILD).singleElement()
                .satisfies(p -> assertThat(p.isNeedsAdvocate()).isTrue());
        assertThat(invited).filteredOn(p -> p.getKind() == Participant.Kind.PROFESSIONAL).singleElement()
                .satisfies(p -> {
                    assertThat(p.getName()).isEqualTo("Mrs P Green");
                    assertThat(p.getAgency()).isEqualTo(Agency.SCHOOL);
                });

        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportShared(STRATEGY_DAY));
        Map<String, Object> exclusion = chairContact(STRATEGY_DAY);
        exclusion.put("exclusionRequested", true);
        exclusion.put("excludedParentName", "Jordan Example");
        exclusion.put("exclusionRequestedBy", "Police");
        exclusion.put("exclusionDecision", "EXCLUDED_FROM_PART");
        exclusion.put("exclusionReason", "Bail conditions prevent contact with the mother.");
        exclusion.put("parentViewsArrangement", "The Chair meets the father separately before the conference.");
        complete(TestStaff.CHAIR, ref, "Task_ContactParents", exclusion);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));

        assertThat(process).isWaitingAt("Task_HoldConference");
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));

        assertThat(process).hasPassed("EndEvent_ConferenceDecided").isEnded();
        Conference held = conference(ref);
        assertThat(held.getQuorate()).isTrue();
        assertThat(held.getDecision()).isEqualTo(ConferenceDecision.CHILD_PROTECTION_PLAN);
        assertThat(held.getCategories()).containsExactly(Category.NEGLECT);
        assertThat(held.getChildWishesAndFeelings()).contains("shouting to stop");
        assertThat(held.getSwReportSharedDate()).isEqualTo(STRATEGY_DAY);
        assertThat(conferences.scaling(held.getId())).extracting(ScalingScore::getScore).containsExactly(3, 6);
        assertThat(conferences.coreGroup(held.getId())).hasSize(3);
        Participant father = conferences.participants(held.getId()).stream()
                .filter(p -> p.getName().equals("Jordan Example")).findFirst().orElseThrow();
        assertThat(father.getExclusion()).isEqualTo(ExclusionDecision.EXCLUDED_FROM_PART);
        assertThat(father.getExclusionReason()).contains("Bail conditions");
        assertThat(conferences.participants(held.getId()))
                .filteredOn(p -> p.getKind() == Participant.Kind.AGENCY && p.getAgency() == Agency.SCHOOL)
                .singleElement().satisfies(p -> assertThat(p.isReportReceived()).isTrue());
        String lifecycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(ChildCaseService.LIFECYCLE_PROCESS).singleResult().getId();
        assertThat(runtime.getVariables(lifecycle)).as("business data stays in the domain tables")
                .containsKeys("caseReference", "conferenceId", "conferenceDecision")
                .doesNotContainKeys("dangerStatements", "scaling", "conferenceDate", "parents", "categories");
    }

    @Test
    void anInquorateConferenceIsRelistedAndBookedAgain() {
        String ref = caseAtConference(LocalDate.of(2013, 1, 1));
        assertThat(tasks.getVariablesLocal(task(ref, "Task_BookConference").getId()))
                .containsEntry("conferenceTypeLabel", "initial child protection conference");
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        Map<String, Object> inquorate = conferenceRecord(CONFERENCE_DAY, "RELIST", null, null);
        inquorate.put("agenciesAttended", json(List.of("SOCIAL_CARE", "POLICE")));
        Long first = conference(ref).getId();

        complete(TestStaff.CHAIR, ref, "Task_HoldConference", inquorate);

        ProcessInstance process = conferenceProcess(ref);
        assertThat(process).hasPassed("Task_RelistConference").isWaitingAt("Task_BookConference");
        Conference relisted = conference(ref);
        assertThat(relisted.getId()).isNotEqualTo(first);
        assertThat(relisted.getRelistedFromId()).isEqualTo(first);
        assertThat(conferences.get(first).getStatus()).isEqualTo(ConferenceStatus.RELISTED);
        assertThat(conferences.get(first).getQuorate()).isFalse();
        assertThat(conferences.participants(relisted.getId())).hasSameSizeAs(conferences.participants(first));
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getMetDate()).isNull();

        LocalDate again = LocalDate.of(2026, 12, 23);
        ConferenceWalk.bookAndPrepare(this, ref, again);
        var hold = task(ref, "Task_HoldConference");
        assertThat(hold.getDueDate()).as("the re-listed conference's day, not the first booking's")
                .isEqualTo(Today.endOfWorkingDay(again));
        assertThat(hold.getFollowUpDate()).as("2 working days before Wednesday 23 December")
                .isEqualTo(Today.startOf(LocalDate.of(2026, 12, 21)));
        setToday(again);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(again, "NO_FURTHER_ACTION", null, null));
        assertThat(process).isEnded();
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getMetDate()).isEqualTo(again);
    }

    @Test
    void theChairMustBeAChairAndIndependentOfTheCase() {
        String ref = caseAtConference(LocalDate.of(2015, 2, 2));

        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                booking(CONFERENCE_DAY, TestStaff.OTHER_SOCIAL_WORKER)))
                .hasMessageContaining("chair: '" + TestStaff.OTHER_SOCIAL_WORKER + "' is not a Child Protection Chair");
        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                booking(CONFERENCE_DAY, TestStaff.MANAGER_AND_CHAIR)))
                .hasRootCauseInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("the Chair must be independent of the case");
        assertThat(conference(ref).getChair()).isNull();
        assertThat(conference(ref).getStatus()).isEqualTo(ConferenceStatus.TO_BE_BOOKED);
    }

    @Test
    void aBookingOnABankHolidayInThePastWithoutAVenueIsRefused() {
        String ref = caseAtConference(LocalDate.of(2015, 2, 2));
        Map<String, Object> christmas = booking(LocalDate.of(2026, 12, 28), TestStaff.CHAIR);
        christmas.put("venue", "");
        christmas.put("conferenceTime", "9.30");

        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", christmas))
                .hasMessageContaining("conferenceDate: Monday 28 December 2026 is not a working day")
                .hasMessageContaining("conferenceTime: use the 24-hour clock")
                .hasMessageContaining("venue: give a venue or an online meeting link");
        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                booking(STRATEGY_DAY.minusDays(1), TestStaff.CHAIR)))
                .hasMessageContaining("conferenceDate: must not be in the past");
        assertThat(conference(ref).getScheduledDate()).isNull();
    }

    @Test
    void invitationsNeedAParentAndEnoughAgenciesForAQuorum() {
        // A child of their own: the form opens with a known child's household parents already in its slots.
        String ref = caseAtConference("Nell", LocalDate.of(2015, 2, 2));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(CONFERENCE_DAY, TestStaff.CHAIR));
        Map<String, Object> tooFew = invitations("POLICE");
        tooFew.keySet().removeIf(key -> key.startsWith("parent"));
        tooFew.put("namedProfessionals", "Jo Smith, Hospital, jo@example.org");

        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", tooFew))
                .hasMessageContaining("namedProfessionals: line 1 'Jo Smith, Hospital, jo@example.org': write name, agency");
        tooFew.put("namedProfessionals", "Jo Smith, school nurse");
        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", tooFew))
                .hasMessageContaining("invitedAgencies: invite at least 2 agencies besides children's social care")
                .hasMessageContaining("parents: invite at least one parent or carer");
        Map<String, Object> noRelationship = invitations("POLICE", "GP");
        noRelationship.remove("parent2Relationship");
        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", noRelationship))
                .hasMessageContaining("parent2Relationship: The relationship to the child is required");
        assertThat(conferences.participants(conference(ref).getId())).isEmpty();
    }

    @Test
    void theChairsExclusionDecisionAndTheReportsAreChecked() {
        String ref = caseAtConference(LocalDate.of(2015, 2, 2));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(CONFERENCE_DAY, TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invitations("POLICE", "SCHOOL"));
        Map<String, Object> unknownParent = chairContact(STRATEGY_DAY);
        unknownParent.put("exclusionRequested", true);
        unknownParent.put("excludedParentName", "Somebody Else");
        unknownParent.put("exclusionDecision", "EXCLUDED_FROM_WHOLE");

        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ref, "Task_ContactParents", unknownParent))
                .hasMessageContaining("excludedParentName: no invited parent or carer is called 'Somebody Else'")
                .hasMessageContaining("exclusionReason: record the reason for your decision")
                .hasMessageContaining("parentViewsArrangement");
        Map<String, Object> sharedNotReceived = agencyReports("POLICE");
        sharedNotReceived.put("reportsSharedWithFamily", json(List.of("SCHOOL")));
        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", sharedNotReceived))
                .hasMessageContaining("School: a report can only be shared once it has been received");
        assertThat(tasks.getVariablesLocal(task(ref, "Task_RecordAgencyReports").getId()).get("agencyOptions").toString())
                .contains("POLICE").contains("SCHOOL").doesNotContain("SOCIAL_CARE");
        assertThat(conference(ref).getParentsContactedDate()).isNull();
    }

    @Test
    void theConferenceRecordKeepsTheQuorumAndPlanRules() {
        String ref = caseAtConference(LocalDate.of(2015, 2, 2));
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);

        Map<String, Object> inquorate = conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER,
                LocalDate.of(2027, 4, 30));
        inquorate.put("agenciesAttended", json(List.of("SOCIAL_CARE", "POLICE")));
        // 3 months after Monday 21 December 2026 is Sunday 21 March: the latest review date is the Friday before.
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ref, "Task_HoldConference", inquorate))
                .hasMessageContaining("conferenceDecision: the conference is not quorate")
                .hasMessageContaining("categories: a Child Protection Plan needs at least one category")
                .hasMessageContaining("reviewDate: must be within 3 months of the conference (by Friday 19 March 2027)");

        Map<String, Object> quorateRelist = conferenceRecord(CONFERENCE_DAY, "RELIST", null, null);
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ref, "Task_HoldConference", quorateRelist))
                .hasMessageContaining("the conference is quorate, so it decides");
        Map<String, Object> noVoice = conferenceRecord(CONFERENCE_DAY, "CHILD_IN_NEED", null, null);
        noVoice.remove("childWishesAndFeelings");
        noVoice.put("scaling", "Mother: 12");
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ref, "Task_HoldConference", noVoice))
                .hasMessageContaining("childWishesAndFeelings: record the child's wishes and feelings")
                .hasMessageContaining("scaling: line 1 (Mother): a score from 0 (very worried) to 10 (safe)");
        assertThat(conference(ref).getHeldDate()).isNull();

        Map<String, Object> exceptional = conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER,
                LocalDate.of(2027, 3, 19), "SEXUAL_ABUSE");
        exceptional.put("agenciesAttended", json(List.of("SOCIAL_CARE", "POLICE")));
        exceptional.put("proceedInquorate", true);
        exceptional.put("inquorateReason", "The child is at immediate risk; the school could not attend at short notice.");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", exceptional);
        Conference decided = conference(ref);
        assertThat(decided.getQuorate()).isFalse();
        assertThat(decided.getInquorateReason()).contains("immediate risk");
        assertThat(decided.getDecision()).isEqualTo(ConferenceDecision.CHILD_PROTECTION_PLAN);
    }

    @Test
    void aLateReportToTheParentsEscalatesTheDayAfterItWasDue() {
        String ref = caseAtConference(LocalDate.of(2014, 5, 5));
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        // The first case shares its report in time; this one does not.
        String late = caseAtConference(LocalDate.of(2014, 5, 6));
        complete(TestStaff.ADMINISTRATOR, late, "Task_BookConference", booking(CONFERENCE_DAY, TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, late, "Task_InviteParticipants", invitations("POLICE", "SCHOOL", "GP"));
        LocalDate due = LocalDate.of(2026, 12, 16);
        var report = task(late, "Task_ShareSocialWorkerReport");
        assertThat(report.getDueDate()).isEqualTo(Today.endOfWorkingDay(due));
        assertThat(report.getFollowUpDate()).isEqualTo(Today.startOf(LocalDate.of(2026, 12, 14)));
        assertThat(task(late, "Task_ContactParents").getFollowUpDate())
                .as("2 working days before Friday 18 December").isEqualTo(Today.startOf(LocalDate.of(2026, 12, 16)));

        setToday(due);
        assertThat(fireDueTimers(late)).as("due today, not yet late").isZero();
        setToday(due.plusDays(1));
        assertThat(fireDueTimers(late)).isEqualTo(1);
        var escalation = task(late, "Task_RecordReportDelay");
        assertThat(escalation.getAssignee()).isEqualTo(TestStaff.MANAGER_AND_CHAIR);
        assertThat(escalation.getDueDate()).isEqualTo(Today.endOfWorkingDay(due.plusDays(2)));
        assertThat(tasks.getVariablesLocal(escalation.getId()))
                .containsEntry("dueDateLabel", "Wednesday 16 December 2026");
        complete(TestStaff.MANAGER_AND_CHAIR, late, "Task_RecordReportDelay", delay("The social worker was ill."));
        assertThat(deadlines.latest(cases.get(late), DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS).getDelayReason())
                .isEqualTo("The social worker was ill.");
        assertThat(conferenceProcess(late)).hasPassed("EndEvent_ReportDelayExplained")
                .isWaitingAt("Task_ShareSocialWorkerReport", "Task_ContactParents", "Task_RecordAgencyReports");
        assertThat(fireDueTimers(ref)).as("a report shared in time raises nothing").isZero();
    }

    @Test
    void aMissingDecisionStopsTheConferenceAtItsGatewayAsAnIncident() {
        String ref = caseAtConference(LocalDate.of(2014, 5, 7));
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        signIn(TestStaff.CHAIR);
        try {
            tasks.complete(task(ref, "Task_HoldConference").getId(),
                    conferenceRecord(CONFERENCE_DAY, "NO_FURTHER_ACTION", null, null));
        } finally {
            identity.clearAuthentication();
        }
        ProcessInstance process = conferenceProcess(ref);
        runtime.removeVariable(process.getId(), "conferenceDecision");
        var job = management.createJobQuery().processInstanceId(process.getId())
                .activityId("Gateway_ConferenceDecided").singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // retried, as the job executor would, until the retries are spent
            }
        }
        var incident = runtime.createIncidentQuery().processInstanceId(process.getId()).singleResult();
        assertThat(incident.getIncidentMessage()).contains("stopped at \"Decided?\"")
                .contains("the decision conferenceDecision is missing");
        assertThat(process).isWaitingAt("Gateway_ConferenceDecided");
        assertThat(process).hasNotPassed("Task_WriteConferenceRecord", "Task_RelistConference");
    }
}
