package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.FaultRule;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.shops.ShopPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Termék szinkron against a shop that misbehaves: seeded 503s, throttling with Retry-After, resets,
 * answers lost after the write, broken JSON, answers slower than the read timeout, a category and
 * a product deleted behind the sync's back, revoked keys. After each: no SKU twice, every marked
 * product once with the right fields, and a further run converges (no writes). On every platform the
 * plugin serves.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("hu.webshopsync.host.shops.ShopPlatforms#all")
class ProductFaultsIT {

    @Parameter
    ShopPlatform platform;

    @TempDir
    Path dir;

    /** Runs the product sync until it succeeds, at most {@code max} times; returns the runs needed. */
    private static int syncUntilSuccess(ReliabilityRig rig, int max) {
        for (int run = 1; run <= max; run++) {
            ReliabilityRig.ActionRun result = rig.run("webshop.product-sync");
            if (result.exitCode() == 0) {
                return run;
            }
            rig.assertNoDuplicateSku();
        }
        throw new AssertionError("the product sync did not converge in " + max + " runs");
    }

    private static void assertConverged(ReliabilityRig rig) {
        rig.shop().control().resetFaults();
        rig.shop().control().resetCounters();
        ReliabilityRig.ActionRun again = rig.run("webshop.product-sync");
        assertThat(again.exitCode()).as(again.printed()).isZero();
        RequestCounters counters = rig.shop().control().counters();
        assertThat(counters.count(rig.routes().productWrite())).as("writes of a converged sync").isZero();
        assertThat(counters.count(rig.routes().productCreateOne())).isZero();
    }

