package hu.webshopsync.host.web;

import static hu.webshopsync.host.web.ConsoleClient.sessionCookie;
import static hu.webshopsync.host.web.ConsoleClient.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.api.Address;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderLineDraft;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console over plain HTTP, without plugins: CSRF refusal, the Host and Origin checks against DNS
 * rebinding, escaping of product data, the cookies' attributes, the language switch and the
 * loopback-only default.
 */
class ConsoleHttpTest {

    @TempDir
    Path dir;

    private HostFixture fixture;
    private Host host;
    private WebConsole console;
    private ConsoleClient client;

    @BeforeEach
    void start() throws IOException {
        fixture = HostFixture.withoutPlugins(dir);
        Path csv = dir.resolve("products.csv");
        Files.writeString(csv, "sku,name,net_price,vat_rate,stock:KOZPONT\n"
                + "X-1,\"<script>alert(1)</script> & \"\"co\"\"\",1000,27,5\n"
                + "B-2,Barna kenyér,450,5,12\n", StandardCharsets.UTF_8);
        assertThat(fixture.run("products", "import", csv.toString()).exitCode()).isZero();
        host = fixture.openHost();
        console = WebConsole.start(host, ConsoleOptions.loopbackOnFreePort());
        client = new ConsoleClient(console);
    }

    @AfterEach
    void stop() {
        console.close();
        host.close();
    }

    @Test
    void aPostWithoutTheSessionsTokenIsRefusedWith403() throws Exception {
        HttpResponse<String> noToken = post("/modules/deactivate", "module=webshop", null);
        assertThat(noToken.statusCode()).isEqualTo(403);

        HttpResponse<String> page = get("/products", null);
        String cookie = sessionCookie(page);
        HttpResponse<String> wrongToken = post("/modules/deactivate", "module=webshop&csrf=forged", cookie);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        HttpResponse<String> otherSessionsToken = post("/modules/deactivate",
                "module=webshop&csrf=" + token(page), null);
        assertThat(otherSessionsToken.statusCode()).isEqualTo(403);

        HttpResponse<String> valid = post("/modules/deactivate", "module=webshop&csrf=" + token(page), cookie);
        assertThat(valid.statusCode()).isEqualTo(303);
        assertThat(valid.headers().firstValue("Location")).contains("/modules");
    }

    @Test
    void productDataIsEscapedOnTheListAndTheSheet() throws Exception {
        String list = get("/products", null).body();
        String sheet = get("/product?sku=X-1", null).body();

        for (String page : List.of(list, sheet)) {
            assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;")
                    .doesNotContain("<script>alert(1)");
        }
        assertThat(sheet).contains("KOZPONT").contains("Készlet raktáranként");
    }

    @Test
    void theSearchFindsBySkuOrName() throws Exception {
        String byName = get("/products?q=kenyér".replace("é", "%C3%A9"), null).body();
        assertThat(byName).contains("B-2").doesNotContain("X-1");
        String bySku = get("/products?q=x-1", null).body();
        assertThat(bySku).contains("X-1").doesNotContain("B-2");
    }

