package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import hu.webshopsync.host.HostFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop (or a proxy in front of it) that echoes the credentials it was sent in its error bodies:
 * whatever the plugin logs about those errors, at the default level and with {@code --verbose}, holds
 * no secret, neither on the console nor in the data folder's log file.
 */
class CredentialEchoIT {

    private static final String CONSUMER_KEY = "ck_echo0123456789abcdef0123456789abcdef01";
    private static final String CONSUMER_SECRET = "cs_echo0123456789abcdef0123456789abcdef01";
    private static final String WP_PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX";

    @TempDir
    Path dir;

    private HttpServer echo;

    @BeforeEach
    void startEchoingShop() throws IOException {
        echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        echo.createContext("/", exchange -> {
            String body = "{\"code\":\"woocommerce_rest_bad_request\",\"message\":\"Refused "
                    + exchange.getRequestURI() + " with consumer_secret=" + CONSUMER_SECRET
                    + " and password " + WP_PASSWORD + " (Authorization: "
                    + exchange.getRequestHeaders().getFirst("Authorization") + ")\",\"data\":{\"status\":400}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(400, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        echo.start();
    }

    @AfterEach
    void stop() {
        echo.stop(0);
    }

    @Test
    void echoedCredentialsReachNeitherTheConsoleNorTheLogFile() throws IOException {
        HostFixture host = HostFixture.withWebshopPlugin(dir);
        String url = "http://127.0.0.1:" + echo.getAddress().getPort();
        List<String> printed = new ArrayList<>();
        HostFixture.CliRun activate = host.run("modules", "activate", "webshop", "--set", "url=" + url,
                "--set", "consumerKey=" + CONSUMER_KEY, "--set", "consumerSecret=" + CONSUMER_SECRET,
                "--set", "wpUser=admin", "--set", "wpApplicationPassword=" + WP_PASSWORD);
        printed.add(activate.out() + activate.err());
        if (activate.exitCode() != 0) {
            // the live check met the echo: store the settings without it, to run the syncs against the echo
            HostFixture.CliRun unchecked = host.run("modules", "activate", "webshop", "--no-check", "--set",
                    "url=" + url, "--set", "consumerKey=" + CONSUMER_KEY, "--set", "consumerSecret=" + CONSUMER_SECRET,
                    "--set", "wpUser=admin", "--set", "wpApplicationPassword=" + WP_PASSWORD);
            assertThat(unchecked.exitCode()).as(unchecked.out() + unchecked.err()).isZero();
            printed.add(unchecked.out() + unchecked.err());
        }
        for (String[] command : List.of(new String[] {"run", "webshop.order-sync"},
                new String[] {"--verbose", "run", "webshop.order-sync"},
                new String[] {"--verbose", "--lang", "en", "run", "webshop.product-sync"})) {
            HostFixture.CliRun run = host.run(command);
            printed.add(run.out() + run.err());
        }
        String logs;
        try (Stream<Path> files = Files.list(host.dataDir().resolve("logs"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
            logs = all.toString();
        }

        String console = String.join("\n", printed);
        assertThat(logs).as("the plugin's warning about the refused listing is logged").contains("WARN")
                .contains("Refused");
        assertThat(console).as("--verbose shows the log").contains("DEBUG").contains("Refused");
        for (String text : List.of(console, logs)) {
            assertThat(text).doesNotContain(CONSUMER_SECRET).doesNotContain(WP_PASSWORD)
                    .doesNotContain(WP_PASSWORD.replace(" ", "")).doesNotContain("oauth_signature=%")
                    .doesNotContainPattern("oauth_signature=[A-Za-z0-9%]");
        }
    }

    @Test
    void withoutVerboseTheUserReadsNoLogLine() throws IOException {
        HostFixture host = HostFixture.withWebshopPlugin(dir);
        String url = "http://127.0.0.1:" + echo.getAddress().getPort();
        assertThat(host.run("modules", "activate", "webshop", "--no-check", "--set", "url=" + url,
                "--set", "consumerKey=" + CONSUMER_KEY, "--set", "consumerSecret=" + CONSUMER_SECRET).exitCode())
                .isZero();

        HostFixture.CliRun run = host.run("run", "webshop.order-sync");

        assertThat(run.out() + run.err()).doesNotContain(" WARN ").doesNotContain("hu.webshopsync.")
                .doesNotContain("Order sync:");
        assertThat(host.dataDir().resolve("logs").resolve("host.0.log")).content(StandardCharsets.UTF_8)
                .contains("Order sync:");
    }
}
