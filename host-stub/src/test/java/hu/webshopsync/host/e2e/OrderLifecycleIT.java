package hu.webshopsync.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.FaultRule;
import hu.webshopsync.host.shops.OrderRequest;
import hu.webshopsync.host.shops.OrderRequest.Buyer;
import hu.webshopsync.host.shops.OrderRequest.Line;
import hu.webshopsync.host.shops.ShopPlatform;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An order's whole life (#16) through the host's CLI against the emulator: what the shop does to an
 * imported order reaches the ERP on the next <b>Webáruház szinkron</b>, and what the ERP does
 * ({@code orders fulfil}, {@code orders cancel}) reaches the shop, each once. Needs the packaged
 * plugin (failsafe, {@code verify}). Runs on every platform the plugin serves.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("hu.webshopsync.host.shops.ShopPlatforms#all")
class OrderLifecycleIT {

    @Parameter
    ShopPlatform platform;

    @TempDir
    Path dir;

    WebshopScenario s;

    @BeforeEach
    void setUp() {
        s = WebshopScenario.start(dir, platform);
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

        s.shop().control().setOrderStatus(id, "cancelled");
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
        assertThat(s.orderStatus(id)).isEqualTo("completed");
        assertThat(fulfilmentNotes(id)).isEqualTo(1);
        assertNothingNew(sync());
        assertThat(fulfilmentNotes(id)).isEqualTo(1);

        s.shop().control().setOrderStatus(id, "refunded");
        WebshopScenario.ActionRun refunded = sync();

        assertThat(refunded.count("needs-review")).as(refunded.printed()).isEqualTo(1);
        JsonNode order = erpOrder(id);
        assertThat(order.get("status").asText()).isEqualTo("fulfilled");
        assertThat(order.get("reviewReasons").toString())
                .contains("A boltban visszavonták (refunded), de az ERP-ben már teljesítve");
        assertThat(s.orderStatus(id)).isEqualTo("refunded");
        assertNothingNew(sync());
    }

    @Test
    void aLineEditInTheShopIsFlaggedWithWhatChanged() {
        long id = placeOrder("KAV-001", 1);
        sync();
        long line = s.snapshot().orders().stream().filter(o -> o.id() == id).findFirst().orElseThrow()
                .lineItems().get(0).id();
        s.shop().control().setOrderLineQuantity(id, line, 3);

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
        s.shop().control().resetCounters();
        s.shop().control().setFaults(List.of(FaultRule.commitThenReset(s.routes().orderWrite()).times(10)));

        WebshopScenario.ActionRun lost = sync();

        assertThat(lost.count("status-sent")).as(lost.printed()).isZero();
        assertThat(s.orderStatus(id)).isEqualTo("completed");
        // the shop carried the status out: a client that sent it again blind would have flipped it again
        assertThat(s.shop().control().counters().count(s.routes().orderWrite())).as("status writes").isEqualTo(1);
        // where the shop's record is the status change (Shoprenter's history) it is there; a note waits for
        // the shop's confirmation of the status
        assertThat(fulfilmentNotes(id)).isEqualTo(platform.fulfilmentRecordedByTheStatus() ? 1 : 0);

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
        assertThat(s.orderStatus(id)).isEqualTo("cancelled");
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
        return s.placeOrder(OrderRequest.of(Buyer.person("Éva", "Kiss", "kiss.eva@example.hu", ""),
                Line.sku(sku, quantity)));
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

    /** The shop's records of the ERP's fulfilment: a private note, or where the shop takes none its history. */
    private long fulfilmentNotes(long shopId) {
        return s.fulfilmentRecords(shopId, erpNumber(shopId));
    }
}