    @Test
    void cookiesAreHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> page = get("/products?lang=en", null);
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).hasSize(2).allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Strict")
                .containsIgnoringCase("HttpOnly"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void theEnglishSwitchIsRememberedInACookie() throws Exception {
        HttpResponse<String> switched = get("/products?lang=en", null);
        assertThat(switched.body()).contains("<h1>Products</h1>");
        String langCookie = switched.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.LANG_COOKIE + "=")).findFirst().orElseThrow().split(";")[0];

        assertThat(get("/orders", langCookie).body()).contains("<h1>Customer orders</h1>");
        assertThat(get("/orders", null).body()).contains("<h1>Vevői rendelések</h1>");
    }

    @Test
    void aNonLoopbackAddressIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> WebConsole.start(host, new ConsoleOptions("192.0.2.1", 0, false)))
                .isInstanceOf(WebConsole.NonLoopbackRefused.class);
        assertThat(new ConsoleOptions("localhost", 0, false).bindsLoopback()).isTrue();
        assertThat(new ConsoleOptions("::1", 0, false).bindsLoopback()).isTrue();
    }

    @Test
    void serveRefusesANonLoopbackAddressBeforeOpeningTheData() {
        HostFixture other = HostFixture.withoutPlugins(dir.resolve("other"));
        HostFixture.CliRun run = other.run("serve", "--bind", "192.0.2.1", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("192.0.2.1").contains("--allow-remote");
        assertThat(other.dataDir()).doesNotExist();
    }

    @Test
    void aPageForAnotherNameIsRefusedAgainstDnsRebinding() throws Exception {
        String refused = raw("GET /modules HTTP/1.1\r\nHost: evil.example:" + console.port()
                + "\r\nCookie: wsc_lang=en\r\nConnection: close\r\n\r\n");

        assertThat(refused).startsWith("HTTP/1.1 403").contains("Unknown address").contains(console.url())
                .doesNotContainIgnoringCase("Set-Cookie").doesNotContain("csrf").doesNotContain("Exception");
        assertThat(raw("GET /products HTTP/1.1\r\nHost: localhost:" + console.port()
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET /products HTTP/1.1\r\nHost: 127.0.0.1:" + console.port()
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aFormFromAnotherSiteIsRefusedEvenWithAValidToken() throws Exception {
        HttpResponse<String> page = get("/products", null);
        String cookie = sessionCookie(page);
        String form = "module=webshop&csrf=" + token(page);

        HttpResponse<String> foreignOrigin = post("/modules/deactivate", form, cookie, "Origin", "http://evil.example:"
                + console.port());
        HttpResponse<String> foreignReferer = post("/modules/deactivate", form, cookie, "Referer",
                "http://evil.example/attack.html");
        HttpResponse<String> otherPort = post("/modules/deactivate", form, cookie, "Origin", "http://127.0.0.1:1");

        for (HttpResponse<String> refused : List.of(foreignOrigin, foreignReferer, otherPort)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("nem a konzol saját oldala küldte").doesNotContain("Exception");
        }
        HttpResponse<String> own = post("/modules/deactivate", form, cookie, "Origin", console.url());
        assertThat(own.statusCode()).isEqualTo(303);
        HttpResponse<String> ownReferer = post("/modules/deactivate", form, cookie, "Referer", console.url() + "/modules");
        assertThat(ownReferer.statusCode()).isEqualTo(303);
    }

    @Test
    void aNameGivenToTheConsoleIsAnswered() throws Exception {
        try (WebConsole named = WebConsole.start(host, new ConsoleOptions(ConsoleOptions.LOOPBACK, 0, false,
                Set.of("erp.example")))) {
            assertThat(raw(named, "GET /products HTTP/1.1\r\nHost: ERP.example:" + named.port()
                    + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
            assertThat(raw(named, "GET /products HTTP/1.1\r\nHost: evil.example:" + named.port()
                    + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void serveRefusesANameThatIsNoHostName() {
        HostFixture other = HostFixture.withoutPlugins(dir.resolve("other"));
        HostFixture.CliRun run = other.run("--lang", "en", "serve", "--port", "0", "--allow-remote", "http://erp/");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("http://erp/").contains("--allow-remote").contains("neither a host name");
        assertThat(other.dataDir()).doesNotExist();
    }

    private void storeOrder(String reference, String number, String reserveIn) {
        Address address = new Address("Kiss Anna", "Kenyér Kft.", "1011", "Budapest", "Fő utca 1.", "HU",
                "anna@example.hu", "");
        host.services().orders().create(new CustomerOrderDraft("woocommerce:shop", reference, number,
                Instant.parse("2026-12-06T03:01:00Z"), new CustomerDraft(null, "Kiss Anna", "Kenyér Kft.",
                "12345678-2-42", "anna@example.hu", ""), address, address, "utánvét", "HUF", new BigDecimal("7850"), "",
                List.of(new OrderLineDraft(LineKind.PRODUCT, "B-2", "Barna kenyér", new BigDecimal("2"),
                        new BigDecimal("3925"), new BigDecimal("5"), new BigDecimal("7850"))),
                false, List.of(), reserveIn));
    }

    @Test
    void theOrderListAndPageShowTheShopsNumberAndTheBuyersTaxNumber() throws Exception {
        storeOrder("1077", "77", null);

        String list = get("/orders", null).body().replace('\u00a0', ' ');
        String page = get("/order?number=VR-2026-000001", null).body().replace('\u00a0', ' ');
        String english = get("/order?number=VR-2026-000001&lang=en", null).body().replace('\u00a0', ' ');

        assertThat(list).contains("<th>Webáruház</th>").contains("<td class=\"nowrap\">#77</td>")
                .contains("Kiss Anna<span class=\"sub\">Kenyér Kft.</span><span class=\"sub\">adószám: 12345678-2-42</span>")
                .contains("7 850 Ft").contains("2026.12.06. 04:01");
        assertThat(page).contains("<th>Webáruházas rendelésszám</th><td>#77</td>")
                .contains("<th>Adószám</th><td>12345678-2-42</td>")
                .contains("woocommerce:shop, azonosító: 1077")
                .contains("7 850 Ft").contains("3 925 Ft").contains("2026.12.06. 04:01");
        assertThat(english).contains("<th>Shop order number</th><td>#77</td>")
                .contains("<th>Tax number</th><td>12345678-2-42</td>").contains("7,850 HUF")
                .contains("2026-12-06 04:01");
    }

    @Test
    void theOrderPageFulfilsAndCancelsAnOpenOrderOnlyFromTheConsolesOwnForms() throws Exception {
        storeOrder("1077", "77", "KOZPONT");
        storeOrder("1078", "78", "KOZPONT");
        HttpResponse<String> page = get("/order?number=VR-2026-000001", null);
        String cookie = sessionCookie(page);
        String fulfil = "number=VR-2026-000001&csrf=" + token(page);
        assertThat(page.body()).contains(">Teljesítés</button>", ">Sztornó</button>", "action=\"/order/cancel\"");

        assertThat(post("/order/fulfil", "number=VR-2026-000001", cookie).statusCode()).isEqualTo(403);
        assertThat(post("/order/fulfil", fulfil, cookie, "Origin", "http://evil.example:" + console.port())
                .statusCode()).isEqualTo(403);
        assertThat(stock().onHand()).as("a refused form changes nothing").isEqualByComparingTo("12");

        HttpResponse<String> done = post("/order/fulfil", fulfil, cookie);
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).contains("/order?number=VR-2026-000001");
        assertThat(get("/order?number=VR-2026-000001", cookie).body()).contains("Teljesítve: VR-2026-000001")
                .contains("<th>Állapot</th><td>teljesítve</td>").doesNotContain(">Teljesítés</button>");
        assertThat(stock().onHand()).isEqualByComparingTo("10");

        post("/order/cancel", "number=VR-2026-000001&reason=x&csrf=" + token(page), cookie);
        assertThat(get("/order?number=VR-2026-000001", cookie).body()).as("a page left open while the order changed")
                .contains("notice error").contains("A(z) VR-2026-000001 rendelés teljesítve: csak kiszállítandó");

        post("/order/cancel", "number=VR-2026-000002&reason=A+vev%C5%91+lemondta&csrf=" + token(page), cookie);
        assertThat(get("/order?number=VR-2026-000002", cookie).body()).contains("Sztornózva: VR-2026-000002")
                .contains("<th>Állapot</th><td>sztornózva</td>").contains("<th>Sztornó oka</th><td>A vevő lemondta</td>");
        assertThat(stock().reserved()).isEqualByComparingTo("0");
        assertThat(get("/orders", null).body()).contains("teljesítve").contains("sztornózva");
        assertThat(post("/order/fulfil", "number=VR-9&csrf=" + token(page), cookie).statusCode()).isEqualTo(404);
    }

    private StockLevel stock() {
        return host.services().inventory().levels("KOZPONT", List.of("B-2")).get("B-2");
    }

    @Test
    void unknownProductsAndRunsAreNotFound() throws Exception {
        assertThat(get("/product?sku=NOPE", null).statusCode()).isEqualTo(404);
        assertThat(get("/history/999", null).statusCode()).isEqualTo(404);
        assertThat(get("/runs/999/progress", null).statusCode()).isEqualTo(404);
    }



    /** A request written by hand: the JDK's client does not let a test choose the Host header. */
    private String raw(String request) throws IOException {
        return raw(console, request);
    }

    private static String raw(WebConsole target, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), target.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return client.get(path, cookie);
    }

    private HttpResponse<String> post(String path, String form, String cookie, String... headers)
            throws IOException, InterruptedException {
        return client.post(path, form, cookie, headers);
    }
}
