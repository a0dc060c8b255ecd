package io.staygrid.systemtests.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and chromium-driver (apt-get install chromium chromium-driver), never a downloaded
 * browser. STAYGRID_CHROMIUM / STAYGRID_CHROMEDRIVER point elsewhere. Started headless with a fresh
 * profile and without background networking, which would otherwise flood a closed network.
 */
public final class Chromium {

    static final Path BROWSER = Path.of(env("STAYGRID_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(env("STAYGRID_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
            "--window-size=1280,900", "--lang=en-GB");

    private Chromium() {
    }

    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    public static String where() {
        return BROWSER + " and " + DRIVER;
    }

    /** A new browser with its own profile directory (its own cookies and local storage: one person). */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(FLAGS)
                .addArguments("--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withSilent(true).build();
        return new ChromeDriver(service, options);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
