package uk.gov.childprotection.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.support.GovukForm.choose;
import static uk.gov.childprotection.support.GovukForm.press;
import static uk.gov.childprotection.support.GovukForm.type;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.support.Chromium;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The referral page in real (headless) Chromium, as a social worker uses it: UK dates typed in three boxes and
 * stored as meant, a date that is not one refused beside its field and in the summary with nothing typed lost,
 * rows of children added and removed, and the new case references shown, each linking to its case page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class ReferralPageBrowserIT extends ProcessTestSupport {

    @LocalServerPort int port;
    @Autowired CaseRepository cases;

    @BeforeEach
    void administrator() {
        Chromium.ensureSystemAdministrator(identity);
    }

    private static void child(WebDriver page, int row, String given, String day, String month, String year) {
        type(page, "children-" + row + "-givenName", given);
        type(page, "children-" + row + "-familyName", "Marlow");
        type(page, "children-" + row + "-dobDay", day);
        type(page, "children-" + row + "-dobMonth", month);
        type(page, "children-" + row + "-dobYear", year);
        choose(page, "children-" + row + "-gender", "FEMALE");
    }

    @Test
    void aSocialWorkerRefersAHouseholdTypingDatesTheUkWay() {
        long before = cases.count();
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER).open("/referrals/new");
            WebDriver page = browser.driver();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Record a referral");
            choose(page, "referralSource", "SCHOOL");
            type(page, "concerns", "The school saw bruises on both girls' arms.");
            child(page, 0, "Isla", "14", "03", "2019");
            // Three rows, then the middle one taken away again: what was typed in the others stays.
            press(page, By.id("add-child"));
            child(page, 1, "Wrong", "1", "1", "2020");
            press(page, By.id("add-child"));
            child(page, 2, "Mia", "31", "02", "2021");
            press(page, By.cssSelector("button[value='remove-1']"));
            assertThat(page.findElements(By.cssSelector("[id^='child-']"))).hasSize(2);
            assertThat(page.findElement(By.id("children-0-givenName")).getAttribute("value")).isEqualTo("Isla");
            assertThat(page.findElement(By.id("children-1-givenName")).getAttribute("value")).isEqualTo("Mia");

            // 31 February is not a date: refused beside its field and in the summary, nothing stored or lost.
            press(page, By.id("send"));
            assertThat(page.getTitle()).startsWith("Error: ");
            assertThat(page.findElement(By.id("error-summary")).getText())
                    .contains("Child 2's date of birth must be a real date");
            WebElement field = page.findElement(By.id("children-1-dateOfBirth"));
            assertThat(page.findElement(By.cssSelector("#child-1 .govuk-error-message")).getText())
                    .contains("must be a real date");
            assertThat(field.findElement(By.id("children-1-dobDay")).getAttribute("value")).isEqualTo("31");
            assertThat(page.findElement(By.id("concerns")).getAttribute("value")).contains("bruises");
            assertThat(cases.count()).isEqualTo(before);

            type(page, "children-1-dobDay", "28");
            press(page, By.id("send"));
            List<WebElement> opened = page.findElements(By.cssSelector("#opened a"));
            assertThat(opened).as(page.findElement(By.tagName("main")).getText()).hasSize(2);
            String isla = opened.get(0).getText();
            assertThat(cases.findByReference(isla).orElseThrow().getChild().getDateOfBirth())
                    .isEqualTo(LocalDate.of(2019, 3, 14));
            String mia = opened.get(1).getText();
            assertThat(cases.findByReference(mia).orElseThrow().getChild().getDateOfBirth())
                    .isEqualTo(LocalDate.of(2021, 2, 28));
            assertThat(cases.findByReference(mia).orElseThrow().getChild().getFamilyId())
                    .isEqualTo(cases.findByReference(isla).orElseThrow().getChild().getFamilyId());

            // The new case's page, from its reference: the child, the household, the case's first task.
            WebElement sent = page.findElement(By.tagName("html"));
            opened.get(0).click();
            new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(sent));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Isla Marlow");
            assertThat(page.getPageSource()).contains("Mia Marlow", "Record strategy discussion",
                    "Thursday 14 March 2019");
        }
    }

    @Test
    void theFormIsRefusedWithoutItsPageToken() {
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER);
            Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('/referrals/new', {method: 'POST', credentials: 'same-origin',"
                            + " headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                            + " body: 'action=send&concerns=x'}).then(r => done(r.status), () => done(-1));");
            assertThat(((Number) status).longValue()).isEqualTo(403);
        }
    }
}
