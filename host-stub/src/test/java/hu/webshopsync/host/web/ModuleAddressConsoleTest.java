package hu.webshopsync.host.web;

import static hu.webshopsync.host.web.ConsoleClient.sessionCookie;
import static hu.webshopsync.host.web.ConsoleClient.token;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.testplugin.TestPluginJars;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private static final String SECRET = "cs_console_secret_789";

    @TempDir
    Path dir;

    private Host host;
    private WebConsole console;
    private ConsoleClient client;

    @BeforeEach
    void start() throws IOException {
        HostFixture fixture = HostFixture.withoutPlugins(dir);
        TestPluginJars.testShop(fixture.pluginsDir(), ">=0.1.0");
        assertThat(fixture.run("modules", "activate", "testshop", "--set", "url=https://shop.example.hu",
                "--set", "consumerKey=ck_1", "--set", "consumerSecret=" + SECRET).exitCode()).isZero();
        host = fixture.openHost();
        host.plugins();
        console = WebConsole.start(host, ConsoleOptions.loopbackOnFreePort());
        client = new ConsoleClient(console);
    }

    @AfterEach
    void stop() {
        console.close();
        host.close();
    }

    @Test
    void anAddressOnAnotherMachineWithAnEmptySecretFieldIsRefused() throws Exception {
        HttpResponse<String> page = get("/modules", null);
        String cookie = sessionCookie(page);
        String csrf = token(page);

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
        String cookie = sessionCookie(page);
        String csrf = token(page);

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
        return client.post("/modules/activate", form, cookie);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return client.get(path, cookie);
    }
}
