package hu.webshopsync.webshop;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Activating the module for a Shoprenter shop: WireMock answers with the docs' fixtures. */
class ShoprenterActivationTest {

    private static final Locale HU = Locale.forLanguageTag("hu");
    private static final Path FIXTURES = Path.of("../testdata/shoprenter/fixtures");
    private static final String PASSWORD = "sr-api-key-never-shown";

    private final WebshopPlugin plugin = new WebshopPlugin();
    private final ObjectMapper mapper = new ObjectMapper();
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

    private ModuleSettings settings(Map<String, String> extra, Map<String, String> secrets) {
        Map<String, String> values = new HashMap<>(Map.of("platform", "shoprenter",
                "url", "http://127.0.0.1:" + wire.port() + "/api", "apiUser", "erp", "requestsPerSecond", "100"));
        values.putAll(extra);
        return new ModuleSettings(values, secrets);
    }

    private ModuleSettings settings() {
        return settings(Map.of(), Map.of("apiPassword", PASSWORD));
    }

    /** The fixture's classes (27 % twice, 0 %) plus the given rates. */
    private void stubShop(boolean hungarian, String... extraRates) throws IOException {
        wire.stubFor(get(urlPathEqualTo("/api/languages")).willReturn(aResponse().withStatus(200).withBody(
                hungarian ? "{\"next\":null,\"items\":[{\"id\":\"bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==\",\"innerId\":\"1\","
                        + "\"name\":\"Magyar\",\"code\":\"hu\"}]}" : "{\"next\":null,\"items\":[]}")));
        ObjectNode page = (ObjectNode) mapper.readTree(FIXTURES.resolve("tax_class_extend/response/get_page.json").toFile());
        ArrayNode items = (ArrayNode) page.get("items");
        int n = 20;
        for (String rate : extraRates) {
            ObjectNode c = items.addObject().put("id", "class-" + n++).put("name", rate + " %");
            c.putArray("taxRates").addObject().put("rate", rate + ".0000");
        }
        wire.stubFor(get(urlPathEqualTo("/api/taxClassExtend")).willReturn(aResponse().withStatus(200)
                .withBody(page.toString())));
    }

    @Test
    void aShopWithHungarianAndEveryRatesTaxClassIsAccepted() throws IOException {
        stubShop(true, "18", "5");

        CheckResult result = new WebshopModule(plugin).check(settings(), HU);

        assertThat(result.passed()).as(result.message()).isTrue();
        assertThat(result.message()).contains("Shoprenter").contains("nettó");
    }

    @Test
    void aMissingTaxClassIsRefusedByItsRate() throws IOException {
        stubShop(true, "5");

        CheckResult result = new WebshopModule(plugin).check(settings(), HU);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("nincs 18 %-os adóosztály a boltban");
    }

    @Test
    void aShopWithoutHungarianIsRefused() throws IOException {
        stubShop(false, "18", "5");

        CheckResult result = new WebshopModule(plugin).check(settings(), Locale.ENGLISH);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("Hungarian");
    }

    @Test
    void refusedCredentialsAreSaidWithoutTheSecret() {
        wire.stubFor(get(urlPathEqualTo("/api/languages")).willReturn(aResponse().withStatus(401).withBody(
                "{\"message\":\"You have no permission for this operation!\"}")));

        CheckResult result = new WebshopModule(plugin).check(settings(), HU);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).contains("Shoprenter elutasította").doesNotContain(PASSWORD);
    }

    @Test
    void theEmulatedShopIsAcceptedWithAnOAuthClient() {
        try (ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER)
                .withShoprenterOAuth("erp-client", "erp-client-secret"))) {
            ModuleSettings oauth = new ModuleSettings(Map.of("platform", "shoprenter", "url", shop.baseUrl(),
                    "clientId", "erp-client", "tokenUrl", shop.baseUrl() + "/oauth/demo/app/token"),
                    Map.of("clientSecret", "erp-client-secret"));
            ModuleSettings wrong = new ModuleSettings(Map.of("platform", "shoprenter", "url", shop.baseUrl(),
                    "clientId", "erp-client", "tokenUrl", shop.baseUrl() + "/oauth/demo/app/token"),
                    Map.of("clientSecret", "not-the-secret"));

            CheckResult result = new WebshopModule(plugin).check(oauth, HU);
            CheckResult refused = new WebshopModule(plugin).check(wrong, HU);

            assertThat(result.passed()).as(result.message()).isTrue();
            assertThat(refused.passed()).isFalse();
            assertThat(refused.message()).contains("token").doesNotContain("not-the-secret");
        }
    }

    @Test
    void missingCredentialsNameTheSettingsOfTheChosenPlatform() {
        CheckResult none = new WebshopModule(plugin).check(settings(Map.of("apiUser", ""), Map.of()), HU);
        CheckResult half = new WebshopModule(plugin).check(settings(Map.of("clientId", "app"), Map.of()), HU);

        assertThat(none.passed()).isFalse();
        assertThat(none.message()).contains("apiUser").contains("clientId").doesNotContain("consumerKey");
        assertThat(half.message()).contains("clientSecret");
    }
}
