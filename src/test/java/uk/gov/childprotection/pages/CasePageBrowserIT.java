package uk.gov.childprotection.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.support.GovukForm.choose;
import static uk.gov.childprotection.support.GovukForm.chosen;
import static uk.gov.childprotection.support.GovukForm.press;
import static uk.gov.childprotection.support.GovukForm.tick;
import static uk.gov.childprotection.support.GovukForm.type;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.support.Chromium;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The case page in real (headless) Chromium, on the Tasklist sign-in: the child, the new deadline with its due
 * date in words, the open tasks and who has them, the documents, opened without a second sign-in; nothing for
 * someone whose case it is not, and a sign-in first for someone not signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class CasePageBrowserIT extends ProcessTestSupport {

    @LocalServerPort int port;
    @Autowired ChildCaseService cases;
    @Autowired DeadlineService deadlines;

    @org.junit.jupiter.api.BeforeEach
    void administrator() {
        Chromium.ensureSystemAdministrator(identity);
    }

    private String caseAtConference() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Rosa", "Page",
                LocalDate.of(2016, 4, 4), Gender.FEMALE, "2 Page Street, Oxford OX1 3PQ", "English"),
                STRATEGY_DAY.minusDays(1), ReferralSource.SCHOOL, "Worried about bruising", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(LocalDate.of(2026, 12, 21), TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants",
                uk.gov.childprotection.demo.Submissions.invitations("POLICE", "SCHOOL", "GP"));
        return ref;
    }

    @Test
    void theSocialWorkerSeesTheCaseAndItsDocumentsOnTheirTasklistSignIn() {
        String ref = caseAtConference();
        LocalDate due = deadlines.latest(cases.get(ref), DeadlineKind.ICPC_HELD).getDueDate();
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER);
            var page = browser.driver();
            // Tasklist without the Camunda 8 banner, and with its dates the UK way.
            assertThat(page.findElements(By.cssSelector(".ce-eol-banner")))
                    .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
            for (String app : List.of("tasklist", "cockpit", "admin")) {
                assertThat(browser.textOfFetch("/camunda/app/" + app + "/scripts/config.js")).as(app)
                        .contains("normal: 'D MMMM YYYY HH:mm'");
            }
            browser.open("/cases/" + ref);
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Rosa Page");
            assertThat(page.findElement(By.id("stage")).getText()).isEqualTo("Initial child protection conference");
            String deadlinesTable = page.findElement(By.id("deadlines")).getText();
            assertThat(deadlinesTable).contains(DeadlineKind.ICPC_HELD.description(),
                    DeadlineService.longDate(due));
            assertThat(DeadlineService.longDate(due)).matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}");
            assertThat(page.findElement(By.id("tasks")).getText())
                    .contains("Share social worker's report with parents");
            List<WebElement> documents = page.findElements(By.cssSelector("#documents a"));
            assertThat(documents).isNotEmpty();
            assertThat(page.findElement(By.id("chronology")).getText()).contains("Done: Record strategy discussion");
            browser.screenshot("case-page");
            // A document from the page, and the case through the API, on the same sign-in: no second prompt.
            String href = documents.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", "");
            assertThat(browser.statusOfFetch(href)).isEqualTo(200);
            assertThat(browser.statusOfFetch("/api/cases/" + ref)).isEqualTo(200);
            // The session only reads: a change through the API still needs credentials.
            Object posted = ((org.openqa.selenium.JavascriptExecutor) page).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('/api/cases/" + ref + "/left-uk', {method: 'POST', credentials: 'same-origin',"
                            + " headers: {'Content-Type': 'application/json'}, body: '{}'})"
                            + ".then(r => done(r.status), () => done(-1));");
            assertThat(((Number) posted).longValue()).isEqualTo(401);
        }
    }

    @Test
    void theSocialWorkerRecordsTheCensusDetailsFromTheCasePage() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Iris", "Census",
                LocalDate.of(2015, 9, 9), Gender.FEMALE, "3 Page Street, Oxford OX1 3PQ", "English"),
                STRATEGY_DAY.minusDays(1), ReferralSource.POLICE, "Police called to the home", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER);
            var page = browser.driver();
            browser.open("/cases/" + ref);
            press(page, By.id("census-link"));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Census details");
            assertThat(chosen(page, "referralSource")).as("the police, from the referral").isEqualTo("6");

            type(page, "upn", "B123456789012");
            choose(page, "ethnicity", "MWBA");
            tick(page, "disability-HEAR");
            type(page, "assessmentStart-day", "31");
            type(page, "assessmentStart-month", "2");
            type(page, "assessmentStart-year", "2026");
            press(page, By.id("save"));
            String summary = page.findElement(By.id("error-summary")).getText();
            assertThat(summary).contains("There is a problem", "The date the assessment started must be a real date");
            assertThat(page.findElement(By.cssSelector("#assessmentStart")).findElement(By.xpath(".."))
                    .findElement(By.className("govuk-error-message")).getText()).contains("must be a real date");
            assertThat(page.getTitle()).startsWith("Error: ");
            // Nothing typed is lost on the refusal.
            assertThat(page.findElement(By.id("upn")).getAttribute("value")).isEqualTo("B123456789012");
            assertThat(chosen(page, "ethnicity")).isEqualTo("MWBA");
            assertThat(page.findElement(By.id("disability-HEAR")).isSelected()).isTrue();

            type(page, "assessmentStart-day", "7");
            type(page, "assessmentStart-month", "12");
            press(page, By.id("save"));
            assertThat(page.findElement(By.id("error-summary")).getText())
                    .as("the dates are right now; the number's check letter is not")
                    .contains("its first letter does not match").doesNotContain("must be a real date");
            type(page, "upn", "A123456789012");
            press(page, By.id("save"));
            assertThat(page.findElement(By.id("saved")).getText()).contains("The census details are saved.");
            browser.screenshot("census-page");
            assertThat(browser.textOfFetch("/api/cases/" + ref + "/census")).contains("\"upn\":\"A123456789012\"",
                    "\"assessmentStart\":\"2026-12-07\"", "\"disabilities\":[\"HEAR\"]",
                    "\"referralSource\":\"6\"");
        }
    }

    @Test
    void theSocialWorkersTaskCardShowsTheChildAndTheCaseReferenceAndTheListIsSortedByDueDate() {
        String ref = caseAtConference();
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER);
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(),
                    java.time.Duration.ofSeconds(60));
            // Signed in, the list is sorted by due date, earliest first (Tasklist's own default is newest first).
            wait.until(page -> decoded(page.getCurrentUrl()).contains("\"sortBy\":\"dueDate\""));
            assertThat(decoded(browser.driver().getCurrentUrl())).contains("\"sortOrder\":\"asc\"");
            // Narrowed to this case's task by Tasklist's own search on the task's case reference.
            String search = java.net.URLEncoder.encode("[{\"type\":\"taskVariables\",\"operator\":\"eq\","
                    + "\"value\":\"" + ref + "\",\"name\":\"caseReference\"}]",
                    java.nio.charset.StandardCharsets.UTF_8);
            browser.open("/camunda/app/tasklist/default/#/?searchQuery=" + search);
            wait.until(page -> page.findElements(By.cssSelector(".tasks-list .task")).stream()
                    .anyMatch(card -> card.getText().contains(ref)));
            WebElement card = browser.driver().findElements(By.cssSelector(".tasks-list .task")).stream()
                    .filter(each -> each.getText().contains(ref)).findFirst().orElseThrow();
            assertThat(card.getText()).contains("Share social worker's report with parents", "Rosa Page", ref);
        }
    }

    private static String decoded(String url) {
        return java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anotherWorkerGetsNothingAndSomeoneNotSignedInIsSentToSignIn() {
        String ref = caseAtConference();
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.OTHER_SOCIAL_WORKER);
            assertThat(browser.statusOfFetch("/cases/" + ref)).isEqualTo(403);
            assertThat(browser.statusOfFetch("/api/cases/" + ref)).isEqualTo(403);
        }
        try (Chromium notSignedIn = new Chromium(port)) {
            notSignedIn.open("/cases/" + ref);
            assertThat(notSignedIn.driver().getCurrentUrl()).contains("/camunda/app/tasklist/");
        }
    }
}
