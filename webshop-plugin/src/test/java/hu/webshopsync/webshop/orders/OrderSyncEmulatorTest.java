package hu.webshopsync.webshop.orders;

import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.MutableClock;
import hu.webshopsync.api.ItemStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.WebshopPlugin;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.fixtures.EmulatorRest;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.woocommerce.ShopConnection;
import hu.webshopsync.webshop.woocommerce.WooOrderSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The order sync, in process, against the WooCommerce emulator with 300 processing orders made
 * through {@code POST /orders/batch}, 50 a request, in one shop second: as a busy shop or an import
 * tool makes them. The emulator returns orders that share their modification second in a seeded
 * random order on each listing, as MySQL does.
 */
class OrderSyncEmulatorTest {

    private static final int ORDERS = 300;
    // the shop's clock stands still: every order is made, and last changed, in this one second
    private static final Instant SECOND = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final WebshopPlugin PLUGIN = new WebshopPlugin();

    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults(), Clock.fixed(SECOND, ZoneOffset.UTC));
    private final ShopConnection connection = ShopConnection.open(WebshopSettings.from(new ModuleSettings(
            Map.of("url", shop.baseUrl(), "consumerKey", "ck_demo_key"), Map.of("consumerSecret", "cs_demo_secret"))),
            TestOrders.MAPPER, 1);
    private final InMemoryHost host = new InMemoryHost(new MutableClock(SECOND.plus(Duration.ofMinutes(1))));
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final EmulatorRest rest = new EmulatorRest(shop.baseUrl());

    @AfterEach
    void stop() {
        connection.close();
        shop.close();
    }

    @Test
    void threeHundredOrdersOfOneSecondAreAllImportedOnceAndASecondRunFindsNothingNew() {
        Set<Long> made = makeTiedOrders();
        host.products.putAll(TestOrders.products());

        // what the sync used to ask: pages by modification time, which overlap and skip tied orders
        Set<Long> pagedByModified = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            rest.list("/orders?status=processing,on-hold&dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page="
                    + page + "&modified_after=" + LocalDateTime.ofInstant(SECOND.minusSeconds(60), ZoneOffset.UTC))
                    .forEach(o -> pagedByModified.add(o.get("id").asLong()));
        }
        assertThat(pagedByModified).as("orders seen by three pages by modified").hasSizeLessThan(ORDERS);

        ActionResult first = importer().run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.SUCCESS);
        assertThat(first.counts().get(ItemStatus.IMPORTED) + first.counts().get(ItemStatus.NEEDS_REVIEW)).isEqualTo(ORDERS);
        assertThat(first.counts()).containsEntry(ItemStatus.FAILED, 0);
        assertThat(host.book.drafts()).extracting(d -> Long.parseLong(d.externalReference()))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);

        ActionResult second = importer().run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(second.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(second.counts()).containsEntry(ItemStatus.IMPORTED, 0).containsEntry(ItemStatus.NEEDS_REVIEW, 0)
                .containsEntry(ItemStatus.ALREADY_IMPORTED, ORDERS);
        assertThat(host.book.orders).hasSize(ORDERS);
        System.out.println("[tied orders] " + ORDERS + " orders in one second: pages by modified saw "
                + pagedByModified.size() + ", the order sync imported " + host.book.orders.size());
    }

    private OrderImporter importer() {
        WooOrderSource source = WooOrderSource.on(connection, e -> ShopErrors.describe(PLUGIN.messages(), Locale.forLanguageTag("hu"), e));
        return new OrderImporter(host, state, source, connection.sourceId(), TestOrders.DEFAULTS, TestOrders.HU);
    }

    /** One product, then 300 processing orders of it in batches of 50; returns their ids. */
    private Set<Long> makeTiedOrders() {
        ObjectNode product = TestOrders.MAPPER.createObjectNode().put("name", "Batch C r2").put("sku", "SKU-r2-C")
                .put("regular_price", "650");
        long productId = rest.post("/products", product.toString()).get("id").asLong();
        Set<Long> ids = new HashSet<>();
        for (int from = 0; from < ORDERS; from += 50) {
            ObjectNode batch = TestOrders.MAPPER.createObjectNode();
            ArrayNode create = batch.putArray("create");
            for (int i = from; i < from + 50; i++) {
                ObjectNode order = create.addObject().put("status", "processing").put("set_paid", false);
                order.putObject("billing").put("first_name", "Vevő").put("last_name", "Nr" + i)
                        .put("email", "vevo" + i + "@example.hu").put("city", "Budapest").put("country", "HU");
                order.putArray("line_items").addObject().put("product_id", productId).put("quantity", 1 + i % 3);
            }
            rest.post("/orders/batch", batch.toString()).get("create").forEach(o -> ids.add(o.get("id").asLong()));
        }
        assertThat(ids).hasSize(ORDERS);
        return ids;
    }
}
