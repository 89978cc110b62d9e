package uk.gov.childprotection.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.security.Roles;

/** The demo profile gives every role real work on first start, and a restart adds nothing. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        // The demo walks its cases while the context starts, before a coverage suite could exist.
        + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration")
@ActiveProfiles({"test", "demo"})
class DemoDataIT {

    @Autowired IdentityService identity;
    @Autowired CaseRepository cases;
    @Autowired uk.gov.childprotection.cases.ChildRepository children;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired FilterService filters;
    @Autowired List<ApplicationRunner> startUp;

    private long tasksFor(String group) {
        return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
    }

    @Test
    void theDemoHasAFamilyAtItsConferenceAndAFamilyOnPlansTogether() {
        management.createJobQuery().messages().executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        var byFamily = new java.util.HashMap<Long, List<ChildProtectionCase>>();
        children.findAll().stream().map(uk.gov.childprotection.cases.Child::getFamilyId).distinct()
                .forEach(family -> byFamily.put(family, cases.findByChildFamilyIdOrderByIdAsc(family)));
        var atConference = byFamily.values().stream().filter(family -> family.size() == 3).findFirst().orElseThrow();
        assertThat(atConference).extracting(ChildProtectionCase::getStage).containsOnly(CaseStage.INITIAL_CONFERENCE);
        assertThat(atConference).anySatisfy(c -> assertThat(c.getChild().ageOn(java.time.LocalDate.now()))
                .isZero());
        // One booking, one set of invitations: only the first child's conference has the household's tasks.
        assertThat(atConference.stream().mapToLong(c -> tasks.createTaskQuery()
                .processInstanceBusinessKey(c.getReference()).taskDefinitionKey("Task_ShareSocialWorkerReport")
                .count()).sum()).isEqualTo(1);
        var onPlans = byFamily.values().stream().filter(family -> family.size() == 2
                && family.stream().allMatch(c -> c.getStage() == CaseStage.PLAN_IN_FORCE)).findFirst();
        assertThat(onPlans).as("two brothers on plans together").isPresent();
        assertThat(onPlans.get().stream().mapToLong(c -> tasks.createTaskQuery()
                .processInstanceBusinessKey(c.getReference()).taskDefinitionKey("Task_BookConference").count())
                .sum()).as("their first review is one meeting, booked once").isEqualTo(1);
    }

    @Test
    void everyRoleHasADemoUserAndRealWork() {
        // The job executor, off in tests, writes the demo conference record and starts the plan in the app.
        management.createJobQuery().messages().executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        for (String group : Roles.GROUPS.keySet()) {
            assertThat(identity.createUserQuery().memberOfGroup(group).count()).as(group).isPositive();
        }
        assertThat(cases.findAll()).extracting(ChildProtectionCase::getStage).contains(
                CaseStage.STRATEGY_DISCUSSION, CaseStage.SECTION_47_ENQUIRY, CaseStage.INITIAL_CONFERENCE,
                CaseStage.PLAN_IN_FORCE);
        assertThat(tasksFor(Roles.SOCIAL_WORKERS)).isGreaterThanOrEqualTo(2);
        assertThat(tasksFor(Roles.TEAM_MANAGERS)).isGreaterThanOrEqualTo(1);
        assertThat(tasksFor(Roles.CONFERENCE_ADMINISTRATORS)).isGreaterThanOrEqualTo(2);
        assertThat(tasksFor(Roles.CHAIRS)).isGreaterThanOrEqualTo(1);
        assertThat(identity.checkPassword(DemoUsers.CHAIR.id(), DemoUsers.PASSWORD)).isTrue();

        // The overdue conference's escalation is a timer whose time has passed: the job executor fires it.
        management.createJobQuery().timers().executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        List<Task> escalations = tasks.createTaskQuery().taskDefinitionKey("Task_RecordConferenceDelay").list();
        assertThat(escalations).singleElement()
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo(DemoUsers.TEAM_MANAGER.id()));
        assertThat(filters.createFilterQuery().filterName("Overdue").count()).isEqualTo(1);
        assertThat(filters.createFilterQuery().filterName("All tasks").singleResult().getProperties())
                .as("the list shows whose case each task is").containsKey("variables");
        assertThat(filters.getFilter(filters.createFilterQuery().filterName("All tasks").singleResult().getId())
                .getProperties().get("variables").toString()).contains("childName", "caseReference");
    }

    @Test
    void aRestartChangesNothing() throws Exception {
        long users = identity.createUserQuery().count();
        long groups = identity.createGroupQuery().count();
        long caseCount = cases.count();
        long filterCount = filters.createFilterQuery().count();

        for (ApplicationRunner runner : startUp) {
            runner.run(new DefaultApplicationArguments());
        }

        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
        assertThat(cases.count()).isEqualTo(caseCount);
        assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    }
}
