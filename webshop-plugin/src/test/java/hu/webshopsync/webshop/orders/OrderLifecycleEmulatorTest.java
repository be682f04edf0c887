package hu.webshopsync.webshop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopClock;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.webshop.WebshopPlugin;
import hu.webshopsync.webshop.fixtures.EmulatorRest;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.fixtures.MutableClock;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.woocommerce.ShopConnection;
import hu.webshopsync.webshop.woocommerce.WooOrderSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An order's life (#16) through the plugin's real WooCommerce adapter against the emulator, which
 * changes orders as WooCommerce 7.9 does: a status change bumps {@code date_modified}, a cancellation
 * gives the stock back, a refund shows in the order, a line edit changes its total.
 */
class OrderLifecycleEmulatorTest {

    // the shop checks OAuth timestamps against its clock, so it starts at the real time and then moves by hand
    private static final Instant T = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final WebshopPlugin PLUGIN = new WebshopPlugin();

    private final ShopClock shopClock = ShopClock.startingAt(T);
    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults(), shopClock);
    private final EmulatorRest rest = new EmulatorRest(shop.baseUrl());
    private final ShopConnection connection = ShopConnection.open(WebshopSettings.from(new ModuleSettings(
            Map.of("url", shop.baseUrl(), "consumerKey", "ck_demo_key"), Map.of("consumerSecret", "cs_demo_secret"))),
            TestOrders.MAPPER, 1);
    private final MutableClock erpClock = new MutableClock(T.plus(Duration.ofMinutes(1)));
    private final InMemoryHost host = new InMemoryHost(erpClock);
    private final InMemoryStateStore state = new InMemoryStateStore();

    @AfterEach
    void stop() {
        connection.close();
        shop.close();
    }

    @Test
    void cancelInTheShopAndFulfilInTheErpMeetOnceEachAndARerunChangesNothing() {
        host.products.putAll(TestOrders.products());
        long product = rest.post("/products", "{\"name\":\"Batch C\",\"sku\":\"SKU-r2-C\",\"regular_price\":\"650\","
                + "\"manage_stock\":true,\"stock_quantity\":10}").get("id").asLong();
        long cancelled = order(product, 3);
        long fulfilled = order(product, 1);
        long edited = order(product, 2);
        ActionResult first = run();
        assertThat(first.counts()).as(first.message()).containsEntry(ItemStatus.IMPORTED, 3);
        assertThat(stock(product)).isEqualTo(4);

        later();
        rest.put("/orders/" + cancelled, "{\"status\":\"cancelled\"}");
        long line = rest.get("/orders/" + edited).at("/line_items/0/id").asLong();
        rest.put("/orders/" + edited, "{\"line_items\":[{\"id\":" + line + ",\"quantity\":4}]}");
        host.book.fulfil(String.valueOf(fulfilled));
        later();

        ActionResult result = run();

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.CANCELLED_IN_SHOP, 1)
                .containsEntry(ItemStatus.STATUS_SENT, 1).containsEntry(ItemStatus.NEEDS_REVIEW, 1)
                .containsEntry(ItemStatus.FAILED, 0);
        assertThat(host.book.order(String.valueOf(cancelled)).ref().state()).isEqualTo(CustomerOrderState.CANCELLED);
        assertThat(stock(product)).as("the shop gave the cancelled order's stock back").isEqualTo(7);
        assertThat(rest.get("/orders/" + fulfilled).get("status").asText()).isEqualTo("completed");
        assertThat(notes(fulfilled, "Teljesítve az ERP-ben: VR-2026-000002")).isEqualTo(1);
        assertThat(host.book.order(String.valueOf(edited)).review()).singleElement().asString()
                .contains("SKU-r2-C × 2 → SKU-r2-C × 4");

        later();
        ActionResult again = run();

        assertThat(again.counts()).containsEntry(ItemStatus.CANCELLED_IN_SHOP, 0)
                .containsEntry(ItemStatus.STATUS_SENT, 0).containsEntry(ItemStatus.NEEDS_REVIEW, 0)
                .containsEntry(ItemStatus.IMPORTED, 0).containsEntry(ItemStatus.FAILED, 0);
        assertThat(notes(fulfilled, "Teljesítve az ERP-ben: VR-2026-000002")).isEqualTo(1);
        assertThat(host.book.orders).hasSize(3);
    }

    @Test
    void aRefundAfterTheErpFulfilledTheOrderIsFlaggedNotOverwritten() {
        long product = rest.post("/products", "{\"name\":\"Batch C\",\"sku\":\"SKU-r2-C\",\"regular_price\":\"650\"}")
                .get("id").asLong();
        long id = order(product, 1);
        run();
        host.book.fulfil(String.valueOf(id));
        later();
        assertThat(run().counts()).containsEntry(ItemStatus.STATUS_SENT, 1);

        later();
        rest.put("/orders/" + id, "{\"status\":\"refunded\"}");
        later();
        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.NEEDS_REVIEW, 1).containsEntry(ItemStatus.STATUS_SENT, 0);
        assertThat(host.book.order(String.valueOf(id)).review())
                .containsExactly("A boltban visszavonták (refunded), de az ERP-ben már teljesítve");
        assertThat(rest.get("/orders/" + id).get("status").asText()).isEqualTo("refunded");
    }

    private long order(long product, int quantity) {
        return rest.post("/orders", "{\"status\":\"processing\",\"payment_method\":\"cod\",\"billing\":{\"first_name\":"
                + "\"Éva\",\"last_name\":\"Vevő\",\"email\":\"eva" + quantity + "@example.hu\",\"country\":\"HU\"},"
                + "\"line_items\":[{\"product_id\":" + product + ",\"quantity\":" + quantity + "}]}")
                .get("id").asLong();
    }

    private int stock(long product) {
        return rest.get("/products/" + product).get("stock_quantity").asInt();
    }

    private long notes(long orderId, String text) {
        JsonNode notes = rest.get("/orders/" + orderId + "/notes");
        return notes.findValuesAsText("note").stream().filter(n -> n.contains(text)).count();
    }

    // both clocks move on, so that the shop's changes fall after the run before
    private void later() {
        shopClock.advance(Duration.ofMinutes(2));
        erpClock.advance(Duration.ofMinutes(2));
    }

    private ActionResult run() {
        WooOrderSource source = WooOrderSource.on(connection,
                e -> ShopErrors.describe(PLUGIN.messages(), Locale.forLanguageTag("hu"), e));
        return new OrderImporter(host, state, source, connection.sourceId(), TestOrders.DEFAULTS, TestOrders.HU)
                .run(ProgressListener.NONE, Cancellation.NEVER);
    }
}
