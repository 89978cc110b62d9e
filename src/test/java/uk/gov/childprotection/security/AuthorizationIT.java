package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Camunda's authorisations, on: each role sees and works the tasks of its own group; service managers see
 * every task, process and its history but complete nobody's task; Chairs and conference administrators follow
 * the conferences; and setting the authorisations up again (a restart) changes nothing.
 */
class AuthorizationIT extends ProcessTestSupport {

    @Autowired ChildCaseService cases;
    @Autowired AuthorizationService authorizations;
    @Autowired AuthorizationSetup authorizationSetup;
    @Autowired GroupSetup groupSetup;
    @Autowired EarlierTaskGrants earlierTaskGrants;

    private String newCase() {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails("Rosa", "Guarded",
                LocalDate.of(2017, 4, 4), Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.POLICE, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private <T> T as(String user, Supplier<T> work) {
        signIn(user);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> tasksSeenBy(String user, String ref) {
        return as(user, () -> tasks.createTaskQuery().processInstanceBusinessKey(ref).list().stream()
                .map(Task::getTaskDefinitionKey).toList());
    }

    @Test
    void eachRoleSeesItsGroupsTasksAndServiceManagersSeeAllButCompleteNone() {
        String ref = newCase();

        assertThat(tasksSeenBy(TestStaff.SOCIAL_WORKER, ref)).as("the allocated social worker")
                .containsExactly("Task_RecordStrategyDiscussion");
        assertThat(tasksSeenBy(TestStaff.OTHER_SOCIAL_WORKER, ref))
                .as("another social worker: the group is not enough for an allocated case").isEmpty();
        assertThat(tasksSeenBy(TestStaff.TEAM_MANAGER, ref)).as("the case's team manager oversees it")
                .containsExactly("Task_RecordStrategyDiscussion");
        assertThat(tasksSeenBy(TestStaff.ADMINISTRATOR, ref)).isEmpty();
        assertThat(tasksSeenBy(TestStaff.SERVICE_MANAGER, ref)).containsExactly("Task_RecordStrategyDiscussion");

        String taskId = task(ref, "Task_RecordStrategyDiscussion").getId();
        signIn(TestStaff.SERVICE_MANAGER);
        assertThatThrownBy(() -> tasks.complete(taskId, strategyDiscussion(STRATEGY_DAY, "SECTION_47")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.claim(taskId, TestStaff.SERVICE_MANAGER))
                .isInstanceOf(AuthorizationException.class);
        identity.clearAuthentication();

        // Service managers read every process and its history; social workers work tasks, not processes.
        assertThat(as(TestStaff.SERVICE_MANAGER, () -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ref).count())).isEqualTo(2);
        assertThat(as(TestStaff.SERVICE_MANAGER, () -> history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(ref).count())).isEqualTo(2);
        assertThat(as(TestStaff.SOCIAL_WORKER, () -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ref).count())).isZero();

        // The group's task, claimed and completed by the allocated social worker.
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        assertThat(tasksSeenBy(TestStaff.SOCIAL_WORKER, ref)).containsExactly("Task_RecordSection47Findings");
    }

    @Test
    void administratorsFollowTheConferencesButNotTheWholeCaseAndChairsOnlyTheirTasks() {
        String ref = newCase();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);

        assertThat(as(TestStaff.CHAIR, () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .count())).as("a Chair reads no process through the engine; their tasks and /api serve them").isZero();
        for (String user : List.of(TestStaff.ADMINISTRATOR)) {
            List<String> definitions = as(user, () -> runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ref).list().stream().map(p -> p.getProcessDefinitionId()).toList());
            assertThat(definitions.stream().map(id -> engine.getRepositoryService().getProcessDefinition(id).getKey()))
                    .as(user).containsExactly("child-protection-conference");
        }
        assertThat(tasksSeenBy(TestStaff.ADMINISTRATOR, ref)).containsExactly("Task_BookConference");
    }

    @Test
    void settingUpAgainAsARestartDoesChangesNothing() throws Exception {
        long grants = authorizations.createAuthorizationQuery().count();
        long groups = identity.createGroupQuery().count();
        long users = identity.createUserQuery().count();
        ApplicationArguments none = new DefaultApplicationArguments();
        groupSetup.run(none);
        authorizationSetup.run(none);
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(Roles.SERVICE_MANAGERS).count())
                .as("the service managers' grants").isPositive();
    }

    @Test
    void aTaskGrantedTheWayTheEngineUsedToIsBroughtToTheCaseRuleAtStart() throws Exception {
        String ref = newCase();
        String taskId = task(ref, "Task_RecordStrategyDiscussion").getId();
        // As the first round's engine left it: UPDATE for the assignee and for the whole candidate group.
        var group = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization
                .AUTH_TYPE_GRANT);
        group.setGroupId(Roles.SOCIAL_WORKERS);
        group.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
        group.setResourceId(taskId);
        group.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        group.addPermission(org.camunda.bpm.engine.authorization.Permissions.UPDATE);
        authorizations.saveAuthorization(group);
        assertThat(tasksSeenBy(TestStaff.OTHER_SOCIAL_WORKER, ref)).as("the old grant lets the group in").hasSize(1);

        earlierTaskGrants.run(new DefaultApplicationArguments());

        assertThat(tasksSeenBy(TestStaff.OTHER_SOCIAL_WORKER, ref)).as("another social worker, after").isEmpty();
        assertThat(tasksSeenBy(TestStaff.SOCIAL_WORKER, ref)).as("the assignee, still").hasSize(1);
        assertThat(authorizations.createAuthorizationQuery().resourceType(
                org.camunda.bpm.engine.authorization.Resources.TASK).hasPermission(
                org.camunda.bpm.engine.authorization.Permissions.UPDATE).count()).isZero();
    }
}
