package uk.gov.childprotection.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.ConferenceDecision;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.support.Chromium;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TasklistForm;
import uk.gov.childprotection.support.TestStaff;

/**
 * One child's case from the referral page to the conference's decision, every step through the pages and Tasklist
 * forms in real (headless) Chromium, each by the role whose work it is, every date typed as day, month and year;
 * then the case page shows the deadline the decision opened. The engine clock is moved between the steps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class ReferralToDecisionBrowserIT extends ProcessTestSupport {

    @LocalServerPort int port;
    @Autowired CaseRepository caseRepository;
    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DeadlineService deadlines;

    @BeforeEach
    void administrator() {
        Chromium.ensureSystemAdministrator(identity);
    }

    private boolean done(String ref, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskKey).count() == 0;
    }

    /** The task's form, once the work the last step left to the engine's jobs is done (no job executor here). */
    private TasklistForm form(Chromium browser, String ref, String taskKey) {
        runAsyncJobs(ref);
        return new TasklistForm(browser).open(task(ref, taskKey).getId());
    }

    private static void typeById(WebDriver page, String id, String text) {
        page.findElement(By.id(id)).clear();
        page.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void eachRoleTakesTheCaseFromReferralToAPlanThroughThePages() {
        setToday(STRATEGY_DAY);
        String ref;
        // The social worker: the referral page, then the strategy discussion and the Section 47 enquiry.
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER).open("/referrals/new");
            WebDriver page = browser.driver();
            new org.openqa.selenium.support.ui.Select(page.findElement(By.id("referralSource"))).selectByValue("SCHOOL");
            typeById(page, "concerns", "The school saw a bruise on Zara's cheek; she said her dad hit her.");
            typeById(page, "children-0-givenName", "Zara");
            typeById(page, "children-0-familyName", "Walkthrough");
            typeById(page, "children-0-dobDay", "14");
            typeById(page, "children-0-dobMonth", "3");
            typeById(page, "children-0-dobYear", "2019");
            new org.openqa.selenium.support.ui.Select(page.findElement(By.id("children-0-gender")))
                    .selectByValue("FEMALE");
            var old = page.findElement(By.tagName("html"));
            page.findElement(By.id("send")).click();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
            ref = page.findElements(By.cssSelector("#opened a")).get(0).getText();
            assertThat(caseRepository.findByReference(ref).orElseThrow().getChild().getDateOfBirth())
                    .as("14 3 2019 is the fourteenth of March").isEqualTo(LocalDate.of(2019, 3, 14));
            String reference = ref;

            form(browser, ref, "Task_RecordStrategyDiscussion").date(0, 7, 12, 2026)
                    .type("Children's social care: who took part", "Sam Worker")
                    .type("Police: who took part", "DC Jo Bloggs")
                    .type("Health: who took part", "Dr Amal Shah")
                    .tick("Start a Section 47 enquiry")
                    .type("Reasons for the decision", "Reasonable cause to suspect significant harm.")
                    .completeAndWait(() -> done(reference, "Task_RecordStrategyDiscussion"));
            setToday(STRATEGY_DAY.plusDays(2));
            form(browser, ref, "Task_RecordSection47Findings").date(0, 8, 12, 2026)
                    .type("Findings of the enquiry", "Zara repeated her account to the social worker.")
                    .tick("Child judged at continuing risk of significant harm (convene an Initial Child "
                            + "Protection Conference)")
                    .date(1, 9, 12, 2026)
                    .completeAndWait(() -> done(reference, "Task_RecordSection47Findings"));
        }
        String reference = ref;
        // The team manager authorises it.
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.TEAM_MANAGER);
            form(browser, ref, "Task_AuthoriseSection47Outcome").tick("Authorise the outcome")
                    .completeAndWait(() -> done(reference, "Task_AuthoriseSection47Outcome"));
        }
        // The conference administrator books the conference and invites the family and the agencies.
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.ADMINISTRATOR);
            form(browser, ref, "Task_BookConference").date(0, 21, 12, 2026).type("Start time", "10:00")
                    .type("Venue", "Room 2, County Hall").choose("Child Protection Chair", "Chris Chair")
                    .completeAndWait(() -> done(reference, "Task_BookConference"));
            TasklistForm invite = form(browser, ref, "Task_InviteParticipants");
            if (invite.count("Name") == 0) {
                invite.listButton("add", 0);
            }
            invite.type("Name", 0, "Alex Walkthrough").choose("Relationship to the child", "Mother")
                    .tick("Has parental responsibility")
                    .completeAndWait(() -> done(reference, "Task_InviteParticipants"));
        }
        assertThat(conferences.ofCase(cases.get(ref).getId()).get(0).getScheduledDate())
                .isEqualTo(LocalDate.of(2026, 12, 21));
        // The social worker shares the report; the Chair speaks to the parents; the agencies' reports come in.
        setToday(LocalDate.of(2026, 12, 15));
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER);
            form(browser, ref, "Task_ShareSocialWorkerReport").date(0, 15, 12, 2026)
                    .choose("How the report was shared", "In person")
                    .completeAndWait(() -> done(reference, "Task_ShareSocialWorkerReport"));
        }
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.CHAIR);
            form(browser, ref, "Task_ContactParents").date(0, 15, 12, 2026)
                    .type("What the parents said", "Alex will come, with a friend.")
                    .completeAndWait(() -> done(reference, "Task_ContactParents"));
        }
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.ADMINISTRATOR);
            form(browser, ref, "Task_RecordAgencyReports")
                    .completeAndWait(() -> done(reference, "Task_RecordAgencyReports"));
        }
        // The Chair holds the conference: each person present, the family's assessment, Zara's decision.
        setToday(LocalDate.of(2026, 12, 21));
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.CHAIR);
            TasklistForm record = form(browser, ref, "Task_HoldConference");
            assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText())
                    .contains("Booked for Monday 21 December 2026 at 10:00, Room 2, County Hall.");
            int invited = record.count("Invited");
            assertThat(invited).isGreaterThanOrEqualTo(4);
            for (int i = 0; i < invited; i++) {
                record.tick("Present", i);
            }
            record.type("Score (0 to 10)", 0, "4");
            record.type("Danger statements", "Zara will be hit again if nothing changes.")
                    .type("What is working well", "Zara goes to school every day.")
                    .type("What are we worried about", "The bruise; Zara's fear of her father.")
                    .type("Safety goals", "Zara lives free from harm.")
                    .type("Outline plan", "Father to attend a parenting programme; school to watch for marks.")
                    .tick("Child Protection Plan").tick("Physical abuse")
                    .choose("Lead social worker", "Sam Worker")
                    .type("This child's wishes and feelings", "Zara wants the hitting to stop.");
            browser.screenshot("chair-record");
            record.completeAndWait(() -> done(reference, "Task_HoldConference"));
        }
        runAsyncJobs(ref);
        assertThat(conferences.ofCase(cases.get(ref).getId()).get(0).getDecision())
                .isEqualTo(ConferenceDecision.CHILD_PROTECTION_PLAN);
        // The case page, as the social worker opens it from a task: the deadline the decision opened.
        LocalDate firstCoreGroup = deadlines.latest(cases.get(ref), DeadlineKind.FIRST_CORE_GROUP).getDueDate();
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER).open("/cases/" + ref);
            assertThat(browser.driver().findElement(By.id("deadlines")).getText())
                    .contains(DeadlineKind.FIRST_CORE_GROUP.description(), DeadlineService.longDate(firstCoreGroup));
        }
    }
}
