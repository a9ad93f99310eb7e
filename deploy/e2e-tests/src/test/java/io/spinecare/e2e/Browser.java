package io.spinecare.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system (Debian's {@code chromium} and {@code chromium-driver}), a fresh
 * profile per browser, explicit waits only, and screenshots into {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    enum Width {
        DESKTOP(1280, 900),
        PHONE(390, 844);

        final int width;
        final int height;

        Width(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /**
     * A test run writes its screenshots under target/, so running the tests leaves the work tree clean;
     * {@code -Dscreenshots.dir=../../docs/screenshots} refreshes the ones the README shows.
     */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    static Browser open(String baseUrl) throws IOException {
        Path profile = Files.createTempDirectory("spinecare-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--force-prefers-reduced-motion",
                "--lang=en-GB",
                "--window-size=" + Width.DESKTOP.width + "," + Width.DESKTOP.height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        Browser browser = new Browser(new ChromeDriver(service, options), profile, baseUrl);
        browser.resize(Width.DESKTOP);
        return browser;
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    void resize(Width width) {
        driver.manage().window().setSize(new Dimension(width.width, width.height));
    }

    /** Waits for the condition; an element the page re-rendered meanwhile is looked up again, not an error. */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> allVisible(By by) {
        return until(ExpectedConditions.visibilityOfAllElementsLocatedBy(by));
    }

    /** Scrolls the element to the middle first: the phone layout and sticky parts may cover its edge. */
    void click(By by) {
        new WebDriverWait(driver, WAIT)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element =
                            ExpectedConditions.elementToBeClickable(by).apply(d);
                    if (element == null) {
                        return false;
                    }
                    ((JavascriptExecutor) d)
                            .executeScript(
                                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
                    element.click();
                    return true;
                });
    }

    void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date input's ISO value; typing into it would depend on the browser's locale format. */
    void setDate(By by, String isoDate) {
        WebElement field = visible(by);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        field,
                        isoDate);
    }

    /** Waits until the element's text contains {@code expected}, then returns the whole text. */
    String textContaining(By by, String expected) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return driver.findElement(by).getText();
    }

    /** Waits until the element carries {@code attribute = value}. */
    WebElement withAttribute(By by, String attribute, String value) {
        until(ExpectedConditions.attributeToBe(by, attribute, value));
        return driver.findElement(by);
    }

    /** Saves the page as {@code <name>-desktop.png} and {@code <name>-phone.png}, ending at desktop width. */
    void screenshots(String name) {
        for (Width width : Width.values()) {
            resize(width);
            screenshot(name + "-" + width.name().toLowerCase(java.util.Locale.ROOT));
        }
        resize(Width.DESKTOP);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
