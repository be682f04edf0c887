package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.FaultRule;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.shops.OrderRequest.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host process is killed with SIGKILL while a write-back batch ({@code POST /orders/batch}) is in
 * the shop, which finishes it after its client is gone, as PHP does. After the restart the next run
 * reads the orders back instead of sending again: each shop order is {@code completed} once, carries
 * its ERP number, has exactly one fulfilment note, and a rerun changes nothing (#16, #18).
 */
class WriteBackKillIT {

    private static final String BATCH = "POST /wp-json/wc/v3/orders/batch";
    private static final int ORDERS = 30;

    @TempDir
    Path dir;

    @Test
    void aWriteBackKilledWithItsBatchInTheShopCompletesEachOrderOnceWithItsNumberAndOneNote() throws Exception {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, 25)) {
            rig.activate();
            rig.importMarkedProducts(3);
            assertThat(rig.run("webshop.product-sync").exitCode()).isZero();
            long productId = rig.snapshot().productsBySku().get("R-0001").id();
            List<Long> shopOrders = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                shopOrders.add(rig.placeOrder("Vevő", "Nr" + i, "vevo" + i + "@example.hu",
                        Line.product(productId, 1 + i % 3)));
            }
            ReliabilityRig.ActionRun imported = rig.run("webshop.order-sync");
            assertThat(imported.exitCode()).as(imported.printed()).isZero();
            Map<Long, String> erpNumbers = erpNumbers(rig);
            assertThat(erpNumbers).hasSize(ORDERS);
            assertCarriesItsNumber(rig, erpNumbers);
            erpNumbers.values().forEach(number -> rig.ok("orders", "fulfil", number));

            rig.shop().control().resetCounters();
            rig.shop().control().setFaults(List.of(FaultRule.delay(BATCH, 3_000)));
            HostFixture.Launched running = rig.host().start("run", "webshop.order-sync");
            try {
                KillMidRunIT.waitUntil(() -> rig.shop().control().counters().count(BATCH) >= 1, running);
            } finally {
                running.process().destroyForcibly();
                assertThat(running.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            awaitCompleted(rig, shopOrders);
            rig.shop().control().resetFaults();
            rig.shop().control().resetCounters();

            ReliabilityRig.ActionRun resumed = rig.run("webshop.order-sync");

            assertThat(resumed.exitCode()).as(resumed.printed()).isZero();
            assertThat(resumed.count("status-sent")).as("confirmed by reading the orders back").isEqualTo(ORDERS);
            assertThat(rig.shop().control().counters().count(BATCH)).as("nothing sent a second time").isZero();
            assertCompletedOnceWithOneNote(rig, erpNumbers);
            assertCarriesItsNumber(rig, erpNumbers);

            ReliabilityRig.ActionRun again = rig.run("webshop.order-sync");
            assertThat(again.exitCode()).as(again.printed()).isZero();
            assertThat(again.count("status-sent") + again.count("imported") + again.count("needs-review")).isZero();
            assertThat(rig.shop().control().counters().count(BATCH)).isZero();
            assertCompletedOnceWithOneNote(rig, erpNumbers);
            rig.assertEveryShopOrderOnce(shopOrders);
        }
    }

    private static Map<Long, String> erpNumbers(ReliabilityRig rig) {
        Map<Long, String> out = new HashMap<>();
        for (JsonNode order : rig.json("orders", "list", "--json")) {
            out.put(Long.parseLong(order.get("externalRef").asText()), order.get("number").asText());
        }
        return out;
    }

    private static void assertCarriesItsNumber(ReliabilityRig rig, Map<Long, String> erpNumbers) {
        for (ShopSnapshot.Order order : rig.snapshot().orders()) {
            assertThat(order.metaData()).as("meta of shop order " + order.id())
                    .containsEntry("erp_document", erpNumbers.get(order.id()));
        }
    }

    private static void assertCompletedOnceWithOneNote(ReliabilityRig rig, Map<Long, String> erpNumbers) {
        ShopSnapshot snapshot = rig.snapshot();
        for (ShopSnapshot.Order order : snapshot.orders()) {
            List<ShopSnapshot.Note> notes = snapshot.notesByOrder().getOrDefault(order.id(), List.of());
            assertThat(order.status()).as("status of shop order " + order.id()).isEqualTo("completed");
            assertThat(notes.stream().filter(n -> n.note().endsWith("to Completed.")).count())
                    .as("completed transitions of shop order " + order.id()).isEqualTo(1);
            assertThat(notes.stream().filter(n -> !n.customerNote()
                    && n.note().contains("Teljesítve az ERP-ben: " + erpNumbers.get(order.id()))).count())
                    .as("fulfilment notes of shop order " + order.id()).isEqualTo(1);
        }
    }

    // the shop finishes the batch it received, as a restart by hand comes later than that
    private static void awaitCompleted(ReliabilityRig rig, List<Long> orders) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (rig.snapshot().orders().stream().filter(o -> orders.contains(o.id()))
                .anyMatch(o -> !"completed".equals(o.status()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the shop did not finish the batch it received");
            }
            Thread.sleep(50);
        }
    }
}
