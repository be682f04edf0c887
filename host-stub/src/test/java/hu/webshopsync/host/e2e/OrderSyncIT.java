package hu.webshopsync.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.shops.OrderRequest;
import hu.webshopsync.host.shops.OrderRequest.Buyer;
import hu.webshopsync.host.shops.OrderRequest.Line;
import hu.webshopsync.host.shops.ShopPlatform;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * <b>Webáruház szinkron</b> end to end: orders placed in the shop through its REST API (as the shop's
 * checkout would), {@code run webshop.order-sync} through the host's CLI, and the ERP's customer orders,
 * customers and reserved stock read back, on every platform the plugin serves. Needs the packaged
 * plugin (failsafe, {@code verify}).
 */
@ParameterizedClass(name = "{0}")
@MethodSource("hu.webshopsync.host.shops.ShopPlatforms#all")
class OrderSyncIT {

    static final String ACTION = "webshop.order-sync";

    @Parameter
    ShopPlatform platform;

    @TempDir
    Path dir;

    WebshopScenario s;

    @BeforeEach
    void setUp() {
        s = WebshopScenario.start(dir, platform);
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    /** The shop sells what the ERP sent it: a product sync first, so shop products carry the ERP's SKUs. */
    private void shopStocked(String... settings) {
        s.importCsv("termekek.csv", """
                sku,name,net_price,vat_rate,unit,category,stock:KÖZPONT
                KAV-001,Kávéfőző,1000,27,db,Háztartás/Konyha,12
                BOG-002,Bögre,2500,5,db,Háztartás,7
                TEA-003,Teakeverék,800,18,csomag,Élelmiszer,30
                """);
        s.activate(settings);
        s.mark("KAV-001", "BOG-002", "TEA-003");
        WebshopScenario.ActionRun sync = s.run(ProductSyncIT.ACTION);
        assertThat(sync.exitCode()).as(sync.printed()).isZero();
    }

    private long shopId(String sku) {
        return s.snapshot().productsBySku().get(sku).id();
    }

    private long placeOrder(Buyer buyer, long customerId, boolean paid, Line... lines) {
        return s.placeOrder(new OrderRequest(buyer, customerId, paid, List.of(lines)));
    }

    /** Four shop orders: a guest, a returning customer twice, a company with a tax number. */
    private Map<String, Long> placeTypicalOrders() {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("guest", placeOrder(Buyer.person("Éva", "Kiss", "kiss.eva@example.hu", "+36 30 123 4567"), 0, true,
                Line.sku("KAV-001", 2)));
        ids.put("returning1", placeOrder(Buyer.person("Árpád", "Nagy", "nagy.arpad@example.hu", "+36 20 555 0101"), 7,
                false, Line.sku("BOG-002", 1), Line.sku("TEA-003", 3)));
        ids.put("returning2", placeOrder(Buyer.person("Árpád", "Nagy", "Nagy.Arpad@example.hu", "+36 20 555 0101"), 7,
                false, Line.product(shopId("KAV-001"), 1)));
        ids.put("company", placeOrder(Buyer.person("Péter", "Szabó", "szamla@pelda.hu", "+36 1 234 5678")
                .company("Példa Kft.", "12345678-2-42"), 0, true, Line.product(shopId("TEA-003"), 10)));
        return ids;
    }

    private ShopSnapshot.Order shopOrder(String id) {
        return s.snapshot().orders().stream().filter(o -> String.valueOf(o.id()).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no shop order " + id));
    }

    private static Map<String, JsonNode> byExternalRef(JsonNode orders) {
        Map<String, JsonNode> map = new HashMap<>();
        for (JsonNode o : orders) {
            assertThat(map.put(o.get("externalRef").asText(), o)).as("one ERP order per shop order").isNull();
        }
        return map;
    }

    @Test
    void shopOrdersAreImportedOnceWithCustomerLinesAndTotals() {
        shopStocked();
        Map<String, Long> ids = placeTypicalOrders();

        WebshopScenario.ActionRun run = s.run(ACTION);

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.count("imported")).isEqualTo(4);
        JsonNode orders = s.orders();
        assertThat(orders).hasSize(4);
        Map<String, JsonNode> erp = byExternalRef(orders);
        assertThat(erp.keySet()).containsExactlyInAnyOrderElementsOf(ids.values().stream().map(String::valueOf)
                .toList());
        for (JsonNode o : orders) {
            assertThat(o.get("number").asText()).matches("VR-\\d{4}-\\d{6}");
            assertThat(o.get("status").asText()).isEqualTo("open");
            assertThat(o.get("needsReview").asBoolean()).as(o.toString()).isFalse();
            assertThat(new BigDecimal(o.get("grossTotal").asText()))
                    .isEqualByComparingTo(new BigDecimal(shopOrder(o.get("externalRef").asText()).total()));
        }
        assertThat(orders).extracting(o -> o.get("number").asText()).doesNotHaveDuplicates();

        JsonNode guest = erp.get(String.valueOf(ids.get("guest")));
        assertThat(guest.get("customer").get("name").asText()).contains("Kiss").contains("Éva");
        assertThat(guest.get("customer").get("email").asText()).isEqualTo("kiss.eva@example.hu");
        assertThat(guest.get("customer").get("phone").asText()).isEqualTo("+36 30 123 4567");
        assertThat(guest.get("lines")).hasSize(1);
        JsonNode line = guest.get("lines").get(0);
        assertThat(line.get("sku").asText()).isEqualTo("KAV-001");
        assertThat(new BigDecimal(line.get("quantity").asText())).isEqualByComparingTo("2");
        assertThat(new BigDecimal(line.get("unitPriceGross").asText())).isEqualByComparingTo("1270");
        assertThat(new BigDecimal(line.get("lineGross").asText())).isEqualByComparingTo("2540");
        assertThat(new BigDecimal(line.get("vatRate").asText())).isEqualByComparingTo("27");
        assertThat(new BigDecimal(guest.get("grossTotal").asText())).isEqualByComparingTo("2540");
        assertThat(new BigDecimal(guest.get("netTotal").asText())).isEqualByComparingTo("2000");
        assertThat(new BigDecimal(guest.get("vatTotal").asText())).isEqualByComparingTo("540");

        JsonNode returning = erp.get(String.valueOf(ids.get("returning1")));
        assertThat(returning.get("lines")).extracting(l -> l.get("sku").asText())
                .containsExactlyInAnyOrder("BOG-002", "TEA-003");
        assertThat(erp.get(String.valueOf(ids.get("returning2"))).get("lines").get(0).get("sku").asText())
                .isEqualTo("KAV-001");
        assertThat(s.customersWithEmail("nagy.arpad@example.hu")).as("a returning customer is one ERP customer")
                .isEqualTo(1);

        JsonNode company = erp.get(String.valueOf(ids.get("company")));
        assertThat(company.get("customer").get("taxNumber").asText()).isEqualTo("12345678-2-42");
        assertThat(company.get("billing").get("company").asText()).isEqualTo("Példa Kft.");
        assertThat(new BigDecimal(company.get("lines").get(0).get("vatRate").asText())).isEqualByComparingTo("18");
    }

    @Test
    void aSecondRunImportsNothing() {
        shopStocked();
        placeTypicalOrders();
        assertThat(s.run(ACTION).count("imported")).isEqualTo(4);

        WebshopScenario.ActionRun again = s.run(ACTION);

        assertThat(again.exitCode()).as(again.printed()).isZero();
        assertThat(again.count("imported")).isZero();
        assertThat(again.count("needs-review")).isZero();
        assertThat(s.orders()).hasSize(4);
    }

    @Test
    void anOrderChangedInTheShopAfterImportIsNotImportedAgain() {
        shopStocked();
        Map<String, Long> ids = placeTypicalOrders();
        assertThat(s.run(ACTION).count("imported")).isEqualTo(4);
        s.shop().control().setOrderStatus(ids.get("guest"), platform.waitingStatus());
        s.touchOrder(ids.get("company"));

        WebshopScenario.ActionRun again = s.run(ACTION);

        assertThat(again.exitCode()).as(again.printed()).isZero();
        assertThat(again.count("imported")).isZero();
        assertThat(again.count("already-imported")).isGreaterThanOrEqualTo(2);
        JsonNode orders = s.orders();
        assertThat(orders).hasSize(4);
        byExternalRef(orders);
    }

    @Test
    void anOverlapWindowThatReturnsImportedOrdersCreatesNothing() {
        shopStocked("orderOverlapMinutes=1440");
        placeTypicalOrders();
        assertThat(s.run(ACTION).count("imported")).isEqualTo(4);
        s.resetCounters();

        WebshopScenario.ActionRun again = s.run(ACTION);

        assertThat(again.exitCode()).as(again.printed()).isZero();
        assertThat(again.count("already-imported")).as("the overlap listed the imported orders again").isEqualTo(4);
        assertThat(again.count("imported")).isZero();
        assertThat(s.counters().count(s.routes().orderList())).isGreaterThanOrEqualTo(1);
        assertThat(s.orders()).hasSize(4);
    }

    @Test
    void importedOrdersReserveStockAndTheNextProductSyncLowersTheShopStock() {
        shopStocked();
        placeTypicalOrders();
        assertThat(s.stock("KAV-001").reserved()).isEqualByComparingTo("0");

        assertThat(s.run(ACTION).count("imported")).isEqualTo(4);

        StockLevel kave = s.stock("KAV-001");
        assertThat(kave.onHand()).isEqualByComparingTo("12");
        assertThat(kave.reserved()).isEqualByComparingTo("3");
        assertThat(s.stock("TEA-003").reserved()).isEqualByComparingTo("13");
        assertThat(s.stock("BOG-002").reserved()).isEqualByComparingTo("1");
        assertThat(new BigDecimal(s.product("KAV-001").get("stock").get(WebshopScenario.WAREHOUSE).asText()))
                .as("on hand is untouched until delivery").isEqualByComparingTo("12");

        // the shop owner counts the stock again: 20 on the shelf, of which 3 are promised to shop orders
        s.ok("stock", "set", "KAV-001", WebshopScenario.WAREHOUSE, "20");
        s.resetCounters();
        WebshopScenario.ActionRun sync = s.run(ProductSyncIT.ACTION);

        assertThat(sync.exitCode()).as(sync.printed()).isZero();
        assertThat(s.snapshot().productsBySku().get("KAV-001").stockQuantity()).isEqualTo(20 - 3);
        assertThat(s.snapshot().productsBySku().get("TEA-003").stockQuantity()).isEqualTo(30 - 13);
        assertThat(s.snapshot().productsBySku().get("BOG-002").stockQuantity()).isEqualTo(7 - 1);
        assertThat(s.counters().count(s.routes().productWrite())).isEqualTo(s.platform().productWriteRequests(1));
    }

    @Test
    void anOrderWithAnUnknownSkuIsImportedForReview() {
        shopStocked();
        long foreign = s.createProductInShop("IDEGEN-1", "Idegen termék", "500");
        long id = placeOrder(Buyer.person("Éva", "Kiss", "kiss.eva@example.hu", "+36 30 123 4567"), 0, true,
                Line.product(foreign, 1), Line.sku("KAV-001", 1));

        WebshopScenario.ActionRun run = s.run(ACTION);

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.count("needs-review")).isEqualTo(1);
        JsonNode orders = s.orders();
        assertThat(orders).hasSize(1);
        JsonNode order = orders.get(0);
        assertThat(order.get("externalRef").asText()).isEqualTo(String.valueOf(id));
        assertThat(order.get("needsReview").asBoolean()).isTrue();
        assertThat(order.get("reviewReasons")).hasSize(1);
        assertThat(order.get("reviewReasons").get(0).asText()).contains("IDEGEN-1");
        assertThat(order.get("lines")).hasSize(2);
        assertThat(new BigDecimal(order.get("grossTotal").asText())).isEqualByComparingTo("1770");
        assertThat(run.itemsFor(String.valueOf(id))).as(run.items().toString())
                .extracting(WebshopScenario.ActionRun.Item::status).containsExactly("needs-review");

        assertThat(s.run(ACTION).count("imported")).isZero();
        assertThat(s.orders()).hasSize(1);
    }
}
