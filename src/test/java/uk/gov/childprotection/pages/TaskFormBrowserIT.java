package uk.gov.childprotection.pages;

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
import uk.gov.childprotection.cases.FamilyReferral;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.support.Chromium;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TasklistForm;
import uk.gov.childprotection.support.TestStaff;

/**
 * A task form in Tasklist, in real (headless) Chromium, as the conference administrator uses it: the conference
 * date typed the UK way into its day, month and year boxes and stored as that date; a date that does not exist
 * refused with the field named in words, and nothing typed lost; Escape in a box does not close the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class TaskFormBrowserIT extends ProcessTestSupport {

    @LocalServerPort int port;
    @Autowired ChildCaseService cases;
    @Autowired com.fasterxml.jackson.databind.ObjectMapper json;
    @Autowired ConferenceService conferences;
    @Autowired uk.gov.childprotection.plan.PlanInForceService planInForce;
    @Autowired uk.gov.childprotection.plan.ChildProtectionPlanRepository plans;

    @BeforeEach
    void administrator() {
        Chromium.ensureSystemAdministrator(identity);
    }

    @Test
    void theAdministratorTypesTheConferenceDateTheUkWayAndItIsStoredAsThatDate() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Maya", "Formwell",
                LocalDate.of(2017, 8, 9), Gender.FEMALE, null, "English"), STRATEGY_DAY.minusDays(1),
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        String taskId = task(ref, "Task_BookConference").getId();
        tasks.setAssignee(taskId, TestStaff.ADMINISTRATOR);
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.ADMINISTRATOR);
            TasklistForm form = new TasklistForm(browser).open(taskId);
            WebDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(60));
            assertThat(page.findElement(By.cssSelector(".fjs-form")).getText())
                    .contains("Conference date", "Day", "Month", "Year", "For example, 14 3 2019");

            // 31 February does not exist: refused, the date named in words, what was typed still there.
            form.type("Day", "31");
            form.field("Day", 0).sendKeys(Keys.ESCAPE);
            form.type("Month", "2");
            form.type("Year", "2027");
            form.type("Start time", "10:00");
            form.type("Venue", "Room 2, County Hall");
            form.choose("Child Protection Chair", "Chris Chair");
            form.complete();
            try {
                wait.until(p -> p.findElement(By.tagName("body")).getText().contains("must be a real date"));
            } catch (org.openqa.selenium.TimeoutException notShown) {
                StringBuilder inputs = new StringBuilder();
                for (WebElement label : page.findElements(By.cssSelector(".fjs-form label"))) {
                    inputs.append(label.getText()).append(" for=").append(label.getAttribute("for")).append("; ");
                }
                for (WebElement input : page.findElements(By.cssSelector(".fjs-form input"))) {
                    inputs.append(input.getAttribute("id")).append("=").append(input.getAttribute("value"))
                            .append("; ");
                }
                throw new AssertionError("The refusal was not shown; the inputs: " + inputs + " the page said: "
                        + page.findElement(By.tagName("body")).getText(), notShown);
            }
            String refusal = page.findElement(By.tagName("body")).getText();
            assertThat(refusal).contains("Conference date: must be a real date: there is no day 31 in month 2")
                    .doesNotContain("conferenceDate");
            // The GOV.UK way too: a summary at the top of the form, and the message beside the date, marked.
            wait.until(p -> !p.findElements(By.cssSelector(".cpc-error-summary")).isEmpty());
            assertThat(page.findElement(By.cssSelector(".cpc-error-summary")).getText()).contains("There is a problem",
                    "Conference date: must be a real date: there is no day 31 in month 2");
            assertThat(page.findElements(By.cssSelector(".cpc-field-error"))).extracting(WebElement::getText)
                    .containsExactly("Conference date: must be a real date: there is no day 31 in month 2");
            browser.screenshot("task-form");
            assertThat(form.field("Venue", 0).getAttribute("value")).isEqualTo("Room 2, County Hall");
            assertThat(form.field("Day", 0).getAttribute("value")).as("nothing typed is lost").isEqualTo("31");
            assertThat(task(ref, "Task_BookConference").getId()).as("still open").isEqualTo(taskId);

            // 21 12 2026: the twenty-first of December, not a month 21 rolled into 2028.
            form.type("Day", "21");
            form.type("Month", "12");
            form.type("Year", "2026");
            form.complete();
            wait.until(p -> tasks.createTaskQuery().taskId(taskId).count() == 0);
            wait.until(p -> p.findElements(By.cssSelector(".cpc-error-summary")).isEmpty());
            // What happens next, and who has it.
            wait.until(p -> !p.findElements(By.id("cpc-next-steps")).isEmpty());
            String next = page.findElement(By.id("cpc-next-steps")).getText();
            assertThat(next).contains("Done: Book conference", "Maya Formwell, case " + ref,
                    "Invite participants: Not taken yet (Conference administrators)");
            browser.screenshot("next-steps");
            // Reading through the API on the Tasklist sign-in left it signed in (its session id unchanged).
            assertThat(page.findElements(By.cssSelector("form[name='signinForm']")))
                    .allSatisfy(signIn -> assertThat(signIn.isDisplayed()).isFalse());
            assertThat(browser.statusOfFetch("/camunda/api/admin/auth/user/default")).isEqualTo(200);
        }
        assertThat(conferences.ofCase(cases.get(ref).getId()).get(0).getScheduledDate())
                .isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void theLeadSocialWorkerAddsAndRemovesRowsOfSmartActionsWithNoLimit() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Nell", "Rowfield",
                LocalDate.of(2018, 2, 3), Gender.FEMALE, null, "English"), STRATEGY_DAY.minusDays(1),
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate conferenceDay = LocalDate.of(2026, 12, 21);
        ConferenceWalk.bookAndPrepare(this, ref, conferenceDay);
        setToday(conferenceDay);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", uk.gov.childprotection.demo.Submissions
                .conferenceRecord(conferenceDay, "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER,
                        LocalDate.of(2027, 3, 19), "NEGLECT"));
        postCopies(ref);
        setToday(LocalDate.of(2027, 1, 5));
        String taskId = task(ref, "Task_HoldCoreGroupMeeting").getId();
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.SOCIAL_WORKER);
            TasklistForm form = new TasklistForm(browser).open(taskId);
            WebDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(60));
            form.type("Day", 0, "5");
            form.type("Month", 0, "1");
            form.type("Year", 0, "2027");
            form.type("Who attended", "Sam Worker (lead social worker), Alex Example (mother)");
            String[][] actions = {
                {"Attend the domestic abuse programme", "Mother and father", "1", "3"},
                {"Check attendance weekly", "School", "19", "3"},
                {"A row added by mistake", "Nobody", "1", "4"}};
            for (int row = 0; row < actions.length; row++) {
                if (form.count("What will be done") <= row) {
                    form.listButton("add", 0);
                }
                form.type("What will be done", row, actions[row][0]);
                form.type("Who will do it", row, actions[row][1]);
                form.type("Day", row + 1, actions[row][2]);
                form.type("Month", row + 1, actions[row][3]);
                form.type("Year", row + 1, "2027");
                form.type("How everyone will know it worked", row, "Everyone sees the change.");
                form.choose("Progress", row, "Not started");
            }
            browser.screenshot("smart-action-rows");
            form.listButton("remove", 2);
            wait.until(p -> form.count("What will be done") == 2);
            form.complete();
            try {
                wait.until(p -> tasks.createTaskQuery().taskId(taskId).count() == 0);
            } catch (org.openqa.selenium.TimeoutException notDone) {
                String errors = String.valueOf(((org.openqa.selenium.JavascriptExecutor) page).executeScript(
                        "return Array.from(document.querySelectorAll('.fjs-form-field-error, .fjs-has-errors'))"
                                + ".map(e => e.className + ':' + e.textContent).join(' | ') + ' // complete disabled: '"
                                + " + Array.from(document.querySelectorAll('button[type=submit]')).map(b => b.disabled).join(',');"));
                throw new AssertionError("The meeting was not recorded; form errors: " + errors + "; the page said: "
                        + page.findElement(By.tagName("body")).getText(), notDone);
            }
        }
        Long planId = plans.findByCaseIdOrderByStartDateAsc(cases.get(ref).getId()).get(0).getId();
        assertThat(planInForce.actions(planId)).extracting(uk.gov.childprotection.plan.PlanAction::getWhat)
                .containsExactly("Attend the domestic abuse programme", "Check attendance weekly");
        assertThat(planInForce.actions(planId).get(1).getByWhen()).isEqualTo(LocalDate.of(2027, 3, 19));
    }


    /**
     * At a household's conference the Chair scales a child apart from the brothers and sisters against each
     * invitee: the form opens with a row for each child and each person, named, and a score is typed into one.
     */
    @Test
    void theChairSeesARowForEachChildAndEachInviteeToScaleAChildApart() throws Exception {
        String family = "Scalewell";
        FamilyReferral referral = json.readValue("""
                {"referralDate": "2026-12-01", "referralSource": "SCHOOL", "concerns": "The adults fight at night.",
                 "socialWorker": "%s", "teamManager": "%s",
                 "children": [
                   {"givenName": "Iris", "familyName": "%s", "dateOfBirth": "2015-04-11", "gender": "FEMALE"},
                   {"givenName": "Jude", "familyName": "%s", "dateOfBirth": "2022-09-30", "gender": "MALE"}],
                 "people": [{"name": "Kim %s", "address": "4 Mill Lane, Oxford OX2 6AB",
                    "children": [{"child": 1, "relationship": "MOTHER", "parentalResponsibility": true},
                                 {"child": 2, "relationship": "MOTHER", "parentalResponsibility": true}]}]}
                """.formatted(TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, family, family, family),
                FamilyReferral.class);
        List<String> refs = cases.openFamilyCases(referral).cases().stream()
                .map(uk.gov.childprotection.cases.ChildProtectionCase::getReference).toList();
        refs.forEach(ref -> ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY));
        LocalDate conferenceDay = LocalDate.of(2026, 12, 21);
        ConferenceWalk.bookAndPrepare(this, refs.get(0), conferenceDay);
        setToday(conferenceDay);
        String taskId = task(refs.get(0), "Task_HoldConference").getId();
        List<String> invitees = conferences.participants(conferences.ofCase(cases.get(refs.get(0)).getId()).get(0)
                .getId()).stream().map(uk.gov.childprotection.conference.Participant::getName).toList();
        assertThat(invitees).isNotEmpty();
        try (Chromium browser = new Chromium(port)) {
            browser.signInToTasklist(TestStaff.CHAIR);
            TasklistForm form = new TasklistForm(browser).open(taskId);
            WebDriver page = browser.driver();
            assertThat(page.findElement(By.cssSelector(".fjs-form")).getText())
                    .contains("Scaling for each child, where the children are scaled apart");
            // "Child" and "Who" label the children's decisions and the family's scaling too: these rows follow them.
            int rows = 2 * invitees.size();
            List<String> child = valuesOf(page, "Child");
            List<String> children = child.subList(child.size() - rows, child.size());
            List<String> who = valuesOf(page, "Who");
            assertThat(children.subList(0, invitees.size())).containsOnly("Iris " + family);
            assertThat(children.subList(invitees.size(), rows)).containsOnly("Jude " + family);
            assertThat(who.subList(who.size() - rows, who.size()))
                    .containsExactlyElementsOf(java.util.stream.Stream.concat(invitees.stream(), invitees.stream())
                            .toList());
            int firstInviteeForJude = invitees.size();
            List<WebElement> scores = page.findElements(By.cssSelector(".fjs-form label[for]")).stream()
                    .filter(l -> l.getText().trim().equals("Score")).toList();
            assertThat(scores).hasSameSizeAs(children);
            WebElement score = page.findElement(By.id(scores.get(firstInviteeForJude).getAttribute("for")));
            score.sendKeys("3");
            assertThat(score.getAttribute("value")).isEqualTo("3");
            browser.screenshot("household-scaling-rows");
        }
    }

    /** The values of the fields labelled exactly so, in the form's order. */
    private static List<String> valuesOf(WebDriver page, String label) {
        return page.findElements(By.cssSelector(".fjs-form label[for]")).stream()
                .filter(l -> l.getText().trim().equals(label))
                .map(l -> page.findElement(By.id(l.getAttribute("for"))).getAttribute("value")).toList();
    }
}
