package hu.webshopsync.host.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.TakesScreenshot;

/**
 * Keeps a screenshot of every step of a browser test and writes them, with one of the page the test
 * failed on, to {@code <build folder>/screenshots/<test class>/<test>/} when the test fails. Runs
 * before {@code @AfterEach} and before the browser is closed, and quits the browser itself.
 */
final class Screenshots implements AfterTestExecutionCallback {

    private final Map<String, byte[]> steps = new LinkedHashMap<>();
    private WebDriver driver;

    /**
     * Hands the browser to the extension, which quits it after the test.
     *
     * @param driver the browser
     * @param <D>    its type
     * @return the browser
     */
    <D extends WebDriver> D watch(D driver) {
        this.driver = driver;
        return driver;
    }

    /**
     * Remembers the page as it looks now.
     *
     * @param name the step, e.g. {@code 01-product-sheet}
     * @return the PNG bytes
     */
    byte[] step(String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        steps.put(name, png);
        return png;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        try {
            if (context.getExecutionException().isPresent() && driver != null) {
                Path folder = buildFolder().resolve("screenshots").resolve(context.getRequiredTestClass().getSimpleName())
                        .resolve(context.getRequiredTestMethod().getName());
                Files.createDirectories(folder);
                for (Map.Entry<String, byte[]> step : steps.entrySet()) {
                    Files.write(folder.resolve(step.getKey() + ".png"), step.getValue());
                }
                try {
                    Files.write(folder.resolve("zz-failed-here.png"),
                            ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                    Files.writeString(folder.resolve("zz-failed-here.html"), driver.getPageSource());
                } catch (RuntimeException e) {
                    // the browser itself may be what failed; the steps are written already
                }
                System.err.println("browser test failed; screenshots in " + folder);
            }
        } finally {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
        }
    }

    /** The build folder ({@code target/} or {@code -Dhost.build.dir}): the parent of test-classes. */
    private static Path buildFolder() {
        try {
            return Path.of(Screenshots.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
