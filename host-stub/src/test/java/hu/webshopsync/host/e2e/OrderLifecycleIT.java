package hu.webshopsync.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.FaultRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order's whole life (#16) through the host's CLI against the emulator: what the shop does to an
 * imported order reaches the ERP on the next <b>Webáruház szinkron</b>, and what the ERP does
 * ({@code orders fulfil}, {@code orders cancel}) reaches the shop, each once. Needs the packaged
 * plugin (failsafe, {@code verify}).
 */
class OrderLifecycleIT {

    private static final String BATCH = "POST /wp-json/wc/v3/orders/batch";

    @TempDir
    Path dir;

    WebshopScenario s;

    @BeforeEach
    void setUp() {
        s = WebshopScenario.start(dir, EmulatorConfig.defaults());
        s.importCsv("termekek.csv", """
                sku,name,net_price,vat_rate,unit,category,stock:KÖZPONT
                KAV-001,Kávéfőző,1000,27,db,Háztartás/Konyha,12
                BOG-002,Bögre,2500,5,db,Háztartás,7
                """);
        s.activate();
        s.mark("KAV-001", "BOG-002");
        assertThat(s.run(ProductSyncIT.ACTION).exitCode()).isZero();
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void cancelledInTheShopTheErpCancelsReleasesTheReservationAndTheProductSyncSendsTheStock() {
        long id = placeOrder("KAV-001", 2);
        assertThat(sync().count("imported")).isEqualTo(1);
        assertThat(s.stock("KAV-001").reserved()).isEqualByComparingTo("2");

        s.shopApi().put("/orders/" + id, Map.of("status", "cancelled"));
        WebshopScenario.ActionRun run = sync();

        assertThat(run.count("cancelled-in-shop")).as(run.printed()).isEqualTo(1);
        assertThat(run.message()).contains("visszavonva a boltban");
        JsonNode order = erpOrder(id);
        assertThat(order.get("status").asText()).isEqualTo("cancelled");
        assertThat(order.get("cancelReason").asText()).isEqualTo("A boltban visszavonva (cancelled)");
        assertThat(s.stock("KAV-001").reserved()).isEqualByComparingTo("0");

        WebshopScenario.ActionRun products = s.run(ProductSyncIT.ACTION);

        assertThat(products.exitCode()).as(products.printed()).isZero();
        assertThat(s.snapshot().productsBySku().get("KAV-001").stockQuantity()).isEqualTo(12);
        assertThat(products.count("updated")).as("only the product whose stock changed").isLessThanOrEqualTo(1);

        assertNothingNew(sync());
    }

    @Test
    void fulfilledInTheErpTheShopOrderIsCompletedWithOneNoteAndARefundAfterwardsIsFlagged() {
        long id = placeOrder("BOG-002", 1);
        sync();
        s.ok("orders", "fulfil", erpNumber(id));

        WebshopScenario.ActionRun run = sync();

        assertThat(run.count("status-sent")).as(run.printed()).isEqualTo(1);
        assertThat(s.shopApi().get("/orders/" + id).get("status").asText()).isEqualTo("completed");
        assertThat(fulfilmentNotes(id)).isEqualTo(1);
        assertNothingNew(sync());
        assertThat(fulfilmentNotes(id)).isEqualTo(1);

        s.shopApi().put("/orders/" + id, Map.of("status", "refunded"));
        WebshopScenario.ActionRun refunded = sync();

        assertThat(refunded.count("needs-review")).as(refunded.printed()).isEqualTo(1);
        JsonNode order = erpOrder(id);
        assertThat(order.get("status").asText()).isEqualTo("fulfilled");
        assertThat(order.get("reviewReasons").toString())
                .contains("A boltban visszavonták (refunded), de az ERP-ben már teljesítve");
        assertThat(s.shopApi().get("/orders/" + id).get("status").asText()).isEqualTo("refunded");
        assertNothingNew(sync());
    }

    @Test
    void aLineEditInTheShopIsFlaggedWithWhatChanged() {
        long id = placeOrder("KAV-001", 1);
        sync();
        long line = s.shopApi().get("/orders/" + id).at("/line_items/0/id").asLong();
        s.shopApi().put("/orders/" + id, Map.of("line_items", List.of(Map.of("id", line, "quantity", 3))));

        WebshopScenario.ActionRun run = sync();

        assertThat(run.count("needs-review")).as(run.printed()).isEqualTo(1);
        assertThat(erpOrder(id).get("reviewReasons").toString()).contains("KAV-001 × 1 → KAV-001 × 3");
        assertThat(erpOrder(id).get("status").asText()).isEqualTo("open");
        assertNothingNew(sync());
    }

    @Test
    void aLostAnswerToTheStatusBatchNeitherFlipsTwiceNorNotesTwice() {
        long id = placeOrder("BOG-002", 1);
        sync();
        s.ok("orders", "fulfil", erpNumber(id));
        s.shop().control().setFaults(List.of(FaultRule.commitThenReset(BATCH).times(10)));

        WebshopScenario.ActionRun lost = sync();

        assertThat(lost.count("status-sent")).as(lost.printed()).isZero();
        assertThat(s.shopApi().get("/orders/" + id).get("status").asText()).isEqualTo("completed");
        assertThat(fulfilmentNotes(id)).isZero();

        s.shop().control().setFaults(List.of());
        WebshopScenario.ActionRun next = sync();

        assertThat(next.count("status-sent")).as(next.printed()).isEqualTo(1);
        assertThat(fulfilmentNotes(id)).isEqualTo(1);
        assertNothingNew(sync());
        assertThat(fulfilmentNotes(id)).isEqualTo(1);
    }

    @Test
    void cancelledInTheErpTheShopOrderIsCancelled() {
        long id = placeOrder("KAV-001", 1);
        sync();
        s.ok("orders", "cancel", erpNumber(id));

        WebshopScenario.ActionRun run = sync();

        assertThat(run.count("status-sent")).as(run.printed()).isEqualTo(1);
        assertThat(s.shopApi().get("/orders/" + id).get("status").asText()).isEqualTo("cancelled");
        assertNothingNew(sync());
    }

    private WebshopScenario.ActionRun sync() {
        WebshopScenario.ActionRun run = s.run(OrderSyncIT.ACTION);
        assertThat(run.exitCode()).as(run.printed()).isIn(0, 1);
        return run;
    }

    private static void assertNothingNew(WebshopScenario.ActionRun rerun) {
        assertThat(rerun.exitCode()).as(rerun.printed()).isZero();
        for (String count : List.of("imported", "cancelled-in-shop", "needs-review", "status-sent", "failed")) {
            assertThat(rerun.count(count)).as(count + " in " + rerun.printed()).isZero();
        }
    }

    private long placeOrder(String sku, int quantity) {
        return s.shopApi().post("/orders", Map.of("status", "processing", "payment_method", "cod",
                "billing", Map.of("first_name", "Éva", "last_name", "Kiss", "email", "kiss.eva@example.hu",
                        "city", "Szeged", "postcode", "6720", "address_1", "Fő utca 1.", "country", "HU"),
                "line_items", List.of(Map.of("sku", sku, "quantity", quantity)))).get("id").asLong();
    }

    private JsonNode erpOrder(long shopId) {
        for (JsonNode o : s.orders()) {
            if (o.get("externalRef").asText().equals(String.valueOf(shopId))) {
                return s.json("orders", "show", o.get("number").asText(), "--json");
            }
        }
        throw new AssertionError("no ERP order for shop order " + shopId);
    }

    private String erpNumber(long shopId) {
        return erpOrder(shopId).get("number").asText();
    }

    private long fulfilmentNotes(long shopId) {
        return s.shopApi().get("/orders/" + shopId + "/notes").findValuesAsText("note").stream()
                .filter(n -> n.contains("Teljesítve az ERP-ben: " + erpNumber(shopId))).count();
    }
}