    @Test
    void mixedTransientFaultsNeitherDuplicateNorLoseProducts() {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 11)) {
            String batch = rig.routes().productWrite();
            String list = rig.routes().productList();
            rig.activate();
            rig.importMarkedProducts(250);
            rig.shop().control().setFaults(List.of(
                    FaultRule.status("*", 503).withRate(0.10),
                    FaultRule.tooManyRequests(list, 1).times(1),
                    FaultRule.reset(batch).times(1),
                    FaultRule.commitThenReset(batch).times(1),
                    FaultRule.malformedJson(list).times(1)));

            int runs = syncUntilSuccess(rig, 4);

            System.out.println("[reliability] mixed faults: runs=" + runs + " faults=" + rig.shop().control().faults());
            rig.assertProductsInShop(250, rig::priceOf);
            assertThat(String.join("\n", rig.printed())).contains("Várakozás a webáruházra (");
            assertConverged(rig);
        }
    }

    @Test
    void lostUploadAnswersAreFoundInTheShopAndLeaveNoOrphanMedia() {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 16)) {
            String upload = rig.routes().mediaUpload();
            String search = rig.routes().mediaSearch();
            rig.activate();
            rig.importMarkedProducts(60, true);
            rig.shop().control().resetCounters();
            // three answers lost after WordPress stored the picture, two uploads refused before it,
            // and the search after the first lost answer failing too (so a later run must search)
            rig.shop().control().setFaults(List.of(
                    FaultRule.commitThenReset(upload).times(2),
                    FaultRule.malformedJson(upload).times(1),
                    FaultRule.status(upload, 503).times(2),
                    FaultRule.status(search, 503).times(5)));

            int runs = syncUntilSuccess(rig, 4);
            rig.shop().control().resetFaults();
            ReliabilityRig.ActionRun attach = rig.run("webshop.product-sync");

            long stored = rig.shop().control().counters().count(upload) - 2;
            System.out.println("[reliability] 3 lost upload answers: runs=" + (runs + 1) + " orphan media="
                    + rig.orphanMedia().size() + " media=" + rig.snapshot().media().size() + " uploads stored=" + stored);
            assertThat(attach.exitCode()).as(attach.printed()).isZero();
            rig.assertProductsInShop(60, rig::priceOf);
            rig.assertEachImageUploadedOnce(60, stored);
            assertConverged(rig);
            assertThat(rig.shop().control().counters().count(upload)).as("uploads of a converged sync").isZero();
            assertThat(rig.shop().control().counters().count(search)).as("searches of a converged sync").isZero();
        }
    }

    @Test
    void itemsTheShopRejectsInABatchFailAloneWithTheShopsMessageAndTheRestGoes() {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 15)) {
            rig.activate();
            rig.importMarkedProducts(30);
            // the ERP tells these apart, the shop's collation (case, accents) does not
            assertThat(rig.importCsv("clash.csv", "sku,name,net_price,vat_rate,category,webshop\n"
                    + "KOR-1,Kör alakú tál,1000,27,Konyha,igen\nKÖR-1,Körte,500,27,Konyha,igen\n"
                    + "ABC-1,Ábécé nagy,100,27,Könyv,igen\nabc-1,Ábécé kicsi,100,27,Könyv,igen\n").exitCode()).isZero();
            if (!platform.skusIgnoreCase()) {
                // a shop that tells them apart too is made to refuse the same two items inside its batch, in its
                // documented words (Shoprenter: 409 40901 "Resource exists!")
                rig.shop().control().setFaults(List.of(
                        FaultRule.rejectItem(rig.routes().productCreateOne(), "KÖR-1", 409),
                        FaultRule.rejectItem(rig.routes().productCreateOne(), "abc-1", 409)));
            }

            ReliabilityRig.ActionRun run = rig.run("webshop.product-sync");

            List<JsonNode> items = new ArrayList<>();
            rig.lastRunItems().forEach(i -> {
                if (!i.get("status").asText().equals("created")) {
                    items.add(i);
                }
            });
            System.out.println("[reliability] per-item rejects: exit " + run.exitCode() + " " + run.counts() + " " + items);
            assertThat(run.exitCode()).as(run.printed()).isEqualTo(1);
            assertThat(run.outcome()).isEqualTo("PARTIAL");
            assertThat(run.count("created")).isEqualTo(32);
            assertThat(run.count("failed")).isEqualTo(2);
            assertThat(items).hasSize(2);
            assertThat(items).allSatisfy(item -> {
                assertThat(item.get("item").asText()).isIn("KÖR-1", "abc-1");
                assertThat(item.get("status").asText()).isEqualTo("failed");
                if (platform.skusIgnoreCase()) {
                    assertThat(item.get("reason").asText()).contains("product_invalid_sku").contains("Invalid or duplicated SKU.");
                } else {
                    assertThat(item.get("reason").asText()).contains("409").contains("Resource exists!");
                }
            });
            ShopSnapshot shop = rig.snapshot();
            rig.assertProductsInShop(30, rig::priceOf);
            assertThat(shop.products()).hasSize(32);
            assertThat(shop.productsBySku().get("KOR-1").name()).isEqualTo("Kör alakú tál");
            assertThat(shop.productsBySku().get("ABC-1").name()).isEqualTo("Ábécé nagy");

            rig.shop().control().resetCounters();
            ReliabilityRig.ActionRun again = rig.run("webshop.product-sync");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.count("failed")).isEqualTo(2);
            assertThat(again.count("unchanged")).isEqualTo(32);
            if (platform.skusIgnoreCase()) {
                // the clash is known now: the twins are not sent again, and the report says why
                assertThat(rig.lastRunItems()).allSatisfy(item -> assertThat(item.get("reason").asText())
                        .contains("kis- és nagybetűt"));
                assertThat(rig.shop().control().counters().count(rig.routes().productWrite())).as("writes of the rerun: "
                        + rig.shop().control().counters() + " " + rig.lastRunItems() + again.printed()).isZero();
            } else {
                // nothing tells the plugin the shop will refuse them again: the two are looked up and sent once
                // more, in one batch, and the refused pair looked up together to see whether the shop has them
                assertThat(rig.lastRunItems()).allSatisfy(item -> assertThat(item.get("reason").asText())
                        .contains("Resource exists!"));
                assertThat(rig.shop().control().counters().count(rig.routes().productWrite())).as("writes of the rerun: "
                        + rig.shop().control().counters()).isEqualTo(platform.productWriteRequests(1) + 1);
            }
            assertThat(rig.snapshot().productsBySku().get("KOR-1").name()).isEqualTo("Kör alakú tál");
        }
    }

    @Test
    void answersSlowerThanTheReadTimeoutAreLookedUpNotRepeated() {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 12)) {
            rig.activate("readTimeoutSeconds=1");
            rig.importMarkedProducts(120);
            rig.shop().control().setFaults(List.of(FaultRule.delay(rig.routes().productWrite(), 2_000).times(1),
                    FaultRule.delay(rig.routes().categoryList(), 2_000).times(1)));

            int runs = syncUntilSuccess(rig, 3);

            System.out.println("[reliability] slow answers: runs=" + runs);
            rig.assertProductsInShop(120, rig::priceOf);
            assertConverged(rig);
        }
    }

    @Test
    void aCategoryAndAProductDeletedInTheShopAreRecreatedAndTheBindingFixed() {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 13)) {
            rig.activate();
            rig.importMarkedProducts(20);
            assertThat(rig.run("webshop.product-sync").exitCode()).isZero();
            ShopSnapshot before = rig.snapshot();
            long hats = before.categories().stream().filter(c -> c.name().equals("Sapkák")).findFirst().orElseThrow().id();
            long gone = before.productsBySku().get("R-0003").id();
            assertThat(rig.shop().control().deleteCategory(hats)).isTrue();
            assertThat(rig.shop().control().deleteProduct(gone, true)).isTrue();
            rig.importCsv("change.csv", "sku,name,net_price,vat_rate,category,webshop\nR-0003,Termék 3,500,27,Ruházat/Sapkák,igen\n");

            ReliabilityRig.ActionRun run = rig.run("webshop.product-sync", "--full");

            assertThat(run.exitCode()).as(run.printed()).isZero();
            ShopSnapshot after = rig.snapshot();
            ShopSnapshot.Product recreated = after.productsBySku().get("R-0003");
            assertThat(recreated.id()).isNotEqualTo(gone);
            assertThat(recreated.regularPrice()).isEqualTo(rig.price(500));
            assertThat(after.productsBySku().get("R-0001").categories()).extracting(ShopSnapshot.CategoryRef::name)
                    .containsExactly("Sapkák");
            assertThat(after.productsBySku().get("R-0001").categories().get(0).id()).isNotEqualTo(hats);
            rig.assertNoDuplicateSku();
            assertConverged(rig);
        }
    }

    @Test
    void credentialsRevokedMidRunStopTheRunWithAClearMessage() throws Exception {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, platform, 14)) {
            rig.activate("parallelRequests=1");
            rig.importMarkedProducts(400);
            rig.shop().control().setLatency(20, 10);
            rig.shop().control().resetCounters();
            Thread revoker = new Thread(() -> {
                long deadline = System.nanoTime() + 60_000_000_000L;
                // after the first batch was stored, while the run goes on (the shop's products, not a count of
                // write requests: Shoprenter's POST /batch also carries the category writes that come first)
                while (rig.snapshot().products().isEmpty() && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                rig.shop().control().revokeCredentials();
            });
            revoker.start();

            ReliabilityRig.ActionRun run = rig.run("webshop.product-sync");
            revoker.join();

            System.out.println("[reliability] revoked mid-run: exit " + run.exitCode() + " " + run.outcome());
            // a run that had to stop because the keys were refused is FAILED, even after stored batches
            assertThat(run.exitCode()).as(run.printed()).isEqualTo(2);
            assertThat(run.outcome()).isEqualTo("FAILED");
            assertThat(run.printed()).contains(platform.credentialsRefusedWords());
            int written = rig.snapshot().products().size();
            assertThat(written).isBetween(1, 399);
            assertThat(run.count("created")).isEqualTo(written);
            assertThat(run.printed()).contains("Ebben a futásban " + written + " termék került a boltba")
                    .contains("a következő futás onnan folytatja");
            rig.assertNoDuplicateSku();
            rig.restoreCredentials();
            rig.shop().control().setLatency(0, 0);
            assertThat(rig.run("webshop.product-sync").exitCode()).isZero();
            rig.assertProductsInShop(400, rig::priceOf);
        }
    }
}
