package hu.webshopsync.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.schedule.ScheduleListener;
import hu.webshopsync.host.schedule.ScheduleLoop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's header while {@code serve} runs the schedule, in a real browser (headless Chromium):
 * the automatic order sync's last run, its result and the next time; after the shop revokes the keys,
 * the alert. Needs the packaged plugin (failsafe). With {@code -Dconsole.readmeScreenshots=DIR} it saves
 * {@code schedule.png} and {@code schedule-alert.png} for the README.
 */
class ScheduleBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @RegisterExtension
    final Screenshots screenshots = new Screenshots();

    @Test
    void theHeaderShowsTheLastAutomaticRunAndTheNextTimeAndThenTheAlert() throws Exception {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);
        try (ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults())) {
            EmulatorConfig config = EmulatorConfig.defaults();
            assertThat(fixture.run("modules", "activate", "webshop", "--set", "url=" + shop.baseUrl(),
                    "--set", "consumerKey=" + config.consumerKey(), "--set", "consumerSecret=" + config.consumerSecret(),
                    "--set", "autoOrderSync=2s", "--set", "allowFastSchedule=true").exitCode()).isZero();
            try (Host host = fixture.openHost();
                 ScheduleLoop schedule = ScheduleLoop.start(host, Locale.forLanguageTag("hu"), ScheduleListener.NONE);
                 WebConsole console = WebConsole.start(host, ConsoleOptions.loopbackOnFreePort(), Optional.empty(),
                         schedule.scheduler()::statuses)) {
                WebDriver browser = screenshots.watch(Browser.start(Files.createDirectories(dir.resolve("chrome"))));
                WebDriverWait wait = new WebDriverWait(browser, WAIT);
                wait.until(b -> {
                    b.get(console.url() + "/orders");
                    return b.findElement(By.id("schedule")).getText().contains("sikeres");
                });
                String header = browser.findElement(By.id("schedule-webshop-order-sync")).getText();
                assertThat(header).contains("Webáruház szinkron", "utoljára", "sikeres", "következő:");
                readmeScreenshot("schedule.png", screenshots.step("01-schedule-header"));

                shop.control().revokeCredentials();
                wait.until(b -> {
                    b.get(console.url() + "/orders");
                    return !b.findElements(By.cssSelector("#schedule .entry.alert")).isEmpty();
                });
                assertThat(browser.findElement(By.cssSelector("#schedule .entry.alert")).getText())
                        .contains("LEÁLLT", "kulcsokat", "Beállítások");
                readmeScreenshot("schedule-alert.png", screenshots.step("02-schedule-alert"));

                browser.findElement(By.id("menu-history")).click();
                assertThat(browser.findElement(By.id("history")).getText()).contains("automatikus");
                screenshots.step("03-history-automatic");
            }
        }
    }

    private static void readmeScreenshot(String name, byte[] png) throws Exception {
        String folder = System.getProperty("console.readmeScreenshots");
        if (folder != null && !folder.isBlank()) {
            Files.write(Files.createDirectories(Path.of(folder)).resolve(name), png);
        }
    }
}
