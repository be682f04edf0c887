package hu.webshopsync.webshop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopClock;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.emulator.shoprenter.ShoprenterControl;
import hu.webshopsync.emulator.shoprenter.ShoprenterOrder;
import hu.webshopsync.webshop.WebshopPlugin;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryOrderBook;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.fixtures.MutableClock;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.shoprenter.ShoprenterClient;
import hu.webshopsync.webshop.shoprenter.ShoprenterOrderSource;
import hu.webshopsync.webshop.shoprenter.SrAccess;
import hu.webshopsync.webshop.shoprenter.SrCredentials;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real order sync through the plugin's Shoprenter adapter against the Shoprenter emulator, whose
 * orders are placed the documented way (POST /orders, /orderProducts, /orderTotals, PUT total) and
 * whose status changes move {@code dateUpdated}.
 */
class ShoprenterOrderEmulatorTest {

    private static final Instant T = Instant.parse("2026-07-01T08:00:00Z");
    private static final WebshopPlugin PLUGIN = new WebshopPlugin();
    private static final String SOURCE = "shoprenter:test";

    private final ShopClock shopClock = ShopClock.startingAt(T);
    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER)
            .withShoprenterCredentials("webshopsync", "api-key-never-logged"), shopClock);
    private final ShoprenterControl control = (ShoprenterControl) shop.control();
    // the emulator's 3 requests a second meet the client's own pacing, as a real shop would
    private final ShoprenterClient client = ShoprenterClient.open(SrAccess.of(URI.create(shop.baseUrl()),
            new SrCredentials.Basic("webshopsync", "api-key-never-logged")), TestOrders.MAPPER);
    private final MutableClock erpClock = new MutableClock(T.plus(Duration.ofMinutes(1)));
    private final InMemoryHost host = new InMemoryHost(erpClock);
    private final InMemoryStateStore state = new InMemoryStateStore();

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void importsEachOrderOnceWithItsTaxNumberShippingAndTotal() {
        host.products.putAll(TestOrders.products());
        long company = control.placeOrder(ShoprenterOrder.of("ceg@example.hu", "processing",
                        new ShoprenterOrder.Line("SKU-r2-C", 3, "1000", "27", "Batch C"))
                .withShipping("GLS futár", "1490").withTaxNumber("12345678-2-42"));
        long pending = control.placeOrder(ShoprenterOrder.of("fuggo@example.hu", "pending",
                new ShoprenterOrder.Line("SKU-r2-C", 1, "650", "27", "Batch C")));
        long unknown = control.placeOrder(ShoprenterOrder.of("uj@example.hu", "Feldolgozás alatt",
                new ShoprenterOrder.Line("NINCS-ILYEN", 1, "1000", "27", "Ismeretlen")));
        long euro = control.placeOrder(ShoprenterOrder.of("eur@example.hu", "processing",
                new ShoprenterOrder.Line("SKU-r2-C", 1, "1000", "27", "Batch C")).withCurrency("EUR"));

        ActionResult first = run();

        assertThat(first.outcome()).as(first.message()).isIn(Outcome.SUCCESS, Outcome.PARTIAL);
        // the orders with a line of no product and in euros are imported too, marked for review
        assertThat(first.counts()).as(first.message()).containsEntry(ItemStatus.IMPORTED, 1)
                .containsEntry(ItemStatus.NEEDS_REVIEW, 2).containsEntry(ItemStatus.FAILED, 0);
        InMemoryOrderBook.Stored erp = host.book.order(String.valueOf(company));
        assertThat(erp.draft().shopGrossTotal()).isEqualByComparingTo("5300");  // 3 × 1000 × 1.27 + 1490
        assertThat(erp.draft().customer().taxNumber()).isEqualTo("12345678-2-42");
        assertThat(erp.draft().lines()).extracting(l -> l.kind()).containsExactly(LineKind.PRODUCT, LineKind.SHIPPING);
        assertThat(erp.draft().lines().get(1).name()).isEqualTo("GLS futár");
        assertThat(erp.review()).isEmpty();
        assertThat(host.book.order(String.valueOf(unknown)).draft().reviewReasons()).singleElement().asString()
                .contains("Ismeretlen");
        assertThat(host.book.order(String.valueOf(euro)).draft().reviewReasons()).singleElement().asString()
                .contains("EUR");
        assertThat(host.book.orders).doesNotContainKey(String.valueOf(pending));
        assertThat(source().marksOf(List.of(company))).as("the ERP number is on the imported order")
                .containsEntry(company, new OrderSource.MarkState("processing", erp.ref().number()));

        later();
        ActionResult again = run();

        assertThat(again.counts()).as(again.message()).containsEntry(ItemStatus.IMPORTED, 0)
                .containsEntry(ItemStatus.NEEDS_REVIEW, 0).containsEntry(ItemStatus.FAILED, 0);
        assertThat(host.book.orders).hasSize(3);
    }

    @Test
    void aCancellationInTheShopCancelsTheErpOrderAndAnErpFulfilmentCompletesTheShopOrderOnce() {
        host.products.putAll(TestOrders.products());
        long cancelled = control.placeOrder(ShoprenterOrder.of("a@example.hu", "processing",
                new ShoprenterOrder.Line("SKU-r2-C", 2, "650", "27", "Batch C")));
        long fulfilled = control.placeOrder(ShoprenterOrder.of("b@example.hu", "processing",
                new ShoprenterOrder.Line("SKU-r2-C", 1, "650", "27", "Batch C")));
        assertThat(run().counts()).containsEntry(ItemStatus.IMPORTED, 2);

        later();
        control.setOrderStatus(cancelled, "cancelled");
        host.book.fulfil(String.valueOf(fulfilled));
        later();
        ActionResult result = run();

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.CANCELLED_IN_SHOP, 1)
                .containsEntry(ItemStatus.STATUS_SENT, 1).containsEntry(ItemStatus.FAILED, 0);
        assertThat(host.book.order(String.valueOf(cancelled)).ref().state()).isEqualTo(CustomerOrderState.CANCELLED);
        assertThat(status(fulfilled)).isEqualTo("completed");
        assertThat(status(cancelled)).isEqualTo("cancelled");
        String erpNumber = host.book.order(String.valueOf(fulfilled)).ref().number();
        assertThat(source().marksOf(List.of(fulfilled))).as("the ERP number is in externalInfo.partner_order_id")
                .containsEntry(fulfilled, new OrderSource.MarkState("completed", erpNumber));

        later();
        ActionResult again = run();

        assertThat(again.counts()).as(again.message()).containsEntry(ItemStatus.CANCELLED_IN_SHOP, 0)
                .containsEntry(ItemStatus.STATUS_SENT, 0).containsEntry(ItemStatus.IMPORTED, 0)
                .containsEntry(ItemStatus.FAILED, 0);
        assertThat(host.book.orders).hasSize(2);
    }

    @Test
    void pagesOfTwoHundredServeTheSyncsPagesOfAHundredWithoutSkippingOrRepeating() {
        host.products.putAll(TestOrders.products());
        for (int i = 0; i < 250; i++) {
            control.placeOrder(ShoprenterOrder.of("vevo" + i + "@example.hu", i % 5 == 0 ? "pending" : "processing",
                    new ShoprenterOrder.Line("SKU-r2-C", 1, "1000", "27", "Batch C")));
        }

        ActionResult result = run();

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 200).containsEntry(ItemStatus.FAILED, 0);
        assertThat(host.book.orders).hasSize(200);
        later();
        assertThat(run().counts()).containsEntry(ItemStatus.IMPORTED, 0);
    }

    private String status(long innerId) {
        return control.snapshot().orders().stream().filter(o -> o.id() == innerId).map(ShopSnapshot.Order::status)
                .findFirst().orElseThrow();
    }

    private void later() {
        shopClock.advance(Duration.ofMinutes(2));
        erpClock.advance(Duration.ofMinutes(2));
    }

    private ShoprenterOrderSource source() {
        return ShoprenterOrderSource.on(client, TestOrders.DEFAULTS.taxNumberMetaKey(),
                e -> ShopErrors.describe(PLUGIN.messages(), Locale.forLanguageTag("hu"), e));
    }

    private ActionResult run() {
        return new OrderImporter(host, state, source(), SOURCE, TestOrders.DEFAULTS, TestOrders.HU)
                .run(ProgressListener.NONE, Cancellation.NEVER);
    }
}
