package io.slipway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first walk of issue #2 (steps 2–4) in a real browser, against the production jar: log in, find Lightstreamer
 * in the catalog, install it with the form's defaults and watch My Apps show it running.
 *
 * <p>Runs under {@code ./mvnw verify -Pe2e}, which builds {@code target/slipway.jar}; needs Debian's {@code chromium}
 * and {@code chromium-driver}. Selenium Manager never downloads anything: browser and driver paths are fixed.
 */
class InstallLightstreamerIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TARGET = Path.of("target");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration UI_TIMEOUT = Duration.ofSeconds(20);

    private static Process app;
    private static Path dataDir;
    private static Path appLog;
    private static String baseUrl;

    private Path profileDir;
    private WebDriver driver;
    private WebDriverWait wait;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            Path png = TARGET.resolve(context.getRequiredTestMethod().getName() + "-failure.png");
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            System.err.println("Screenshot: " + png.toAbsolutePath() + ", URL: " + driver.getCurrentUrl()
                    + ", application log: " + appLog.toAbsolutePath());
        }
    };

    @BeforeAll
    static void startSlipway() throws IOException {
        String jar = System.getProperty("slipway.jar");
        assertThat(jar)
                .as("system property slipway.jar (set by the e2e profile)")
                .isNotBlank();
        assertThat(Path.of(jar)).as("the production jar").isRegularFile();

        int port = freePort();
        baseUrl = "http://localhost:" + port;
        dataDir = Files.createTempDirectory("slipway-e2e-data");
        appLog = TARGET.resolve("slipway-e2e.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(
                        java,
                        "-jar",
                        jar,
                        "--server.port=" + port,
                        "--slipway.data-dir=" + dataDir,
                        "--slipway.kubernetes.mode=embedded")
                .redirectErrorStream(true)
                .redirectOutput(appLog.toFile())
                .start();
        // Should this JVM be stopped before @AfterAll runs, take Slipway down with it.
        Process started = app;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        await("Slipway answers UP on /actuator/health; log: " + appLog.toAbsolutePath())
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!app.isAlive()) {
                        throw new IllegalStateException("Slipway exited with " + app.exitValue() + "; see " + appLog);
                    }
                    try {
                        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("\"UP\"");
                    } catch (IOException notYet) {
                        return false;
                    }
                });
        assertThat(Files.readString(appLog))
                .as("the jar runs Vaadin in production mode")
                .contains("production mode");
    }

    @AfterAll
    static void stopSlipway() throws Exception {
        if (app != null) {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        deleteRecursively(dataDir);
    }

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profileDir = Files.createTempDirectory("slipway-e2e-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profileDir,
                        "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, UI_TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        deleteRecursively(profileDir);
    }

    @Test
    void installsLightstreamerAndSeesItRunning() {
        logIn("alice", "alice");

        // The catalog: Lightstreamer and at least twelve others; "light" narrows it to Lightstreamer alone.
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("div.slipway-card"), 12));
        assertThat(catalogEntries()).contains("lightstreamer").hasSizeGreaterThanOrEqualTo(13);
        driver.findElement(By.cssSelector("vaadin-text-field.slipway-catalog-search input"))
                .sendKeys("light");
        wait.until(driver -> catalogEntries().equals(List.of("lightstreamer")));
        driver.findElement(By.cssSelector("div.slipway-card[data-entry='lightstreamer'] vaadin-button"))
                .click();

        // The install form, prefilled: name, version, 10 % of alice's 4000 m / 8192 MiB, port.
        wait.until(ExpectedConditions.urlToBe(baseUrl + "/install/lightstreamer"));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(field("Application name")));
        assertThat(name.getDomProperty("value")).isEqualTo("lightstreamer");
        assertThat(driver.findElement(By.cssSelector(".slipway-install-form vaadin-select"))
                        .getText())
                .contains("latest");
        assertThat(driver.findElement(By.cssSelector(".slipway-install-form vaadin-slider"))
                        .getDomProperty("value"))
                .isEqualTo("10");
        assertThat(driver.findElement(By.cssSelector("span.slipway-share-summary"))
                        .getText())
                .contains("400 m CPU · 819 MiB");
        assertThat(driver.findElement(field("Port")).getDomProperty("value")).isEqualTo("8080");

        WebElement install = driver.findElement(
                By.xpath("//div[contains(@class,'slipway-install-form')]//vaadin-button[normalize-space()='Install']"));
        wait.until(driver -> install.getDomAttribute("disabled") == null);
        install.click();

        // My Apps: the new app with its image and hostname, and its status turns Running by push, not by reload.
        wait.until(ExpectedConditions.urlToBe(baseUrl + "/apps"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid.slipway-app-grid")));
        ((JavascriptExecutor) driver).executeScript("window.slipwayE2eNoReload = true");
        wait.until(driver -> gridTexts().contains("lightstreamer"));
        assertThat(gridTexts()).contains("lightstreamer:latest");
        assertThat(driver.findElement(By.cssSelector("vaadin-grid.slipway-app-grid .slipway-hostname a"))
                        .getText())
                .isEqualTo("lightstreamer-acme.apps.localhost");
        wait.until(ExpectedConditions.textToBe(
                By.cssSelector("vaadin-grid.slipway-app-grid span.slipway-status"), "Running"));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.slipwayE2eNoReload === true"))
                .as("the status changed without a page reload")
                .isEqualTo(true);
    }

    private void logIn(String user, String password) {
        driver.get(baseUrl + "/login");
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password + Keys.ENTER);
    }

    /** The catalog cards' entry ids, read in one go: the cards are re-rendered on every keystroke. */
    private List<String> catalogEntries() {
        return texts("Array.from(document.querySelectorAll('div.slipway-card'), card => card.dataset.entry)");
    }

    private List<String> gridTexts() {
        return texts("Array.from(document.querySelectorAll("
                + "'vaadin-grid.slipway-app-grid vaadin-grid-cell-content'), cell => cell.textContent.trim())");
    }

    private List<String> texts(String script) {
        Object result = ((JavascriptExecutor) driver).executeScript("return " + script);
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    /** The native input of the text field with this label. */
    private static By field(String label) {
        return By.xpath("//vaadin-text-field[label[normalize-space()='" + label + "']]//input");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
