package uk.gov.childprotection.support;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A task's Camunda Form in Tasklist, filled in as a person does: fields found by their label (the nth, for a list's
 * rows), typed into, chosen from, rows added and removed, and Complete pressed.
 */
public final class TasklistForm {

    private final Chromium browser;
    private final WebDriver page;
    /** What was typed where, looked over again before Complete (see {@link #complete()}). */
    private final java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();

    public TasklistForm(Chromium browser) {
        this.browser = browser;
        this.page = browser.driver();
    }

    /** Opens the task in Tasklist, claims it as a person does when it is their group's, and waits for its form. */
    public TasklistForm open(String taskId) {
        browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(60));
        wait.until(p -> !p.findElements(By.cssSelector(".fjs-form label")).isEmpty());
        if (!page.findElements(By.cssSelector(".disabled-form")).isEmpty()) {
            page.findElements(By.cssSelector("button, a")).stream()
                    .filter(b -> b.isDisplayed() && b.getText().trim().equals("Claim")).findFirst()
                    .orElseThrow(() -> new AssertionError("the form is not open to this person, and there is no "
                            + "Claim: " + page.findElement(By.tagName("body")).getText()))
                    .click();
            wait.until(p -> p.findElements(By.cssSelector(".disabled-form")).isEmpty());
        }
        return this;
    }

    public WebElement field(String label, int nth) {
        List<WebElement> labelled = labels(label);
        if (labelled.size() <= nth) {
            throw new AssertionError("no field " + (nth + 1) + " labelled " + label + "; the form: "
                    + page.findElement(By.cssSelector(".fjs-form")).getText());
        }
        return page.findElement(By.id(labelled.get(nth).getAttribute("for")));
    }

    public int count(String label) {
        return labels(label).size();
    }

    /** The labels of fields (a list's or a group's own heading is no field) that read so, in order. */
    private List<WebElement> labels(String label) {
        return page.findElements(By.cssSelector(".fjs-form label[for]")).stream()
                .filter(l -> l.getText().trim().startsWith(label)).toList();
    }

    public TasklistForm type(String label, String text) {
        return type(label, 0, text);
    }

    /** Types into the field; again if the form was still settling and dropped the keys. */
    public TasklistForm type(String label, int nth, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement input = field(label, nth);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
            if (text.equals(field(label, nth).getAttribute("value"))) {
                typed.put(nth + "\u0000" + label, text);
                return this;
            }
        }
        throw new AssertionError("'" + text + "' could not be typed into " + label + " " + (nth + 1));
    }

    /** A date the UK way: its day, month and year boxes (the nth date of the form). */
    public TasklistForm date(int nth, int day, int month, int year) {
        type("Day", nth, String.valueOf(day));
        type("Month", nth, String.valueOf(month));
        return type("Year", nth, String.valueOf(year));
    }

    public TasklistForm choose(String label, String choice) {
        return choose(label, 0, choice);
    }

    /** Picks a choice by the words shown, in a form-js select. */
    public TasklistForm choose(String label, int nth, String choice) {
        WebElement labelled = page.findElements(By.cssSelector(".fjs-form label")).stream()
                .filter(l -> l.getText().trim().startsWith(label)).skip(nth).findFirst()
                .orElseThrow(() -> new AssertionError("no field labelled " + label));
        WebElement field = labelled.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        field.findElement(By.cssSelector(".fjs-input-group")).click();
        WebElement option = new WebDriverWait(page, Duration.ofSeconds(10)).until(p -> field
                .findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(item -> item.getText().trim().equals(choice)).findFirst().orElse(null));
        option.click();
        return this;
    }

    /** Ticks the radio button or checkbox whose label reads so (the nth such, for a list's rows). */
    public TasklistForm tick(String optionLabel, int nth) {
        List<WebElement> options = page.findElements(By.cssSelector(".fjs-form label")).stream()
                .filter(l -> l.getText().trim().equals(optionLabel)).toList();
        if (options.size() <= nth) {
            throw new AssertionError("no option " + (nth + 1) + " reading " + optionLabel);
        }
        WebElement input = page.findElement(By.id(options.get(nth).getAttribute("for")));
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        if (!input.isSelected()) {
            input.click();
        }
        return this;
    }

    public TasklistForm tick(String optionLabel) {
        return tick(optionLabel, 0);
    }

    /** A list's own button ("add" under the list, "remove" on each row): the nth shown. */
    public TasklistForm listButton(String cssClassPart, int nth) {
        List<WebElement> buttons = page.findElements(By.cssSelector(".fjs-form button")).stream()
                .filter(b -> String.valueOf(b.getAttribute("class")).contains(cssClassPart) && b.isDisplayed())
                .toList();
        if (buttons.size() <= nth) {
            throw new AssertionError("no list button " + cssClassPart + " " + (nth + 1));
        }
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                buttons.get(nth));
        buttons.get(nth).click();
        return this;
    }

    /**
     * Looks the typed fields over, as a person does before pressing Complete, and types again any that the form
     * dropped: form-js 1.8 takes a text field's keys into its state a moment later (debounced), and a field typed
     * just before another one changed was seen emptied by that re-render once in a CI run.
     */
    private void lookOver() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        typed.forEach((where, text) -> {
            int cut = where.indexOf('\u0000');
            int nth = Integer.parseInt(where.substring(0, cut));
            String label = where.substring(cut + 1);
            if (count(label) > nth && !text.equals(field(label, nth).getAttribute("value"))) {
                type(label, nth, text);
            }
        });
    }

    /** Presses Complete (scrolled into view: Tasklist's footer covers the foot of a long form). */
    public void complete() {
        lookOver();
        WebElement button = page.findElements(By.cssSelector("button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().equals("Complete")).findFirst()
                .orElseThrow(() -> new AssertionError("no Complete button"));
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    /** Presses Complete and waits until the engine has the task done; says what the page showed if not. */
    public void completeAndWait(BooleanSupplier done) {
        complete();
        try {
            new WebDriverWait(page, Duration.ofSeconds(60)).until(p -> done.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException notDone) {
            throw new AssertionError("The task was not completed; the page said: "
                    + page.findElement(By.tagName("body")).getText(), notDone);
        }
    }
}
