package hu.webshopsync.webshop;

import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.api.ItemStatus;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.products.ProductSyncAction;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebshopModuleTest {

    private static final Locale HU = Locale.forLanguageTag("hu");
    private final WebshopPlugin plugin = new WebshopPlugin();
    private WireMockServer wire;

    @BeforeEach
    void start() {
        wire = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
    }

    @AfterEach
    void stop() {
        wire.stop();
        plugin.stop();
    }

    private ModuleSettings settings() {
        return new ModuleSettings(Map.of("url", "http://127.0.0.1:" + wire.port(), "consumerKey", "ck_test"),
                Map.of("consumerSecret", "cs_never_shown"));
    }

    private static byte[] capture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/captures", name + ".json"));
    }

    private void stubStore() throws IOException {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status"))
                .willReturn(aResponse().withBody(capture("01_system_status"))));
        for (String s : new String[] {"general/woocommerce_calc_taxes", "tax/woocommerce_prices_include_tax",
                "general/woocommerce_currency"}) {
            wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/settings/" + s)).willReturn(aResponse()
                    .withBody(capture("55_settings_" + s.substring(s.indexOf('/') + 1)))));
        }
    }

    @Test
    void activationPassesWithAWorkingShopAndSaysWhatItFound() throws IOException {
        stubStore();

        CheckResult result = new WebshopModule(plugin).check(settings(), HU);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).contains("WooCommerce 7.9.0").contains("HUF").contains("bruttó");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("képek"));
    }

    @Test
    void wrongSecretIsRefusedWithAClearReasonAndNoSecret() throws IOException {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status")).willReturn(aResponse().withStatus(401)
                .withBody(capture("22b_wrong_secret_error"))));

        CheckResult result = new WebshopModule(plugin).check(settings(), HU);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("API titkot").doesNotContain("cs_never_shown");
    }

    @Test
    void malformedSettingsAreRefusedBeforeAnyRequest() {
        CheckResult result = new WebshopModule(plugin).check(new ModuleSettings(Map.of("url", "ftp://x"), Map.of()),
                Locale.ENGLISH);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("Shop address");
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    @Test
    void anUnknownSyncFieldIsRefusedByNameBeforeAnyRequest() {
        CheckResult result = new WebshopModule(plugin).check(new ModuleSettings(Map.of("url", "https://bolt.example.hu",
                "consumerKey", "ck_x", "syncFields", "price,ár"), Map.of("consumerSecret", "cs_x")), HU);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("Szinkronizált mezők (syncFields)").contains("„ár”")
                .contains("name, price, description, image, category, stock");
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    @Test
    void fieldIsVisibleOnlyWhileTheModuleIsActive() {
        InMemoryHost host = new InMemoryHost();
        WebshopField field = new WebshopField(plugin);
        assertThat(field.isVisible(host.modules())).isFalse();
        host.activeModules.add("webshop");
        assertThat(field.isVisible(host.modules())).isTrue();
        assertThat(field.label(HU)).isEqualTo("Webáruházas");
        assertThat(field.defaultValue()).contains("false");
    }

    @Test
    void productSyncNeedsTheActiveAndConfiguredModule() {
        InMemoryHost host = new InMemoryHost();
        ProductSyncAction action = new ProductSyncAction(plugin);
        var ctx = host.context(new InMemoryStateStore(), Set.of(), Map.of(), new AtomicBoolean());

        ActionResult inactive = action.run(ctx);
        assertThat(inactive.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(inactive.message()).contains("nincs aktiválva", "Karbantartás › Modulok", "modules activate webshop");

        host.activeModules.add("webshop");
        host.moduleSettings.put("webshop", new ModuleSettings(Map.of("url", "https://bolt.example.hu"), Map.of()));
        ActionResult unconfigured = action.run(ctx);
        assertThat(unconfigured.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(unconfigured.message()).contains("API kulcs");
    }

    @Test
    void productSyncRunsAgainstTheShopAndReportsInHungarian() throws IOException {
        stubStore();
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/products")).willReturn(aResponse().withBody("[]")));
        wire.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/wp-json/wc/v3/products/batch"))
                .willReturn(aResponse().withBody("{\"create\":[{\"id\":77,\"sku\":\"A\",\"categories\":[]}]}")));
        InMemoryHost host = new InMemoryHost();
        host.activeModules.add("webshop");
        host.moduleSettings.put("webshop", settings());
        host.add(InMemoryHost.product("A", "Alma", "1000", "27", true));
        InMemoryStateStore state = new InMemoryStateStore();

        ActionResult result = new ProductSyncAction(plugin).run(host.context(state, Set.of(), Map.of(), new AtomicBoolean()));

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.message()).as("the counts are the host's to show, in its words")
                .startsWith("A termék szinkron sikeresen lefutott.").doesNotContain("Új:", "módosított", "hibás");
        assertThat(result.counts()).containsEntry(ItemStatus.CREATED, 1);
        assertThat(state.binding("product", "A").remoteId()).isEqualTo("77");
    }

    @Test
    void theSameSettingsShareOneConnectionAndChangedSettingsGetANewOne() {
        var first = plugin.connect(WebshopSettings.from(settings()));
        assertThat(plugin.connect(WebshopSettings.from(settings()))).isSameAs(first);
        var changed = plugin.connect(WebshopSettings.from(new ModuleSettings(
                Map.of("url", "http://127.0.0.1:" + wire.port(), "consumerKey", "ck_other"),
                Map.of("consumerSecret", "cs_never_shown"))));
        assertThat(changed).isNotSameAs(first);
    }

    private CheckResult checkWithCaFile(String caFile, Locale locale) throws IOException {
        stubStore();
        ModuleSettings withCa = new ModuleSettings(Map.of("url", "http://127.0.0.1:" + wire.port(),
                "consumerKey", "ck_test", "caFile", caFile), Map.of("consumerSecret", "cs_never_shown"));
        return new WebshopModule(plugin).check(withCa, locale);
    }

    @Test
    void aDeviceAsCaFileIsRefusedInsteadOfReadForever() throws IOException {
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            CheckResult result = checkWithCaFile(device, HU);

            assertThat(result.passed()).isFalse();
            assertThat(result.message()).contains("Tanúsítványkiadó fájl (CA)").contains("caFile").contains(device)
                    .contains("nem közönséges fájl");
        }
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    @Test
    void aCaFileOverOneMegabyteIsRefused(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("big.pem"), new byte[2 * 1024 * 1024]);

        CheckResult result = checkWithCaFile(big.toString(), Locale.ENGLISH);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("Certificate authority file (CA)").contains("caFile")
                .contains("big.pem").contains("larger than 1 MB");
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    @Test
    void aFolderOrAMissingFileAsCaFileIsNamedAsSuch(@TempDir Path dir) throws IOException {
        CheckResult folder = checkWithCaFile(dir.toString(), Locale.ENGLISH);
        CheckResult missing = checkWithCaFile(dir.resolve("nope.pem").toString(), Locale.ENGLISH);
        Path garbage = Files.writeString(dir.resolve("ca.pem"), "not a certificate");
        CheckResult unreadable = checkWithCaFile(garbage.toString(), Locale.ENGLISH);

        assertThat(folder.message()).contains("(caFile)").contains("is not a regular file");
        assertThat(missing.message()).contains("(caFile)").contains("nope.pem").contains("does not exist");
        assertThat(unreadable.message()).contains("(caFile)").contains("cannot be read as a certificate");
        assertThat(wire.getAllServeEvents()).isEmpty();
    }
}
