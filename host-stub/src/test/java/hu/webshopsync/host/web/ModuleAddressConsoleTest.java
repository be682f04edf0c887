package hu.webshopsync.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.testplugin.TestPluginJars;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Karbantartás › Modulok over plain HTTP: an empty secret field keeps the stored secret only while
 * the address stays on the same machine, and a module that finds another shop than before is
 * activated only once the user ticks the confirmation that the refusal brings.
 */
class ModuleAddressConsoleTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String SECRET = "cs_console_secret_789";

    @TempDir
    Path dir;

    private Host host;
    private WebConsole console;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        HostFixture fixture = HostFixture.withoutPlugins(dir);
        TestPluginJars.testShop(fixture.pluginsDir(), ">=0.1.0");
        assertThat(fixture.run("modules", "activate", "testshop", "--set", "url=https://shop.example.hu",
                "--set", "consumerKey=ck_1", "--set", "consumerSecret=" + SECRET).exitCode()).isZero();
        host = fixture.openHost();
        host.plugins();
        console = WebConsole.start(host, ConsoleOptions.loopbackOnFreePort());
    }

    @AfterEach
    void stop() {
        console.close();
        host.close();
    }

    @Test
    void anAddressOnAnotherMachineWithAnEmptySecretFieldIsRefused() throws Exception {
        HttpResponse<String> page = get("/modules", null);
        String cookie = cookie(page);
        String csrf = csrf(page);

        HttpResponse<String> moved = activate("https://other.example.hu", "", csrf, cookie);

        assertThat(moved.statusCode()).isEqualTo(422);
        assertThat(moved.body()).contains("más gépre mutat", "újra meg kell adni").doesNotContain(SECRET);
        assertThat(host.moduleStore().find("testshop").orElseThrow().values().get("url"))
                .isEqualTo("https://shop.example.hu");

        HttpResponse<String> samePlace = activate("https://shop.example.hu/bolt", "", csrf, cookie);
        assertThat(samePlace.statusCode()).as(samePlace.body()).isEqualTo(303);

        HttpResponse<String> givenAgain = activate("https://other.example.hu", "cs_other", csrf, cookie);
        assertThat(givenAgain.statusCode()).as(givenAgain.body()).isEqualTo(303);
        assertThat(host.moduleStore().find("testshop").orElseThrow().secrets().get("consumerSecret"))
                .isEqualTo("cs_other");
    }

    @Test
    void anotherShopIsActivatedOnlyWithTheConfirmationTheRefusalAsksFor() throws Exception {
        HttpResponse<String> page = get("/modules", null);
        assertThat(page.body()).doesNotContain("confirmNewCounterpart");
        String cookie = cookie(page);
        String csrf = csrf(page);

        HttpResponse<String> asked = activate("https://masikbolt.example.hu", "cs_masik", csrf, cookie);

        assertThat(asked.statusCode()).isEqualTo(422);
        assertThat(asked.body()).contains("Ez egy másik bolt", "name=\"confirmNewCounterpart\"");
        assertThat(host.moduleStore().find("testshop").orElseThrow().values().get("url"))
                .isEqualTo("https://shop.example.hu");

        HttpResponse<String> confirmed = activate("https://masikbolt.example.hu", "cs_masik&confirmNewCounterpart=true",
                csrf, cookie);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);
        assertThat(host.moduleStore().find("testshop").orElseThrow().values().get("url"))
                .isEqualTo("https://masikbolt.example.hu");
    }

    private HttpResponse<String> activate(String url, String secretAndMore, String csrf, String cookie)
            throws Exception {
        String form = "module=testshop&csrf=" + csrf + "&setting.url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
                + "&setting.consumerKey=ck_1&setting.consumerSecret=" + secretAndMore;
        return http.send(HttpRequest.newBuilder(URI.create(console.url() + "/modules/activate"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpResponse<String> page) {
        return page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.SESSION_COOKIE + "=")).findFirst().orElseThrow().split(";")[0];
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(console.url() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
