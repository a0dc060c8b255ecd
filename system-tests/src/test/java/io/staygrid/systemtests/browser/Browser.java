package io.staygrid.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the site: a Chromium with its own profile (cookies, local storage), waits with
 * deadlines on what the page shows, console errors collected page by page, and screenshots of every
 * page at desktop and phone width written to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("staygrid.screenshots.directory", "target/screenshots"));
    private static final Path PROFILES = Path.of(System.getProperty("staygrid.browser.directory", "target/browser"));
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final List<String> consoleErrors = new ArrayList<>();

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(String baseUrl, String who) {
        try {
            Path profile = Files.createDirectories(PROFILES.resolve(who + "-" + UUID.randomUUID().toString().substring(0, 8)));
            return new Browser(Chromium.start(profile), baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void visit(String path) {
        collectConsole();
        driver.get(baseUrl + path);
    }

    /** The element once it is shown. */
    public WebElement waitFor(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The element once its text contains {@code text}. */
    public WebElement waitForText(String css, String text) {
        return waitForText(css, text, WAIT);
    }

    public WebElement waitForText(String css, String text, Duration deadline) {
        By by = By.cssSelector(css);
        new WebDriverWait(driver, deadline).withMessage(() -> css + " to contain '" + text + "'; page says: " + pageText())
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    public void waitForUrl(String part, Duration deadline) {
        new WebDriverWait(driver, deadline).withMessage(() -> "URL with '" + part + "'; at " + driver.getCurrentUrl() + ": " + pageText())
                .until(ExpectedConditions.urlContains(part));
    }

    /**
     * Waits until {@code condition} holds (it may look at the page through this browser). An element the page replaced
     * while the condition looked at it (stale) means "look again", as an element not found yet does.
     */
    public void waitUntil(String what, Duration deadline, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, deadline).withMessage(() -> what + "; at " + driver.getCurrentUrl() + ": " + pageText())
                .ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    public String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public boolean shown(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    public int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    public void click(String css) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Keyboard use: focuses the element and presses keys (Enter on a button, Enter in a field submits its form). */
    public void press(String css, CharSequence... keys) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(keys);
    }

    public void type(String css, String text) {
        WebElement field = waitFor(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets an input's value as the user's picker would (date inputs take typing in the browser's locale format). */
    public void setValue(String css, Object value) {
        WebElement field = waitFor(css);
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, String.valueOf(value));
    }

    public void select(String css, String value) {
        new Select(waitFor(css)).selectByValue(value);
    }

    /** Accepts the page's confirm() question (destructive staff actions ask one). */
    public void confirmDialog() {
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** Signs in through the site's sign-in page and the identity provider's form (the prod OIDC code flow). */
    public void signIn(String subject, String role, long... hotels) {
        visit("/sign-in");
        click("[data-oidc-sign-in]");
        type("#username", subject);
        select("#role", role);
        type("#hotels", Arrays.stream(hotels).mapToObj(Long::toString).collect(Collectors.joining(",")));
        click("#sign-in");
        waitForText("[data-who]", subject);
        assertThat(url()).startsWith(baseUrl);
    }

    /** Full-page screenshots at desktop (1280) and phone (390x844) width; the page must fit the phone's width. */
    public void screenshots(String page) {
        collectConsole();
        assertThat(unlabelledControls()).as("%s: form controls without a label", page).isEmpty();
        shoot(page + "-desktop", 1280, 900, false);
        shoot(page + "-phone", PHONE_WIDTH, PHONE_HEIGHT, true);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void shoot(String name, int width, int minHeight, boolean mobile) {
        metrics(width, minHeight, mobile);
        long height = ((Number) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
        metrics(width, (int) Math.min(6000, Math.max(minHeight, height)), mobile);
        if (mobile) {
            long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
            assertThat(scrollWidth).as("%s is wider than a phone (%d px)", name, PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Visible inputs, selects, text areas and buttons that have no accessible name. */
    @SuppressWarnings("unchecked")
    private List<String> unlabelledControls() {
        return (List<String>) driver.executeScript("return [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]"
                + ".filter(e => e.offsetParent !== null)"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')"
                + "  && !(e.tagName === 'BUTTON' && e.textContent.trim()))"
                + ".map(e => e.outerHTML.slice(0, 160));");
    }

    private void metrics(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Every console error of every page this browser showed (failed requests included). */
    public List<String> consoleErrors() {
        collectConsole();
        return List.copyOf(consoleErrors);
    }

    /** Forgets console errors so far (after deliberately showing an error state). */
    public void forgetConsoleErrors() {
        collectConsole();
        consoleErrors.clear();
    }

    public void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("console errors").isEmpty();
    }

    private void collectConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(driver.getCurrentUrl() + ": " + entry.getMessage());
            }
        }
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.withMessage(() -> "at " + driver.getCurrentUrl() + ": " + pageText());
        return wait;
    }

    /** What the page shows and what its console said, for failure messages. */
    private String pageText() {
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            collectConsole();
            return (text.length() > 600 ? text.substring(0, 600) + "…" : text) + (consoleErrors.isEmpty() ? "" : "\nconsole errors: " + consoleErrors);
        } catch (RuntimeException e) {
            return "(no page)";
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
