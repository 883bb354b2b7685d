package io.slipway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Slipway in a real browser, against the production jar: log in, find Lightstreamer in the catalog, install it with
 * the form's defaults and watch My Apps show it running (issue #2); install it with an env var under Advanced, watch
 * its page turn Running, restart it and delete it, checking each step in the embedded cluster too (issue #5).
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
    private static final String NAMESPACE = "slipway-acme";
    private static final Pattern CLUSTER_ADDRESS =
            Pattern.compile("Started the embedded \\(simulated\\) cluster at (http://\\S+)");

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

        // The catalog: Lightstreamer and at least twelve others; "light" narrows it to Lightstreamer alone (the card
        // to deploy one's own image always stays).
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("div.slipway-card"), 12));
        assertThat(catalogEntries()).contains("lightstreamer").hasSizeGreaterThanOrEqualTo(13);
        // The cards use the window's width (1400 px: four or more to a row), and the header shows Slipway's logo
        assertThat(cardsInFirstRow()).isGreaterThanOrEqualTo(4);
        assertThat(((JavascriptExecutor) driver)
                        .executeScript("return document.querySelector('.slipway-brand img').naturalWidth"))
                .isNotEqualTo(0L);
        driver.findElement(By.cssSelector("vaadin-text-field.slipway-catalog-search input"))
                .sendKeys("light");
        wait.until(driver -> catalogEntries().equals(List.of("lightstreamer", "custom")));
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
        // The reason has room (at most three lines in the grid) and all of it shows on hover
        WebElement reason = driver.findElement(By.cssSelector("vaadin-grid.slipway-app-grid .slipway-status-reason"));
        assertThat(reason.getDomAttribute("title")).isEqualTo("Running and answering its health check");
        assertThat(reason.getRect().getWidth()).isGreaterThanOrEqualTo(240);
    }

    @Test
    void installsWithEnvVarsThenRestartsAndDeletes() {
        logIn("alice", "alice");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("div.slipway-card"), 12));
        driver.get(baseUrl + "/install/lightstreamer");

        // Advanced: one env var, typed into a new row; its value must reach the cluster only in the app's Secret.
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(field("Application name")));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ls-env");
        driver.findElement(By.xpath("//vaadin-radio-button[normalize-space()='Advanced']"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-button[normalize-space()='Add variable']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".slipway-env-row vaadin-text-field input")))
                .sendKeys("GREETING");
        driver.findElement(By.cssSelector(".slipway-env-row vaadin-password-field input"))
                .sendKeys("hello-e2e" + Keys.TAB);
        WebElement install = driver.findElement(
                By.xpath("//div[contains(@class,'slipway-install-form')]//vaadin-button[normalize-space()='Install']"));
        wait.until(driver -> install.getDomAttribute("disabled") == null);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", install);
        install.click();

        // From My Apps to the app's page; Running arrives there by push too.
        wait.until(ExpectedConditions.urlToBe(baseUrl + "/apps"));
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-grid-cell-content//a[normalize-space()='ls-env']")))
                .click();
        wait.until(ExpectedConditions.urlContains("/apps/"));
        ((JavascriptExecutor) driver).executeScript("window.slipwayE2eNoReload = true");
        wait.until(driver -> appStatus().startsWith("Running"));

        try (KubernetesClient cluster = embeddedCluster()) {
            Secret env = cluster.secrets()
                    .inNamespace(NAMESPACE)
                    .withName("ls-env-env")
                    .get();
            assertThat(env).as("the app's env Secret").isNotNull();
            assertThat(env.getData()).containsKey("GREETING");
            Deployment deployment = cluster.apps()
                    .deployments()
                    .inNamespace(NAMESPACE)
                    .withName("ls-env")
                    .get();
            assertThat(Serialization.asJson(deployment))
                    .as("the Deployment names the Secret but holds no env value")
                    .contains("ls-env-env")
                    .doesNotContain("hello-e2e");
            String firstPod = runningPod(cluster);

            // Restart: a new pod replaces the old one, and the page shows Running again without a reload.
            clickAction("Restart");
            wait.until(driver -> {
                String pod = runningPod(cluster);
                return pod != null && !pod.equals(firstPod);
            });
            wait.until(driver -> appStatus().startsWith("Running"));
            assertThat(((JavascriptExecutor) driver).executeScript("return window.slipwayE2eNoReload === true"))
                    .as("the app page followed the restart without a reload")
                    .isEqualTo(true);

            // Delete: typing the name enables the dialog's Delete; My Apps no longer lists the app, the cluster
            // no longer holds its Deployment or Secret.
            clickAction("Delete");
            WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//vaadin-text-field[label[normalize-space()=\"Type the app's name to confirm\"]]//input")));
            WebElement delete = driver.findElement(By.xpath(
                    "//vaadin-dialog//vaadin-button[normalize-space()='Delete' and contains(@theme,'primary')]"));
            assertThat(delete.getDomAttribute("disabled"))
                    .as("Delete before the name is typed")
                    .isNotNull();
            confirm.sendKeys("ls-env");
            wait.until(driver -> delete.getDomAttribute("disabled") == null);
            delete.click();
            wait.until(ExpectedConditions.urlToBe(baseUrl + "/apps"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1")));
            wait.until(driver -> !gridTexts().contains("ls-env"));
            wait.until(driver -> cluster.apps()
                                    .deployments()
                                    .inNamespace(NAMESPACE)
                                    .withName("ls-env")
                                    .get()
                            == null
                    && cluster.secrets()
                                    .inNamespace(NAMESPACE)
                                    .withName("ls-env-env")
                                    .get()
                            == null);
        }
    }

    /** The Status value on an app's page: its label, then its reason if any. */
    private String appStatus() {
        return driver.findElement(By.cssSelector(".slipway-app-details .slipway-detail-value"))
                .getText();
    }

    private void clickAction(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[contains(@class,'slipway-app-actions')]//vaadin-button[normalize-space()='"
                                + label + "']")))
                .click();
    }

    /** The embedded cluster's API server, found where Slipway logs its address at start-up. */
    private static KubernetesClient embeddedCluster() {
        try {
            Matcher address = CLUSTER_ADDRESS.matcher(Files.readString(appLog));
            assertThat(address.find())
                    .as("the embedded cluster's address in " + appLog)
                    .isTrue();
            return new KubernetesClientBuilder()
                    .withConfig(new ConfigBuilder()
                            .withMasterUrl(address.group(1))
                            .withRequestRetryBackoffLimit(0)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the ls-env pod that runs, if one does. */
    private static String runningPod(KubernetesClient cluster) {
        return cluster.pods().inNamespace(NAMESPACE).list().getItems().stream()
                .filter(pod -> pod.getMetadata().getName().startsWith("ls-env-"))
                .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
                .filter(pod -> "Running"
                        .equals(pod.getStatus() == null ? null : pod.getStatus().getPhase()))
                .map(pod -> pod.getMetadata().getName())
                .findFirst()
                .orElse(null);
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

    private long cardsInFirstRow() {
        return (Long) ((JavascriptExecutor) driver)
                .executeScript("const cards = Array.from(document.querySelectorAll('div.slipway-card'));"
                        + " return cards.filter(card => card.offsetTop === cards[0].offsetTop).length");
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
