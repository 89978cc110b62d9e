package uk.gov.childprotection.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.demo.Submissions;
import uk.gov.childprotection.support.Chromium;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The monitoring page in Cockpit, in real (headless) Chromium through Cockpit's own sign-in, as a service manager
 * uses it: the Monitoring link in Cockpit's menu, a period typed day, month and year, the initial conferences on
 * time beside the national figure and by month as a chart, the late one with its reason, what is overdue linked to
 * its case, a table's CSV on the same sign-in; a period that is no date refused in words; and nothing for a Cockpit
 * user who is not a service manager.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class MonitoringBrowserIT extends ProcessTestSupport {

    @LocalServerPort int port;
    @Autowired ChildCaseService cases;

    @BeforeEach
    void administrator() {
        Chromium.ensureSystemAdministrator(identity);
    }

    private String refer(String given, LocalDate referred) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(given, "Cockpitson",
                LocalDate.of(2017, 9, 9), Gender.MALE, null, "English"), referred, ReferralSource.POLICE,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private static void typeInto(WebDriver page, String id, String text) {
        WebElement box = page.findElement(By.id(id));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        box.sendKeys(text);
    }

    private static void period(WebDriver page, String fromDay, String fromMonth, String fromYear, String toDay,
            String toMonth, String toYear) {
        typeInto(page, "from-day", fromDay);
        typeInto(page, "from-month", fromMonth);
        typeInto(page, "from-year", fromYear);
        typeInto(page, "to-day", toDay);
        typeInto(page, "to-month", toMonth);
        typeInto(page, "to-year", toYear);
        page.findElement(By.id("cpc-mon-show")).click();
    }

    private static WebDriverWait waitOn(WebDriver page) {
        return new WebDriverWait(page, Duration.ofSeconds(60));
    }

    @Test
    void aServiceManagerWatchesTheTimescalesInCockpitAndDownloadsATable() {
        // On time: strategy discussion Monday 7 December 2026, conference Monday 21 December.
        String onTime = refer("Otto", STRATEGY_DAY.minusDays(1));
        ConferenceWalk.toPlan(this, onTime, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        // Late: strategy discussion Friday 18 December; due Wednesday 13 January (Christmas, Boxing Day, New
        // Year), held Thursday 14 January, with the reason the team manager gave.
        LocalDate lateStrategy = LocalDate.of(2026, 12, 18);
        setToday(lateStrategy);
        String late = refer("Leo", lateStrategy.minusDays(1));
        ConferenceWalk.toInitialConference(this, late, lateStrategy);
        LocalDate lateDay = LocalDate.of(2027, 1, 14);
        ConferenceWalk.bookAndPrepare(this, late, lateDay);
        setToday(lateDay);
        fireDueTimers(late);
        complete(TestStaff.TEAM_MANAGER, late, "Task_RecordConferenceDelay",
                Submissions.delay("The Chair was taken ill; rebooked for the next day."));
        complete(TestStaff.CHAIR, late, "Task_HoldConference", Submissions.conferenceRecord(lateDay,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 4, 9), "PHYSICAL_ABUSE"));
        setToday(LocalDate.of(2027, 2, 2));

        try (Chromium browser = new Chromium(port)) {
            browser.signInTo("cockpit", TestStaff.SERVICE_MANAGER);
            WebDriver page = browser.driver();
            WebElement link = waitOn(page).until(p -> p.findElements(By.id("cpc-mon-nav")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            link.click();
            waitOn(page).until(p -> !p.findElements(By.id("cpc-mon-period")).isEmpty());
            // The page opens on the census year; the manager chooses December and January.
            period(page, "1", "12", "2026", "31", "1", "2027");
            waitOn(page).until(p -> p.findElement(By.id("cpc-mon-results")).getText()
                    .contains("From Tuesday 1 December 2026 to Sunday 31 January 2027"));
            browser.screenshot("monitoring-dashboard");
            String headline = page.findElement(By.id("cpc-mon-icpc")).getText();
            assertThat(headline).contains("Initial conferences within 15 working days", "England 81.4%",
                    "England 14.");
            // A bar for each month that held a conference, December's and January's, with its count.
            List<WebElement> bars = page.findElements(By.cssSelector("#cpc-mon-chart rect.cpc-mon-bar"));
            assertThat(bars).hasSizeGreaterThanOrEqualTo(2);
            assertThat(page.findElement(By.id("cpc-mon-months")).getText()).contains("December 2026",
                    "January 2027");
            String lateTable = page.findElement(By.id("cpc-mon-late")).getText();
            assertThat(lateTable).contains(late, "Leo Cockpitson", "Wednesday 13 January 2027",
                    "Thursday 14 January 2027", "The Chair was taken ill; rebooked for the next day.")
                    .doesNotContain(onTime);
            // Neither plan has had its first core group: each is overdue now, and links to its case page.
            WebElement overdue = page.findElement(By.id("cpc-mon-overdue"));
            assertThat(overdue.getText()).contains(onTime, late, "First core group meeting");
            assertThat(overdue.findElements(By.cssSelector("a")).stream().map(a -> a.getAttribute("href")))
                    .anySatisfy(href -> assertThat(href).endsWith("/cases/" + late));
            assertThat(page.findElement(By.id("cpc-mon-categories")).getText()).contains("Physical abuse");

            // The late ones as a spreadsheet, from the page's own link, on the Cockpit sign-in.
            WebElement csvLink = page.findElements(By.cssSelector("a.cpc-mon-csv")).stream()
                    .filter(a -> a.getAttribute("href").contains("/api/monitoring/late.csv")).findFirst()
                    .orElseThrow();
            String href = csvLink.getAttribute("href");
            String path = href.substring(href.indexOf("/api/"));
            assertThat(browser.statusOfFetch(path)).isEqualTo(200);
            assertThat(browser.textOfFetch(path)).contains("\"" + late + "\",\"Leo Cockpitson\"",
                    "The Chair was taken ill; rebooked for the next day.");

            // The 31st of February is no date: refused in words, beside the period, the figures left alone.
            period(page, "1", "12", "2026", "31", "2", "2027");
            WebElement problem = waitOn(page).until(p -> p.findElements(By.id("cpc-mon-problem")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(problem.getText()).contains("There is a problem",
                    "The last day of the period must be a real date, for example 1 4 2026");
            assertThat(page.findElement(By.id("cpc-mon-late")).getText()).contains(late);
        }
    }

    @Test
    void aServiceManagerChecksTheCensusReturnFromCockpitAndDownloadsIt() {
        String ref = refer("Noel", STRATEGY_DAY);
        try (Chromium browser = new Chromium(port)) {
            browser.signInTo("cockpit", TestStaff.SERVICE_MANAGER);
            browser.open("/camunda/app/cockpit/default/#/monitoring");
            WebDriver page = browser.driver();
            WebElement link = waitOn(page).until(p -> p.findElements(By.id("cpc-mon-census")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            link.click();
            waitOn(page).until(p -> !p.findElements(By.id("holds")).isEmpty());
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Children in Need census return");
            assertThat(page.findElement(By.cssSelector(".govuk-caption-l")).getText())
                    .isEqualTo("1 April 2026 to 31 March 2027");
            // Noel's census items are not recorded yet: his ethnicity is missing, named with the rule and a link.
            WebElement row = page.findElements(By.cssSelector("#breaks tbody tr")).stream()
                    .filter(r -> r.getText().contains("4220") && r.getText().contains("Noel Cockpitson"))
                    .findFirst().orElseThrow();
            assertThat(row.getText()).contains("Ethnicity is missing or invalid", "Ethnicity none", "Error");
            assertThat(row.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/cases/" + ref + "/census");
            browser.screenshot("census-return");
            // The file and the list, on the Cockpit sign-in.
            String xml = page.findElement(By.id("download-return")).getAttribute("href");
            String path = xml.substring(xml.indexOf("/api/"));
            assertThat(browser.statusOfFetch(path)).isEqualTo(200);
            assertThat(browser.textOfFetch(path)).contains("<Collection>CIN</Collection>", "<LEA>999</LEA>");
            String csv = page.findElement(By.id("download-breaks")).getAttribute("href");
            assertThat(browser.textOfFetch(csv.substring(csv.indexOf("/api/")))).contains("\"4220\"",
                    "\"Noel Cockpitson\"");
            // The manager reads the child's census details from the link; the social worker records them.
            browser.open("/cases/" + ref + "/census");
            assertThat(page.findElement(By.id("read-only")).getText()).contains("social worker or team manager");
            assertThat(page.findElements(By.id("save"))).isEmpty();
            // A year that is not one is refused in words.
            browser.open("/census/1999");
            assertThat(page.findElement(By.id("error-summary")).getText()).contains("The census year must be a "
                    + "census year from 2014 to 2027");
        }
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER);
            assertThat(browser.statusOfFetch("/census/2027")).as("the census is for service managers").isEqualTo(403);
            assertThat(browser.statusOfFetch("/api/census/2027/return.xml")).isEqualTo(403);
        }
    }

    @Test
    void aCockpitUserWhoIsNoServiceManagerSeesNoFigures() {
        try (Chromium browser = new Chromium(port)) {
            // Conference administrators may open Cockpit (to see where a case is stuck), not the monitoring.
            browser.signInTo("cockpit", TestStaff.ADMINISTRATOR);
            browser.open("/camunda/app/cockpit/default/#/monitoring");
            WebDriver page = browser.driver();
            WebElement problem = waitOn(page).until(p -> p.findElements(By.id("cpc-mon-problem")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(problem.getText()).contains("Only service managers can see the monitoring figures");
            assertThat(page.findElement(By.id("cpc-mon-results")).getText()).doesNotContain("England 81.4%");
            assertThat(browser.statusOfFetch("/api/monitoring?from=2026-04-01&to=2027-03-31")).isEqualTo(403);
        }
    }
}
