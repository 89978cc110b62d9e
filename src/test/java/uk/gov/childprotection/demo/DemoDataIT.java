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

/**
 * The demo profile gives every role real work on first start, and the service manager a monitoring page worth
 * looking at (months of initial conferences, late ones with their reasons); a restart adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The demo walks its cases while the context starts, before a coverage suite could exist.
        "spring.autoconfigure.exclude="
                + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration",
        // The webapps (Cockpit, for the monitoring page) find the engine by its name, "default".
        "camunda.bpm.generate-unique-process-engine-name=false"})
@ActiveProfiles({"test", "demo"})
class DemoDataIT {

    @Autowired IdentityService identity;
    @Autowired CaseRepository cases;
    @Autowired uk.gov.childprotection.cases.ChildRepository children;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired FilterService filters;
    @Autowired List<ApplicationRunner> startUp;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired uk.gov.childprotection.census.CensusReturnService returns;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    @org.junit.jupiter.api.BeforeEach
    void claimEngineName() {
        uk.gov.childprotection.support.ProcessTestSupport.claimEngineName(engine);
    }

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
    void theServiceManagerSeesMonthsOfConferencesAndTheLateOnesWithTheirReasonsInCockpit() {
        try (uk.gov.childprotection.support.Chromium browser = new uk.gov.childprotection.support.Chromium(port)) {
            browser.signInTo("cockpit", DemoUsers.SERVICE_MANAGER.id(), DemoUsers.PASSWORD);
            browser.open("/camunda/app/cockpit/default/#/monitoring");
            var page = browser.driver();
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(60));
            // The page opens on this census year, which holds the demo's last six months.
            wait.until(p -> !p.findElements(org.openqa.selenium.By.id("cpc-mon-late")).isEmpty());
            assertThat(page.findElements(org.openqa.selenium.By.cssSelector("#cpc-mon-chart rect.cpc-mon-bar")))
                    .as("a bar a month").hasSizeGreaterThanOrEqualTo(5);
            assertThat(page.findElement(org.openqa.selenium.By.id("cpc-mon-late")).getText()).contains(
                    "Noah Quinn", "The mother was in hospital", "Alfie Upton", "two Chairs were on leave");
            assertThat(page.findElement(org.openqa.selenium.By.id("cpc-mon-icpc")).getText())
                    .contains("England 81.4%").doesNotContain("none in the period");
            assertThat(page.findElement(org.openqa.selenium.By.id("cpc-mon-caseload-workers")).getText())
                    .contains("Sam Worker");
            browser.screenshot("monitoring-dashboard");

            // The census return from the same page: the two records the demo left unfinished, named.
            page.findElement(org.openqa.selenium.By.id("cpc-mon-census")).click();
            wait.until(p -> !p.findElements(org.openqa.selenium.By.id("holds")).isEmpty());
            String breaks = page.findElement(org.openqa.selenium.By.id("breaks")).getText();
            assertThat(breaks).contains("Noah Quinn", "Ethnicity is missing or invalid", "Leo Singh",
                    "Parental or child factors at assessment information is missing from a completed assessment");
            browser.screenshot("census-return-demo");
        }
        uk.gov.childprotection.census.CensusReturnService.Checked checked = returns.checked(
                uk.gov.childprotection.census.CensusReturnService.censusYearOf(java.time.LocalDate.now()));
        for (String complete : List.of("Maya Patel", "Isla Roberts", "Oscar Walsh")) {
            assertThat(checked.breaks()).as(complete + ": every census item recorded")
                    .noneMatch(b -> b.childName().equals(complete));
        }
        // Those conferences are over: no work is left waiting on them.
        management.createJobQuery().messages().executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        for (ChildProtectionCase past : cases.findAllWithChild()) {
            if (List.of("Patel", "Quinn", "Roberts", "Singh", "Taylor", "Upton", "Vaughan", "Walsh")
                    .contains(past.getChild().getFamilyName())) {
                assertThat(tasks.createTaskQuery().processInstanceBusinessKey(past.getReference()).list())
                        .as(past.getChild().fullName()).extracting(Task::getName).isEmpty();
            }
        }
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
