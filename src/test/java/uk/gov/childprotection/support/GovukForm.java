package uk.gov.childprotection.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does on the application's own GOV.UK-styled pages, in a browser test. */
public final class GovukForm {

    private GovukForm() {
    }

    /** Types into a field, replacing what was there. */
    public static void type(WebDriver page, String id, String text) {
        WebElement field = page.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses a button that sends the form, and waits for the page that answers. */
    public static void press(WebDriver page, By button) {
        WebElement old = page.findElement(By.tagName("html"));
        page.findElement(button).click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
    }

    /** Chooses an option of a select by its value. */
    public static void choose(WebDriver page, String id, String value) {
        new Select(page.findElement(By.id(id))).selectByValue(value);
    }

    /** The value of the option chosen in a select. */
    public static String chosen(WebDriver page, String id) {
        return new Select(page.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    /** Ticks a checkbox (by clicking its label, as a person would), unless it is ticked. */
    public static void tick(WebDriver page, String id) {
        if (!page.findElement(By.id(id)).isSelected()) {
            page.findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
    }
}
