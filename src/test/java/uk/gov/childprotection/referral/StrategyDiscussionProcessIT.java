package uk.gov.childprotection.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.authorisation;
import static uk.gov.childprotection.demo.Submissions.referral;
import static uk.gov.childprotection.demo.Submissions.section47Findings;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.StatutoryDeadline;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/** Every path of strategy-discussion, and the rules its listeners keep. */
class StrategyDiscussionProcessIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process("strategy-discussion");
        }
    }

    @Autowired ChildCaseService cases;
    @Autowired ReferralService referrals;
    @Autowired DeadlineService deadlines;
    @Autowired StrategyDiscussionRepository discussions;

    private String newCase() {
        return runtime.startProcessInstanceByKey(ChildCaseService.LIFECYCLE_PROCESS,
                referral("Sky", "Example", LocalDate.of(2014, 6, 1), STRATEGY_DAY.minusDays(2))).getBusinessKey();
    }

    private ProcessInstance strategyProcess(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("strategy-discussion").singleResult();
    }

    private String referralOutcome(String ref) {
        return (String) history.createHistoricVariableInstanceQuery().variableName("referralOutcome")
                .processInstanceId(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
                        .processDefinitionKey("strategy-discussion").singleResult().getId())
                .singleResult().getValue();
    }

    @Test
    void noFurtherActionEndsWithoutAnEnquiry() {
        String ref = newCase();
        ProcessInstance strategy = strategyProcess(ref);
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getAssignee()).isNull();

        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "NO_FURTHER_ACTION"));

        assertThat(strategy).hasPassed("EndEvent_NoEnquiry").isEnded();
        assertThat(referralOutcome(ref)).isEqualTo("NO_FURTHER_ACTION");
        StrategyDiscussion stored = referrals.strategyDiscussion(cases.get(ref)).orElseThrow();
        assertThat(stored.getPoliceParticipant()).contains("DC Jo Bloggs");
        assertThat(stored.getRecordedBy()).isEqualTo(TestStaff.SOCIAL_WORKER);
        assertThat(referrals.findEnquiry(cases.get(ref))).isEmpty();
    }

    @Test
    void aReturnedEnquiryGoesBackToTheSocialWorkerWithTheManagersComments() {
        String ref = newCase();
        ProcessInstance strategy = strategyProcess(ref);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        assertThat(strategy).isWaitingAt("Task_RecordSection47Findings");
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getDueDate())
                .isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(task(ref, "Task_RecordSection47Findings").getDueDate()).isNotNull();

        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, STRATEGY_DAY, "NOT_SUBSTANTIATED"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome",
                authorisation("RETURNED", "Please speak to the GP before concluding."));

        assertThat(strategy).isWaitingAt("Task_RecordSection47Findings");
        Map<String, Object> shown = tasks.getVariablesLocal(task(ref, "Task_RecordSection47Findings").getId());
        assertThat(shown).containsEntry("managerComments", "Please speak to the GP before concluding.")
                .containsEntry("section47Outcome", "NOT_SUBSTANTIATED");

        setToday(STRATEGY_DAY.plusDays(1));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, STRATEGY_DAY.plusDays(1), "NOT_SUBSTANTIATED"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome", authorisation("AUTHORISED", null));

        assertThat(strategy).hasPassed("EndEvent_EnquiryConcluded").isEnded();
        assertThat(referralOutcome(ref)).isEqualTo("NO_FURTHER_ACTION");
        Section47Enquiry enquiry = referrals.enquiry(ref);
        assertThat(enquiry.getAuthorisedBy()).isEqualTo(TestStaff.TEAM_MANAGER);
        assertThat(enquiry.getCompletedDate()).isEqualTo(STRATEGY_DAY.plusDays(1));
        assertThat(cases.get(ref).getIcpcNotRequired()).isTrue();
        StatutoryDeadline icpc = deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD);
        assertThat(icpc.getDueDate()).as("the ICPC target stays on the record").isNotNull();
        assertThat(icpc.isOpen()).as("no ICPC is required, so it is no longer measured").isFalse();
        assertThat(icpc.getClosedDate()).isEqualTo(STRATEGY_DAY.plusDays(1));
        assertThat(icpc.getClosedReason()).contains("No initial conference needed");
        assertThat(icpc.isOverdueOn(STRATEGY_DAY.plusYears(1))).isFalse();
    }

    @Test
    void aSubstantiatedEnquiryWithoutContinuingRiskLeadsToAChildInNeedPlan() {
        String ref = newCase();
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, STRATEGY_DAY, "CHILD_IN_NEED"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome", authorisation("AUTHORISED", null));

        assertThat(referralOutcome(ref)).isEqualTo("CHILD_IN_NEED");
    }

    @Test
    void continuingRiskConvenesAnInitialConference() {
        String ref = newCase();
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, STRATEGY_DAY, "CONVENE_ICPC"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome", authorisation("AUTHORISED", null));

        assertThat(referralOutcome(ref)).isEqualTo("INITIAL_CONFERENCE");
        assertThat(cases.get(ref).getIcpcNotRequired()).isFalse();
    }

    @Test
    void aStrategyDiscussionInTheFutureOrWithoutThePoliceIsRefusedAndNothingIsStored() {
        String ref = newCase();
        Map<String, Object> form = strategyDiscussion(STRATEGY_DAY.plusDays(1), "SECTION_47");
        form.remove("policeParticipant");

        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", form))
                .hasRootCauseInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("policeParticipant: Who took part for the police is required")
                .hasMessageContaining("strategyDiscussionDate: must not be in the future");
        assertThat(discussions.findByCaseId(cases.get(ref).getId())).isEmpty();
        assertThat(strategyProcess(ref)).isWaitingAt("Task_RecordStrategyDiscussion");

        Map<String, Object> beforeReferral = strategyDiscussion(STRATEGY_DAY.minusDays(10), "SECTION_47");
        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", beforeReferral))
                .hasMessageContaining("must not be before the referral");
        Map<String, Object> unknownDecision = strategyDiscussion(STRATEGY_DAY, "MAYBE");
        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", unknownDecision))
                .hasMessageContaining("strategyDecision");
        assertThat(discussions.findByCaseId(cases.get(ref).getId())).isEmpty();
    }

    @Test
    void anEnquiryReturnedWithoutCommentsOrCompletedBeforeItStartedIsRefused() {
        String ref = newCase();
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategyDiscussion(STRATEGY_DAY, "SECTION_47"));

        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, STRATEGY_DAY.minusDays(1), "CONVENE_ICPC")))
                .hasMessageContaining("enquiryCompletedDate: must not be before the enquiry started");
        assertThat(referrals.enquiry(ref).getOutcome()).isNull();

        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, STRATEGY_DAY, "CONVENE_ICPC"));
        assertThatThrownBy(() -> complete(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome",
                authorisation("RETURNED", null)))
                .hasMessageContaining("managerComments");
        assertThat(referrals.enquiry(ref).getAuthorisation()).isNull();
    }

    @Test
    void aDecisionNoFlowKnowsStopsTheEnquiryAsAnIncidentWithAPlainMessage() {
        String ref = newCase();
        ProcessInstance strategy = strategyProcess(ref);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, STRATEGY_DAY, "CONVENE_ICPC"));
        signIn(TestStaff.TEAM_MANAGER);
        try {
            tasks.complete(task(ref, "Task_AuthoriseSection47Outcome").getId(), authorisation("AUTHORISED", null));
        } finally {
            identity.clearAuthentication();
        }
        // An administrator changes the decision to a value no flow knows (as through Cockpit), before the gateway.
        runtime.setVariable(strategy.getId(), "authorisation", "PERHAPS");
        var job = management.createJobQuery().processInstanceId(strategy.getId()).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the job fails; its retries count down
            }
        }

        var incident = runtime.createIncidentQuery().processInstanceId(strategy.getId()).singleResult();
        assertThat(incident).as("the retries are spent: an incident in Cockpit").isNotNull();
        assertThat(incident.getIncidentMessage()).contains("Case " + ref + " stopped at \"Outcome authorised?\"")
                .contains("the decision authorisation is 'PERHAPS'").contains("AUTHORISED, RETURNED");
        assertThat(strategy).as("no default path was taken").isNotEnded();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").count()).isZero();
    }
}
