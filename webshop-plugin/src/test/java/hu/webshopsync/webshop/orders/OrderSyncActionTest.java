package hu.webshopsync.webshop.orders;

import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.MutableClock;
import hu.webshopsync.api.ItemStatus;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.webshop.WebshopPlugin;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrderSyncActionTest {

    @RegisterExtension
    static WireMockExtension shop = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final WebshopPlugin plugin = new WebshopPlugin();
    private final OrderSyncAction action = new OrderSyncAction(plugin);
    private final InMemoryHost host = new InMemoryHost(new MutableClock(Instant.parse("2026-11-28T00:00:00Z")));
    private final InMemoryStateStore state = new InMemoryStateStore();

    OrderSyncActionTest() {
        host.activeModules.add("webshop");
    }

    @AfterEach
    void stopPlugin() {
        plugin.stop();
    }

    @Test
    void isTheShopOrderSyncButtonInBothLanguages() {
        assertThat(action.id()).isEqualTo("webshop.order-sync");
        assertThat(action.label(Locale.forLanguageTag("hu"))).isEqualTo("Webáruház szinkron");
        assertThat(action.label(Locale.ENGLISH)).isEqualTo("Shop order sync");
        assertThat(action.label(Locale.GERMAN)).isEqualTo("Webáruház szinkron");
    }

    @Test
    void refusesToRunWhileTheModuleIsInactive() {
        host.activeModules.remove("webshop");

        ActionResult result = action.run(context(Locale.forLanguageTag("hu")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("A Webáruház modul nincs aktiválva").contains("Karbantartás › Modulok");
    }

    @Test
    void namesTheMissingShopSettingInTheUsersLanguage() {
        host.moduleSettings.put("webshop",
                new ModuleSettings(Map.of("consumerKey", "ck_x"), Map.of("consumerSecret", "cs_x")));

        ActionResult result = action.run(context(Locale.ENGLISH));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).isEqualTo("The Webshop module's settings cannot be used: Setting missing: "
                + "Shop address (url).");
        assertThat(result.message()).doesNotContain("cs_x");
    }

    @Test
    void namesAnUnusableOrderSetting() {
        host.moduleSettings.put("webshop", settings(Map.of("roundingTolerance", "egy")));

        ActionResult result = action.run(context(Locale.forLanguageTag("hu")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains("roundingTolerance");
    }

    @Test
    void importsTheShopsOrdersIntoTheWarehouseOfTheModule() {
        shop.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("X-WP-Total", "1").withHeader("X-WP-TotalPages", "1")
                .withBody("[" + TestOrders.guestOrder(77, Instant.parse("2026-11-27T23:00:00Z")) + "]")));
        shop.stubFor(post(urlPathMatching("/wp-json/wc/v3/orders/77/notes")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TestOrders.text("18_order_note_create.json"))));
        host.products.putAll(TestOrders.products());
        host.moduleSettings.put("webshop", settings(Map.of("warehouse", "KÖZPONT")));

        ActionResult result = action.run(context(Locale.forLanguageTag("hu")));

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 1);
        assertThat(host.book.order("77").draft().reserveInWarehouse()).isEqualTo("KÖZPONT");
        assertThat(host.book.order("77").draft().externalSource()).isEqualTo("woocommerce:localhost:" + shop.getPort());
    }

    private ModuleSettings settings(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("url", shop.baseUrl(), "consumerKey", "ck_test"));
        values.putAll(extra);
        return new ModuleSettings(values, Map.of("consumerSecret", "cs_test"));
    }

    private ActionContext context(Locale locale) {
        return new ActionContext(host, state, Set.of(), Map.of(), locale, ProgressListener.NONE, Cancellation.NEVER);
    }
}
