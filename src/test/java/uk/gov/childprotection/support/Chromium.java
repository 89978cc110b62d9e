package uk.gov.childprotection.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs), driven as a
 * person uses it: the Tasklist sign-in through its own form, then the pages.
 */
public final class Chromium implements AutoCloseable {

    private static final Path BROWSER = Path.of(System.getProperty("cpc.test.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("cpc.test.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final String base;

    /**
     * The webapps show their first-administrator setup page while no one is in {@code camunda-admin}: the browser
     * tests' database has its system administrator, as a real one has.
     */
    public static void ensureSystemAdministrator(org.camunda.bpm.engine.IdentityService identity) {
        String group = "camunda-admin";
        if (identity.createUserQuery().memberOfGroup(group).count() > 0) {
            return;
        }
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            var admins = identity.newGroup(group);
            admins.setName("Camunda administrators");
            admins.setType("SYSTEM");
            identity.saveGroup(admins);
        }
        if (identity.createUserQuery().userId(SYSTEM_ADMINISTRATOR).count() == 0) {
            TestStaff.user(identity, SYSTEM_ADMINISTRATOR, "System", "Administrator", group);
        } else {
            identity.createMembership(SYSTEM_ADMINISTRATOR, group);
        }
    }

    public static final String SYSTEM_ADMINISTRATOR = "test.sysadmin";

    public Chromium(int port) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need " + BROWSER + " and " + DRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public Chromium open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in on Tasklist's own login form, as a person does, and waits for Tasklist to open. */
    public Chromium signInToTasklist(String user) {
        return signInTo("tasklist", user);
    }

    /** Signs in on a webapp's own login form ("tasklist", "cockpit", "admin"), and waits for it to open. */
    public Chromium signInTo(String app, String user) {
        return signInTo(app, user, TestStaff.password(user));
    }

    /** The same, with the user's password (the demo's users have their own). */
    public Chromium signInTo(String app, String user, String password) {
        open("/camunda/app/" + app + "/");
        // A webapp loads its scripts before it shows the form: on a busy CI machine that can take a while.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new IllegalStateException(app + "'s sign-in form did not show at " + driver.getCurrentUrl()
                    + "; the page said: " + driver.findElement(By.tagName("body")).getText(), notShown);
        }
        driver.findElement(By.cssSelector("form[name='signinForm'] input[type='text']")).sendKeys(user);
        driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
        } catch (org.openqa.selenium.TimeoutException stillThere) {
            throw new IllegalStateException(user + " was still at " + app + "'s sign-in form after signing in; the "
                    + "page said: " + driver.findElement(By.tagName("body")).getText(), stillThere);
        }
        return this;
    }

    /** The answer's status to a GET made by the page itself, with the browser's cookies (and no credentials). */
    public long statusOfFetch(String path) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));",
                path);
        return ((Number) status).longValue();
    }

    /**
     * Saves what the browser shows as {@code name}.png in the folder {@code -Dcpc.screenshots} names (the README's
     * pictures are taken this way); nothing without it.
     */
    public void screenshot(String name) {
        String folder = System.getProperty("cpc.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of a GET made by the page itself, with the browser's cookies. */
    public String textOfFetch(String path) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, () => done(''));",
                path));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
