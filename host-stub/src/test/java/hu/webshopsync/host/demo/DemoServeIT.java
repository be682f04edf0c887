package hu.webshopsync.host.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.cli.HostMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --serve} as a newcomer uses it, in its own JVM: the story runs, the console and the
 * emulated shop stay up, a test order placed from the console's Bemutató webáruház page arrives in
 * the customer orders with Webáruház szinkron, and Ctrl-C (SIGTERM) stops both cleanly.
 */
class DemoServeIT {

    private static final Pattern CONSOLE = Pattern.compile("konzol fut: (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern PLACED = Pattern.compile("#(\\d+) rendelés létrejött a webáruházban");
    private static final Pattern ORDER_NUMBER = Pattern.compile("VR-\\d{4}-\\d{6}");
    private static final Duration STORY = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    private Process process;
    private Thread reader;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void theConsolePlacesATestOrderInTheKeptShopAndWebaruhazSzinkronBringsItIn() throws Exception {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);
        start(fixture, "demo", "--serve", "--port", "0");
        String console = awaitLine(CONSOLE).group(1);

        String shopPage = get(console + "/demo-shop");
        assertThat(shopPage).contains("Bemutató webáruház", "Tesztrendelés leadása");
        String csrf = find(TOKEN, shopPage).group(1);
        assertThat(post(console + "/demo-shop/order", "csrf=" + csrf).statusCode()).isEqualTo(303);
        String placedNotice = get(console + "/demo-shop");
        long shopOrder = Long.parseLong(find(PLACED, placedNotice).group(1));
        assertThat(orderNumbers(get(console + "/orders"))).hasSize(7);

        HttpResponse<String> started = post(console + "/actions/start",
                "csrf=" + csrf + "&from=orders&action=" + URLEncoder.encode("webshop.order-sync", StandardCharsets.UTF_8));
        assertThat(started.statusCode()).isEqualTo(303);
        String run = started.headers().firstValue("Location").orElseThrow();
        awaitFinished(console + run + "/progress");

        String orders = get(console + "/orders");
        assertThat(orderNumbers(orders)).as("the test order became the eighth customer order").hasSize(8);
        assertThat(get(console + run)).contains("1 új rendelés rögzítve");
        assertThat(shopOrder).isPositive();

        // SIGTERM, as Ctrl-C; through the handle, because Process.destroy() also closes the output pipe
        assertThat(process.toHandle().destroy()).isTrue();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        drain();
        assertThat(String.join("\n", output)).contains("A webes konzol és a webáruház-emulátor leáll.");
    }

    private void start(HostFixture fixture, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), HostMain.class.getName(),
                "--data-dir", fixture.dataDir().toString(), "--plugins-dir", fixture.pluginsDir().toString()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "demo-serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    private Matcher awaitLine(Pattern pattern) throws InterruptedException {
        Instant deadline = Instant.now().plus(STORY);
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                break;
            }
            output.add(line);
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("no line matching " + pattern + " in:\n" + String.join("\n", output));
    }

    /** Everything the process printed, once its output ended (it has exited). */
    private void drain() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(30));
        lines.drainTo(output);
    }

    /** Asks the progress endpoint until the run is over; each answer is the run's own state, not a timer. */
    private void awaitFinished(String progressUrl) throws Exception {
        Instant deadline = Instant.now().plus(STORY);
        while (get(progressUrl).contains("\"running\":true")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Webáruház szinkron did not finish");
            }
        }
    }

    private static List<String> orderNumbers(String page) {
        return ORDER_NUMBER.matcher(page).results().map(java.util.regex.MatchResult::group).distinct().toList();
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return m;
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("wsc_session="))
                .findFirst().ifPresent(c -> cookie = c.split(";")[0]);
        return response.body();
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                        "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
