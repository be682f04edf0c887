package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.shops.OrderRequest;
import hu.webshopsync.host.shops.ShopPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The host process is killed with SIGKILL in the middle of a sync against a slow shop; after a
 * restart the next run finishes the job: every marked product exists in the shop exactly once with
 * its fields, and every shop order is in the ERP exactly once. On every platform the plugin serves.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("hu.webshopsync.host.shops.ShopPlatforms#all")
class KillMidRunIT {

    @Parameter
    ShopPlatform platform;

    @TempDir
    Path dir;

    @Test
    void aProductSyncKilledMidRunResumesWithoutDuplicates() throws Exception {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 21)) {
            rig.activate("parallelRequests=1");
            rig.importMarkedProducts(600);
            rig.shop().control().setLatency(50, 50);
            rig.shop().control().resetCounters();

            HostFixture.Launched running = rig.host().start("run", "webshop.product-sync");
            try {
                // Killed while the write after the first one the shop stored is on its way, so that its answer
                // is lost. Counted from the first stored product on, since Shoprenter's POST /batch also
                // carries the category writes (and look-ups) that come before it.
                waitUntil(() -> !rig.snapshot().products().isEmpty(), running);
                long stored = rig.shop().control().counters().count(rig.routes().productWrite());
                waitUntil(() -> rig.shop().control().counters().count(rig.routes().productWrite()) > stored, running);
            } finally {
                running.process().destroyForcibly();
                assertThat(running.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            int before = rig.snapshot().products().size();
            System.out.println("[reliability] product kill after " + before + " of 600 products in the shop");
            assertThat(before).isBetween(1, 599);
            rig.assertNoDuplicateSku();

            rig.shop().control().setLatency(0, 0);
            ReliabilityRig.ActionRun resumed = rig.run("webshop.product-sync");

            assertThat(resumed.exitCode()).as(resumed.printed()).isZero();
            rig.assertProductsInShop(600, rig::priceOf);
            assertThat(resumed.count("created") + resumed.count("updated") + resumed.count("unchanged"))
                    .isEqualTo(600);
        }
    }

    @Test
    void productSyncsKilledDuringImageUploadsLeaveNoOrphanMedia() throws Exception {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 23)) {
            rig.activate();
            rig.importMarkedProducts(200, true);
            rig.shop().control().setLatency(20, 20);
            rig.shop().control().resetCounters();

            int kills = 0;
            for (int uploads : new int[] {15, 60, 110, 160}) {
                HostFixture.Launched running = rig.host().start("run", "webshop.product-sync");
                try {
                    waitUntil(() -> rig.shop().control().counters().count(rig.routes().mediaUpload()) >= uploads,
                            running);
                } finally {
                    running.process().destroyForcibly();
                    assertThat(running.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
                }
                kills++;
                // The shop finishes storing what the killed process sent before the next run starts,
                // as a restart by hand comes later than that.
                awaitStored(rig);
            }
            rig.shop().control().setLatency(0, 0);
            ReliabilityRig.ActionRun resumed = rig.run("webshop.product-sync");

            long stored = rig.shop().control().counters().count(rig.routes().mediaUpload());
            System.out.println("[reliability] " + kills + " kills during 200 image uploads: orphan media="
                    + rig.orphanMedia().size() + " media=" + rig.snapshot().media().size() + " uploads=" + stored);
            assertThat(resumed.exitCode()).as(resumed.printed()).isZero();
            rig.assertProductsInShop(200, rig::priceOf);
            rig.assertEachImageUploadedOnce(200, stored);
        }
    }

    @Test
    void anOrderSyncKilledMidRunResumesWithoutLosingOrDuplicatingOrders() throws Exception {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 22)) {
            rig.activate();
            rig.importMarkedProducts(3);
            assertThat(rig.run("webshop.product-sync").exitCode()).isZero();
            long productId = rig.snapshot().productsBySku().get("R-0001").id();
            List<Long> shopOrders = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                shopOrders.add(rig.placeOrder("Vevő", "Nr" + i, "vevo" + i + "@example.hu",
                        OrderRequest.Line.product(productId, 1 + i % 3)));
            }
            rig.shop().control().setLatency(40, 40);
            rig.shop().control().resetCounters();

            HostFixture.Launched running = rig.host().start("run", "webshop.order-sync");
            try {
                waitUntil(() -> rig.shop().control().counters().count(rig.routes().orderList()) >= 2
                        || rig.routes().orderNote() != null
                        && rig.shop().control().counters().count(rig.routes().orderNote()) >= 5, running);
            } finally {
                running.process().destroyForcibly();
                assertThat(running.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            rig.shop().control().setLatency(0, 0);

            ReliabilityRig.ActionRun resumed = rig.run("webshop.order-sync");

            assertThat(resumed.exitCode()).as(resumed.printed()).isZero();
            rig.assertEveryShopOrderOnce(shopOrders);
            assertThat(rig.json("orders", "list", "--json")).hasSize(300);
            ReliabilityRig.ActionRun again = rig.run("webshop.order-sync");
            assertThat(again.exitCode()).isZero();
            assertThat(rig.json("orders", "list", "--json")).hasSize(300);
            rig.snapshot().notesByOrder().forEach((order, notes) -> assertThat(
                    notes.stream().filter(n -> !n.customerNote() && n.note().contains("ERP")).count())
                    .as("ERP notes on shop order " + order).isLessThanOrEqualTo(1));
        }
    }

    private static void awaitStored(ReliabilityRig rig) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (rig.snapshot().media().size() < rig.shop().control().counters().count(rig.routes().mediaUpload())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the shop did not store the uploads it received: media="
                        + rig.snapshot().media().size() + " uploads="
                        + rig.shop().control().counters().count(rig.routes().mediaUpload()));
            }
            Thread.sleep(20);
        }
    }

    static void waitUntil(BooleanSupplier condition, HostFixture.Launched running) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !running.process().isAlive()) {
                throw new AssertionError("the run did not get going: " + running.errSoFar());
            }
            Thread.sleep(20);
        }
    }
}
