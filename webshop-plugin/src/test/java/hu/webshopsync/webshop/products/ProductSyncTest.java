package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ItemStatus;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.product;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withCategory;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withImage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import hu.webshopsync.api.Binding;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.webshop.text.Messages;
import hu.webshopsync.webshop.categories.CategoryResolver;
import hu.webshopsync.webshop.fixtures.FakeCategoryShop;
import hu.webshopsync.webshop.fixtures.FakeMediaShop;
import hu.webshopsync.webshop.fixtures.FakeProductShop;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.images.ImageInspector;
import hu.webshopsync.webshop.images.ImageResolver;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import hu.webshopsync.webshop.woocommerce.WooCommerceException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductSyncTest {

    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final FakeProductShop shop = new FakeProductShop();
    private final FakeCategoryShop categoryShop = new FakeCategoryShop();
    private final Cache<String, Long> categoryCache = Caffeine.newBuilder().executor(Runnable::run).build();
    private final Messages messages = new Messages(Messages.BASE_NAME, getClass().getClassLoader());
    private FakeMediaShop media = new FakeMediaShop();
    private Optional<String> warehouse = Optional.empty();
    private int parallel = 1;
    private int pageSize = 500;

    @TempDir
    Path dir;

    private SyncReport run() {
        return run(Set.of(), Map.of(), new AtomicBoolean());
    }

    private SyncReport run(Set<String> selection, Map<String, String> options, AtomicBoolean cancelled) {
        boolean full = "true".equals(options.get("full"));
        ProductSync sync = new ProductSync(shop, new CategoryResolver(categoryShop, categoryCache),
                new ImageResolver(new ImageInspector(5_000_000), media, state, full),
                new SyncOptions(warehouse, Map.of("27", "", "5", "reduced-rate"), full, parallel, pageSize,
                        100, 1_500_000),
                messages, Clock.systemUTC());
        return sync.run(host.context(state, selection, options, cancelled));
    }

    private void marked(int n) {
        for (int i = 0; i < n; i++) {
            host.add(product(String.format("SKU-%05d", i), "Termék " + i, "1000", "27", true));
        }
    }

    @Test
    void firstSyncCreatesMarkedProductsWithGrossPriceAndBindsThem() {
        host.add(product("A", "Alma", "1000", "27", true)).add(product("B", "Körte", "787.40", "27", true))
                .add(product("C", "Nem eladó", "10", "27", false));

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(2);
        assertThat(shop.byId).hasSize(2);
        assertThat(shop.bySku("A").payload.regularPrice()).isEqualTo("1270");
        assertThat(shop.bySku("B").payload.regularPrice()).isEqualTo("1000");
        assertThat(shop.bySku("A").payload.status()).isEqualTo("publish");
        assertThat(shop.bySku("A").payload.taxClass()).isEqualTo("");
        Binding a = state.binding(ProductSync.KIND, "A");
        assertThat(a.remoteId()).isEqualTo(String.valueOf(shop.bySku("A").id));
        assertThat(a.contentHash()).startsWith("1:");
        assertThat(state.binding(ProductSync.KIND, "C")).isNull();
    }

    @Test
    void repeatedSyncOfUnchangedProductsMakesNoRequest() {
        marked(250);
        run();
        int writes = shop.writeRequests();
        int lookups = shop.lookups.get();

        SyncReport again = run();

        assertThat(again.count(ItemStatus.UNCHANGED)).isEqualTo(250);
        assertThat(shop.writeRequests()).isEqualTo(writes);
        assertThat(shop.lookups.get()).isEqualTo(lookups);
    }

    @Test
    void firstSyncBatchesAtMostOneHundredWritesPerRequest() {
        marked(250);

        SyncReport report = run();

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(250);
        assertThat(shop.writeRequests()).isEqualTo(3);
        assertThat(shop.batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(100));
        // the shop was empty when the run started: one emptiness check instead of a lookup per batch
        assertThat(shop.emptinessChecks.get()).isEqualTo(1);
        assertThat(shop.lookups.get()).isZero();
    }

    @Test
    void aShopWithProductsHasItsNewSkusLookedUpBeforeCreating() {
        shop.existing("OTHER", "simple", 0);
        marked(250);

        SyncReport report = run();

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(250);
        assertThat(shop.lookups.get()).isEqualTo(3);
    }

    @Test
    void changedProductIsUpdatedAndFullResendsAll() {
        marked(3);
        run();
        host.add(product("SKU-00001", "Termék 1", "2000", "27", true));

        SyncReport changed = run();
        assertThat(changed.count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(changed.count(ItemStatus.UNCHANGED)).isEqualTo(2);
        assertThat(shop.bySku("SKU-00001").payload.regularPrice()).isEqualTo("2540");

        SyncReport full = run(Set.of(), Map.of("full", "true"), new AtomicBoolean());
        assertThat(full.count(ItemStatus.UPDATED)).isEqualTo(3);
        assertThat(shop.byId).hasSize(3);
    }

    @Test
    void netPriceOnlyWhenShopAddsTheTax() {
        shop.mode = PriceMode.NET;
        host.add(product("A", "Alma", "787.40", "27", true));

        run();

        assertThat(shop.bySku("A").payload.regularPrice()).isEqualTo("787.4");
    }

    @Test
    void existingShopProductIsAdoptedNotDuplicated() {
        FakeProductShop.Stored existing = shop.existing("A", "simple", 0);
        host.add(product("A", "Alma", "1000", "27", true));

        SyncReport report = run();

        assertThat(report.count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(shop.countWithSku("A")).isEqualTo(1);
        assertThat(state.binding(ProductSync.KIND, "A").remoteId()).isEqualTo(String.valueOf(existing.id));
        assertThat(shop.batches.get(0).get(0).id()).isEqualTo(existing.id);
    }

    @Test
    void skuOfAVariationIsNotAdopted() {
        shop.existing("V", "variation", 7);
        host.add(product("V", "Póló M", "1000", "27", true));

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(report.items()).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo("V");
            assertThat(l.status()).isEqualTo(ItemStatus.FAILED);
            assertThat(l.reason()).contains("változat");
        });
        assertThat(shop.writeRequests()).isZero();
    }

    @Test
    void duplicateSkuAnswerOnCreateAdoptsTheResourceId() {
        FakeProductShop.Stored trashed = shop.existing("A", "simple", 0);
        trashed.hiddenFromLookup = true;
        host.add(product("A", "Alma", "1000", "27", true));

        SyncReport report = run();

        assertThat(report.count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(report.count(ItemStatus.FAILED)).isZero();
        assertThat(shop.countWithSku("A")).isEqualTo(1);
        assertThat(state.binding(ProductSync.KIND, "A").remoteId()).isEqualTo(String.valueOf(trashed.id));
        assertThat(run().count(ItemStatus.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void itemErrorsOfABatchFailOnlyThoseItems() {
        marked(5);
        shop.rejectSku.put("SKU-00002", new Rejection.InvalidField("regular_price",
                FakeProductShop.says("rest_invalid_param", "Invalid parameter(s): regular_price")));

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(4);
        assertThat(report.count(ItemStatus.FAILED)).isEqualTo(1);
        assertThat(report.items()).filteredOn(i -> i.status().equals(ItemStatus.FAILED)).extracting(ItemLine::item)
                .containsExactly("SKU-00002");
        assertThat(report.items()).filteredOn(i -> i.status().equals(ItemStatus.FAILED)).first()
                .satisfies(i -> assertThat(i.reason()).contains("rest_invalid_param"));
        assertThat(report.items()).filteredOn(i -> i.status().equals(ItemStatus.CREATED)).hasSize(4);
        assertThat(state.binding(ProductSync.KIND, "SKU-00002")).isNull();

        shop.rejectSku.clear();
        SyncReport retry = run();
        assertThat(retry.count(ItemStatus.CREATED)).isEqualTo(1);
        assertThat(retry.count(ItemStatus.UNCHANGED)).isEqualTo(4);
    }

    @Test
    void credentialsRefusedAfterSomeBatchesFailTheRunAndSayHowManyWentAndThatTheNextRunGoesOn() {
        marked(250);
        shop.refuseCredentialsAfterBatches = 1;

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(100);
        assertThat(report.notes().get(0)).contains("elutasította a hozzáférést")
                .contains("Ebben a futásban 100 termék került a boltba").contains("következő futás onnan folytatja");
        assertThat(report.count(ItemStatus.FAILED)).isEqualTo(150);

        shop.refuseCredentialsAfterBatches = -1;
        SyncReport resumed = run();
        assertThat(resumed.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(resumed.count(ItemStatus.CREATED)).isEqualTo(150);
        assertThat(resumed.count(ItemStatus.UNCHANGED)).isEqualTo(100);
        assertThat(shop.byId).hasSize(250);
    }

    @Test
    void aSecondErpSkuTheShopTakesForTheSameProductFailsInsteadOfMergingTheTwo() {
        host.add(product("KOR-1", "Kör alakú tál", "1000", "27", true));
        run();
        FakeProductShop.Stored first = shop.bySku("KOR-1");
        host.add(product("KÖR-1", "Körte", "2000", "27", true));
        shop.rejectSku.put("KÖR-1", new Rejection.DuplicateSku(first.id,
                FakeProductShop.says("product_invalid_sku", "Invalid or duplicated SKU.")));

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(report.items()).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo("KÖR-1");
            assertThat(l.status()).isEqualTo(ItemStatus.FAILED);
            assertThat(l.reason()).contains("product_invalid_sku").contains("Invalid or duplicated SKU.")
                    .contains("KOR-1").contains("#" + first.id);
        });
        assertThat(state.binding(ProductSync.KIND, "KÖR-1")).isNull();
        assertThat(first.payload.name()).isEqualTo("Kör alakú tál");
        assertThat(run().count(ItemStatus.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void aLookupThatFindsTheProductOfAnotherErpSkuDoesNotAdoptIt() {
        host.add(product("KOR-1", "Kör alakú tál", "1000", "27", true));
        run();
        int writes = shop.writeRequests();
        host.add(product("kor-1", "Kisbetűs", "2000", "27", true));

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(report.items()).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo("kor-1");
            assertThat(l.reason()).contains("KOR-1").contains("kis- és nagybetűt");
        });
        assertThat(shop.writeRequests()).isEqualTo(writes);
        assertThat(shop.bySku("KOR-1").payload.name()).isEqualTo("Kör alakú tál");
    }

    @Test
    void lostAnswerOfACreateBatchIsLookedUpAndAdoptedWithoutDuplicates() {
        marked(150);
        shop.loseAnswers = 1;

        SyncReport report = run();

        assertThat(report.count(ItemStatus.FAILED)).isZero();
        assertThat(report.count(ItemStatus.CREATED) + report.count(ItemStatus.UPDATED)).isEqualTo(150);
        assertThat(report.count(ItemStatus.CREATED)).as("the lookup found what this run created").isEqualTo(150);
        assertThat(shop.byId).hasSize(150);
        for (int i = 0; i < 150; i++) {
            assertThat(shop.countWithSku(String.format("SKU-%05d", i))).isEqualTo(1);
        }
        assertThat(run().count(ItemStatus.UNCHANGED)).isEqualTo(150);
    }

    @Test
    void shopThatStopsAnsweringStopsTheRunAndTheNextRunResumesWithoutDuplicates() {
        marked(300);
        shop.failBeforeApplying = 1;
        shop.loseAnswers = 0;
        // First batch refused (503), its retry succeeds; then the shop dies for good.
        SyncReport first = run();
        assertThat(first.outcome()).isIn(Outcome.SUCCESS, Outcome.PARTIAL);

        FakeProductShop dead = shop;
        dead.failBeforeApplying = 100;
        host.add(product("SKU-99999", "Új", "1", "27", true));
        SyncReport stopped = run();
        assertThat(stopped.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(stopped.notes().get(0)).contains("nem válaszol");

        dead.failBeforeApplying = 0;
        SyncReport resumed = run();
        assertThat(resumed.count(ItemStatus.CREATED)).isEqualTo(1);
        assertThat(shop.byId).hasSize(301);
    }

    @Test
    void aFirstSyncDoesNotReadItsOwnBindingsBackToLookForProductsToUnpublish() {
        marked(3);

        run();
        assertThat(state.pagesRead).as("only: are there any bindings yet?").isEqualTo(1);

        host.add(product("SKU-00002", "Termék 2", "1000", "27", false));
        assertThat(run().count(ItemStatus.UNPUBLISHED)).isEqualTo(1);
        assertThat(state.pagesRead).isGreaterThan(2);
    }

    @Test
    void unmarkedAndDeletedProductsAreSetToDraftOnce() {
        marked(3);
        run();
        host.add(product("SKU-00000", "Termék 0", "1000", "27", false));
        host.products.remove("SKU-00001");

        SyncReport report = run();
        assertThat(report.count(ItemStatus.UNPUBLISHED)).isEqualTo(2);
        assertThat(shop.bySku("SKU-00000").payload.status()).isEqualTo("draft");
        assertThat(shop.bySku("SKU-00001").payload.status()).isEqualTo("draft");
        assertThat(state.binding(ProductSync.KIND, "SKU-00000").extra()).isEqualTo(ProductSync.DRAFT_MARKER);

        int writes = shop.writeRequests();
        SyncReport again = run();
        assertThat(again.count(ItemStatus.UNPUBLISHED)).isZero();
        assertThat(shop.writeRequests()).isEqualTo(writes);

        host.add(product("SKU-00000", "Termék 0", "1000", "27", true));
        SyncReport remarked = run();
        assertThat(remarked.count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(shop.bySku("SKU-00000").payload.status()).isEqualTo("publish");
    }

    @Test
    void productDeletedInTheShopIsCreatedAgain() {
        marked(1);
        run();
        shop.byId.clear();
        host.add(product("SKU-00000", "Termék 0", "1500", "27", true));

        SyncReport report = run();

        assertThat(report.count(ItemStatus.FAILED)).isZero();
        assertThat(shop.countWithSku("SKU-00000")).isEqualTo(1);
    }

    @Test
    void selectionSyncsOnlyThoseAndReportsUnknownOnes() {
        marked(5);

        SyncReport report = run(Set.of("SKU-00001", "NOPE"), Map.of(), new AtomicBoolean());

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(1);
        assertThat(report.count(ItemStatus.SKIPPED)).isEqualTo(1);
        assertThat(report.items()).filteredOn(i -> i.status().equals(ItemStatus.SKIPPED)).extracting(ItemLine::item)
                .containsExactly("NOPE");
    }

    @Test
    void invalidProductsAreSkippedWithAReason() {
        host.add(product("A", " ", "1000", "27", true)).add(product("B,C", "Vessző", "1", "27", true))
                .add(product("D", "Jó", "1", "27", true));

        SyncReport report = run();

        assertThat(report.count(ItemStatus.SKIPPED)).isEqualTo(2);
        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(1);
        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void stockComesFromTheConfiguredWarehouseOnly() {
        host.add(product("A", "Alma", "1000", "27", true));
        host.stock.put("KÖZPONT", Map.of("A", new StockLevel(new BigDecimal("7.9"), new BigDecimal("2"))));
        run();
        assertThat(shop.bySku("A").payload.stockQuantity()).isNull();

        warehouse = Optional.of("KÖZPONT");
        SyncReport withStock = run();
        assertThat(withStock.count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(shop.bySku("A").payload.stockQuantity()).isEqualTo(5L);
    }

    @Test
    void anUpdateSaysWhichFieldsChangedFromWhatToWhatInEitherLanguage() {
        warehouse = Optional.of("KÖZPONT");
        host.add(product("A", "Alma", "2755.91", "27", true)).add(product("B", "Körte", "1000", "27", true));
        host.stock.put("KÖZPONT", Map.of("A", new StockLevel(new BigDecimal("35"), BigDecimal.ZERO),
                "B", new StockLevel(new BigDecimal("4"), BigDecimal.ZERO)));
        SyncReport first = run();
        assertThat(first.items()).extracting(ItemLine::item, ItemLine::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", ItemStatus.CREATED),
                        org.assertj.core.groups.Tuple.tuple("B", ItemStatus.CREATED));

        host.add(product("A", "Alma", "3500", "27", true));
        host.stock.put("KÖZPONT", Map.of("A", new StockLevel(new BigDecimal("25"), BigDecimal.ZERO),
                "B", new StockLevel(new BigDecimal("4"), BigDecimal.ZERO)));
        SyncReport second = run();

        ItemLine a = second.items().get(0);
        assertThat(second.items()).hasSize(1);
        assertThat(a.item()).isEqualTo("A");
        assertThat(a.status()).isEqualTo(ItemStatus.UPDATED);
        assertThat(a.texts()).extracting(t -> messages.get(java.util.Locale.forLanguageTag("hu"), t))
                .containsExactly("ár: 3\u00a0500 → 4\u00a0445 Ft", "készlet: 35 → 25");
        assertThat(a.texts()).extracting(t -> messages.get(java.util.Locale.ENGLISH, t))
                .containsExactly("price: 3,500 → 4,445 HUF", "stock: 35 → 25");
        assertThat(a.reason()).isEqualTo("ár: 3\u00a0500 → 4\u00a0445 Ft; készlet: 35 → 25");
    }

    @Test
    void anUpdateOfABindingWithoutKeptFieldsSaysUpdatedWithoutADiff() {
        host.add(product("A", "Alma", "1000", "27", true));
        run();
        Binding old = state.binding(ProductSync.KIND, "A");
        // as a run before the fields were kept left it
        state.saveBindings(List.of(new Binding(ProductSync.KIND, "A", old.remoteId(), old.contentHash(), "")));
        host.add(product("A", "Alma", "2000", "27", true));

        SyncReport report = run();

        assertThat(report.items()).containsExactly(new ItemLine("A", ItemStatus.UPDATED, ""));
        assertThat(state.binding(ProductSync.KIND, "A").extra()).contains("\"p\":\"2540\"");
    }

    @Test
    void unknownWarehouseFailsBeforeAnythingIsSent() {
        marked(2);
        warehouse = Optional.of("NINCS");

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.notes().get(0)).contains("NINCS");
        assertThat(shop.writeRequests()).isZero();
    }

    @Test
    void refusedCredentialsFailTheRunWithNothingWritten() {
        marked(2);
        shop.priceModeFailure = new WooCommerceException(401, "woocommerce_rest_authentication_error",
                "Consumer secret is invalid.", Map.of("status", 401), null);

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.notes().get(0)).contains("API titkot");
        assertThat(shop.writeRequests()).isZero();
    }

    @Test
    void unreachableShopFailsTheRunWithNothingWritten() {
        marked(2);
        shop.priceModeFailure = new ShopUnreachableException("shop.test:443",
                ShopUnreachableException.Reason.CONNECTION_REFUSED, null, new ConnectException());

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.notes().get(0)).contains("shop.test:443");
    }

    @Test
    void cancellationStopsBetweenBatches() {
        marked(300);
        pageSize = 100;
        AtomicBoolean cancelled = new AtomicBoolean();
        FakeProductShop counting = shop;

        ProductSync sync = new ProductSync(counting, new CategoryResolver(categoryShop, categoryCache),
                new ImageResolver(new ImageInspector(1000), null, state, false),
                new SyncOptions(Optional.empty(), Map.of(), false, 1, 100, 100, 1_500_000), messages,
                Clock.systemUTC());
        var ctx = new hu.webshopsync.api.ActionContext(host, state, Set.of(), Map.of(),
                java.util.Locale.forLanguageTag("hu"), new hu.webshopsync.api.ProgressListener() {
            @Override
            public void progress(long done, long total) {
                if (done >= 100) {
                    cancelled.set(true);
                }
            }

            @Override
            public void status(String message) {
            }
        }, cancelled::get);

        SyncReport report = sync.run(ctx);

        assertThat(report.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(100);
        assertThat(state.all(ProductSync.KIND)).hasSize(100);
    }

    @Test
    void progressSaysWhatTheRunDoesAndCountsThePagesUpToTheTotal() {
        marked(250);
        pageSize = 100;
        run();
        host.add(product("SKU-00000", "Termék 0", "1000", "27", false));
        hu.webshopsync.api.ProgressListener progress = org.mockito.Mockito.mock(hu.webshopsync.api.ProgressListener.class);
        ProductSync sync = new ProductSync(shop, new CategoryResolver(categoryShop, categoryCache),
                new ImageResolver(new ImageInspector(1000), null, state, false),
                new SyncOptions(Optional.empty(), Map.of(), false, 1, 100, 100, 1_500_000), messages,
                Clock.systemUTC());

        SyncReport report = sync.run(new hu.webshopsync.api.ActionContext(host, state, Set.of(), Map.of(),
                java.util.Locale.forLanguageTag("hu"), progress, hu.webshopsync.api.Cancellation.NEVER));

        assertThat(report.count(ItemStatus.UNPUBLISHED)).isEqualTo(1);
        org.mockito.InOrder inOrder = org.mockito.Mockito.inOrder(progress);
        inOrder.verify(progress).status("Termékek összegyűjtése…");
        inOrder.verify(progress).progress(0, 249);
        inOrder.verify(progress).progress(100, 249);
        inOrder.verify(progress).progress(200, 249);
        inOrder.verify(progress).progress(249, 249);
        inOrder.verify(progress).status("Már nem webáruházas termékek visszavonása…");
        inOrder.verify(progress).progress(249, 249);
        inOrder.verifyNoMoreInteractions();
    }

    @Test
    void parallelBatchesNeverWriteOneSkuTwiceAtOnce() {
        marked(1000);
        parallel = 4;
        shop.loseAnswers = 1;

        SyncReport report = run();

        assertThat(report.count(ItemStatus.FAILED)).isZero();
        assertThat(shop.byId).hasSize(1000);
        assertThat(shop.skuWrittenConcurrently).isFalse();
        assertThat(run().count(ItemStatus.UNCHANGED)).isEqualTo(1000);
    }

    @Test
    void categoryPathBecomesNestedShopCategoriesCreatedOnce() {
        long existing = categoryShop.add("Ruházat", 0);
        host.add(withCategory(product("A", "Póló", "1000", "27", true), "Ruházat/Pólók"))
                .add(withCategory(product("B", "Póló 2", "1000", "27", true), "ruházat // Pólók "));

        run();

        long polok = shop.bySku("A").payload.categoryIds().get(0);
        assertThat(categoryShop.byId().get(polok).parent()).isEqualTo(existing);
        assertThat(shop.bySku("B").payload.categoryIds()).containsExactly(polok);
        assertThat(categoryShop.creates).isEqualTo(1);
    }

    @Test
    void aFirstSyncAsksForTheShopsStateOnceWhileItReadsTheTaxSettings() {
        parallel = 4;
        categoryShop.add("Kert", 0);
        for (int i = 0; i < 30; i++) {
            host.add(withCategory(product("P" + (100 + i), "Termék " + i, "1000", "27", true), "Kert/Öntözés"));
        }

        assertThat(run().count(ItemStatus.CREATED)).isEqualTo(30);
        assertThat(shop.emptinessChecks.get()).isEqualTo(1);
        assertThat(categoryShop.pageReads).isEqualTo(1);
        assertThat(categoryShop.batchRequests).isEqualTo(1);
        assertThat(shop.lookups.get()).isZero();

        host.add(withCategory(product("P200", "Új", "1000", "27", true), "Kert/Öntözés"));
        assertThat(run().count(ItemStatus.CREATED)).isEqualTo(1);
        assertThat(shop.emptinessChecks.get()).as("asked again, lazily, for the new SKU").isEqualTo(2);
        assertThat(categoryShop.pageReads).as("the category ids are cached").isEqualTo(1);
    }

    @Test
    void aPagesNewCategoriesCostOneBatchRequestPerLevel() {
        for (int i = 0; i < 40; i++) {
            host.add(withCategory(product("P" + (100 + i), "Termék " + i, "1000", "27", true),
                    "Csoport " + (i % 4) + (i % 3 == 0 ? "" : "/Al " + (i % 5))));
        }

        SyncReport report = run();

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(40);
        assertThat(categoryShop.batchRequests).isEqualTo(2);
        assertThat(categoryShop.singleRequests).isZero();
        var byId = categoryShop.byId();
        long leaf = shop.bySku("P101").payload.categoryIds().get(0);
        assertThat(byId.get(leaf).name()).isEqualTo("Al 1");
        assertThat(byId.get(byId.get(leaf).parent()).name()).isEqualTo("Csoport 1");
    }

    @Test
    void aCategoryTheShopRefusesFailsOnlyItsProductsWithTheShopsReason() {
        categoryShop.refused.add("Tiltott");
        host.add(withCategory(product("A", "Póló", "1000", "27", true), "Ruházat/Tiltott"))
                .add(withCategory(product("B", "Póló 2", "1000", "27", true), "Ruházat/Tiltott"))
                .add(withCategory(product("C", "Ing", "1000", "27", true), "Ruházat/Ingek"));

        SyncReport report = run();

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(1);
        assertThat(report.items()).filteredOn(i -> i.status().equals(ItemStatus.FAILED))
                .extracting(ItemLine::item).containsExactly("A", "B");
        assertThat(report.items()).filteredOn(i -> i.status().equals(ItemStatus.FAILED)).allSatisfy(i ->
                assertThat(i.reason()).contains("Ruházat/Tiltott").contains("invalid_term"));
        assertThat(categoryShop.singleRequests).as("asked alone once per page, not per product").isEqualTo(1);
    }

    @Test
    void credentialsRefusedWhileCategoriesAreCreatedStopTheRunInsteadOfFailingEachProduct() {
        categoryShop.credentialsRevoked = true;
        for (int i = 0; i < 40; i++) {
            host.add(withCategory(product("K" + i, "Kalap " + i, "1000", "27", true), "Ruházat/Sapkák"));
        }
        host.add(product("N", "Kategória nélkül", "1000", "27", true));

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.notes().get(0)).contains("elutasította a hozzáférést").contains("a futás leállt")
                .contains("Ebben a futásban 0 termék került a boltba");
        assertThat(report.count(ItemStatus.FAILED)).isEqualTo(41);
        assertThat(report.items()).allSatisfy(i -> assertThat(i.reason()).doesNotContain("kategória"));
        assertThat(categoryShop.singleRequests).as("no product asks for its category alone").isZero();
        assertThat(shop.batches).isEmpty();
    }

    @Test
    void categoryGoneInTheShopIsRecreatedAndTheProductRetriedOnce() {
        host.add(withCategory(product("A", "Póló", "1000", "27", true), "Ruházat"));
        run();
        long old = shop.bySku("A").payload.categoryIds().get(0);
        categoryShop.delete(old);
        host.add(withCategory(product("A", "Póló", "1200", "27", true), "Ruházat"));
        // The shop refuses the stale category once; the retry carries the re-created one.
        shop.rejectSku.put("A", new Rejection.CategoryGone(
                FakeProductShop.says("woocommerce_rest_term_invalid", "Resource does not exist.")));
        ProductShop refusingOnce = new ProductShop() {
            @Override
            public PriceMode priceMode() {
                return shop.priceMode();
            }

            @Override
            public List<ShopProduct> findBySkus(List<String> skus) {
                return shop.findBySkus(skus);
            }

            @Override
            public boolean isEmpty() {
                return shop.isEmpty();
            }

            @Override
            public List<WriteResult> write(List<ProductWrite> writes) {
                List<WriteResult> results = shop.write(writes);
                shop.rejectSku.clear();
                return results;
            }
        };

        SyncReport report = new ProductSync(refusingOnce, new CategoryResolver(categoryShop, categoryCache),
                new ImageResolver(new ImageInspector(1000), null, state, false),
                SyncOptions.of(Optional.empty(), Map.of(), false, 1), messages, Clock.systemUTC())
                .run(host.context(state, Set.of(), Map.of(), new AtomicBoolean()));

        assertThat(report.count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(report.count(ItemStatus.FAILED)).isZero();
        long fresh = shop.bySku("A").payload.categoryIds().get(0);
        assertThat(fresh).isNotEqualTo(old);
        assertThat(categoryShop.byId()).containsKey(fresh);
        assertThat(shop.bySku("A").payload.regularPrice()).isEqualTo("1524");
    }

    @Test
    void tenThousandProductsFirstSyncIsOneHundredWritesAndTheRepeatIsNone() {
        marked(10_000);
        parallel = 4;

        SyncReport first = run();
        int writes = shop.writeRequests();
        SyncReport again = run();

        assertThat(first.count(ItemStatus.CREATED)).isEqualTo(10_000);
        assertThat(writes).isEqualTo(100);
        assertThat(again.count(ItemStatus.UNCHANGED)).isEqualTo(10_000);
        assertThat(shop.writeRequests()).isEqualTo(writes);
    }

    @Test
    void imageIsUploadedOnceAndReuploadedOnlyWhenItsContentChanges() throws IOException {
        Path image = dir.resolve("alma.png");
        Files.copy(Path.of("src/test/resources/images/red.png"), image);
        host.add(withImage(product("Á-1", "Alma", "1000", "27", true), image));

        run();
        assertThat(media.uploads).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches("A-1-[0-9a-f]{16}\\.png:PNG");
        long mediaId = shop.bySku("Á-1").payload.imageIds().get(0);
        assertThat(state.binding(ImageResolver.KIND, "Á-1").remoteId()).isEqualTo(String.valueOf(mediaId));

        assertThat(run().count(ItemStatus.UNCHANGED)).isEqualTo(1);
        Files.setLastModifiedTime(image, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertThat(run().count(ItemStatus.UNCHANGED)).isEqualTo(1);
        assertThat(media.uploads).hasSize(1);

        Files.copy(Path.of("src/test/resources/images/blue.jpg"), image, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SyncReport changed = run();
        assertThat(changed.count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(media.uploads).hasSize(2);
        assertThat(shop.bySku("Á-1").payload.imageIds()).doesNotContain(mediaId);
    }

    @Test
    void imagesOfAPageAreUploadedInParallelEachOnceAndTheirBindingsSavedTogether() {
        parallel = 3;
        for (int i = 0; i < 20; i++) {
            host.add(withImage(product(String.format("K-%02d", i), "Kép " + i, "1000", "27", true),
                    Path.of("src/test/resources/images/" + (i % 2 == 0 ? "red.png" : "blue.jpg"))));
        }
        media.rendezvous = new java.util.concurrent.CountDownLatch(2);

        int savesBefore = state.saveCalls;
        SyncReport report = run();

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(20);
        assertThat(media.uploads).hasSize(20).doesNotHaveDuplicates();
        assertThat(media.maxInFlight()).isBetween(2, 3);
        assertThat(state.all(ImageResolver.KIND)).hasSize(20);
        assertThat(shop.bySku("K-07").payload.imageIds()).containsExactly(
                Long.valueOf(state.binding(ImageResolver.KIND, "K-07").remoteId()));
        // an intent before each upload, one save of the page's 20 media bindings, one per product batch
        assertThat(state.saveCalls - savesBefore).isEqualTo(20 + 2);

        assertThat(run().count(ItemStatus.UNCHANGED)).isEqualTo(20);
        assertThat(media.attempts()).isEqualTo(20);
    }

    @Test
    void refusedImageCredentialsStopTheUploadsButNotTheProducts() {
        parallel = 3;
        for (int i = 0; i < 30; i++) {
            host.add(withImage(product(String.format("K-%02d", i), "Kép " + i, "1000", "27", true),
                    Path.of("src/test/resources/images/red.png")));
        }
        media.refuseCredentials = true;

        SyncReport report = run();

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(30);
        assertThat(media.attempts()).as("only those already in flight").isLessThanOrEqualTo(3);
        assertThat(report.notes()).filteredOn(n -> n.contains("401")).hasSize(1);
        assertThat(state.all(ImageResolver.KIND)).isEmpty();
    }

    @Test
    void unsupportedImageIsReportedAndTheProductStillSyncsWithoutTouchingImages() {
        host.add(withImage(product("A", "Alma", "1000", "27", true), Path.of("src/test/resources/images/green.gif")))
                .add(withImage(product("B", "Körte", "1000", "27", true), Path.of("src/test/resources/images/fake.png")))
                .add(withImage(product("C", "Szilva", "1000", "27", true), dir.resolve("missing.jpg")));

        SyncReport report = run();

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(3);
        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.items()).extracting(ItemLine::status).containsOnly(ItemStatus.WARNING, ItemStatus.CREATED);
        assertThat(report.items()).filteredOn(i -> i.status().equals(ItemStatus.WARNING)).extracting(ItemLine::reason)
                .anySatisfy(r -> assertThat(r).contains("GIF"))
                .anySatisfy(r -> assertThat(r).contains("fake.png").contains("nem kép"))
                .anySatisfy(r -> assertThat(r).contains("nem található"));
        assertThat(shop.bySku("A").payload.imageIds()).isNull();
        assertThat(media.uploads).isEmpty();
    }

    @Test
    void withoutImageCredentialsOneWarningPerRun() {
        media = null;
        host.add(withImage(product("A", "Alma", "1000", "27", true), Path.of("src/test/resources/images/red.png")))
                .add(withImage(product("B", "Körte", "1000", "27", true), Path.of("src/test/resources/images/blue.jpg")));

        SyncReport report = run();

        assertThat(report.count(ItemStatus.CREATED)).isEqualTo(2);
        assertThat(report.notes()).filteredOn(n -> n.contains("WordPress")).hasSize(1);
        assertThat(report.items()).extracting(ItemLine::status).containsOnly(ItemStatus.CREATED);
    }

    @Test
    void productsSentWithoutACategoryAreNamedOnceInTheReport() {
        host.add(product("A", "Alma", "1000", "27", true))
                .add(withCategory(product("B", "Körte", "1000", "27", true), "Gyümölcs"));

        SyncReport first = run();
        SyncReport again = run();

        assertThat(first.notes()).singleElement().asString().contains("1 termék kategória nélkül").contains("(A)");
        assertThat(again.notes()).isEmpty();
    }

    @Test
    void aSecondConcurrentRunIsRefused() {
        marked(1);
        var lock = state.tryLock("webshop.product-sync", java.time.Duration.ofMinutes(1));
        assertThat(lock).isPresent();

        SyncReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(shop.writeRequests()).isZero();
    }
}
