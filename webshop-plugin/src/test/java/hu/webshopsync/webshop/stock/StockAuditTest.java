package hu.webshopsync.webshop.stock;

import static hu.webshopsync.webshop.fixtures.InMemoryHost.product;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Binding;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.webshop.fixtures.FakeProductShop;
import hu.webshopsync.webshop.fixtures.FakeStockShop;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.products.ProductPayload;
import hu.webshopsync.webshop.products.ProductShop;
import hu.webshopsync.webshop.products.ProductSync;
import hu.webshopsync.webshop.text.Messages;
import hu.webshopsync.webshop.woocommerce.WooCommerceException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StockAuditTest {

    private static final String WAREHOUSE = "KÖZPONT";

    private final Messages messages = new Messages(Messages.BASE_NAME, StockAuditTest.class.getClassLoader());
    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final FakeProductShop shop = new FakeProductShop();
    private final FakeStockShop stock = new FakeStockShop(shop);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    StockAuditTest() {
        host.stock.put(WAREHOUSE, new HashMap<>());
    }

    /** An ERP product marked Webáruházas, bound to a shop product holding {@code inShop}. */
    private FakeProductShop.Stored sold(String sku, long onHand, long reserved, Long inShop) {
        host.add(product(sku, "Termék " + sku, "1000", "27", true));
        host.stock.get(WAREHOUSE).put(sku, new StockLevel(BigDecimal.valueOf(onHand), BigDecimal.valueOf(reserved)));
        FakeProductShop.Stored s = shop.existing(sku, "simple", 0);
        s.payload = new ProductPayload("Termék " + sku, "1270", "", "leírás", null, inShop, null, "publish");
        state.saveBindings(List.of(new Binding(ProductSync.KIND, sku, Long.toString(s.id), "hash", "")));
        return s;
    }

    private ActionResult audit(boolean fix, Set<String> selection) {
        StockPorts ports = new StockPorts("shop.test", stock, shop);
        var ctx = host.context(state, selection, fix ? Map.of("fix", "true") : Map.of(), cancelled);
        return new StockAudit(ports, WAREHOUSE, fix, messages, Locale.forLanguageTag("hu")).run(ctx);
    }

    private static ItemLine line(ActionResult result, String sku) {
        return result.items().stream().filter(l -> l.item().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void reportsEachKindOfFindingAndWritesNothing() {
        sold("A-1", 5, 0, 5L);
        sold("A-2", 7, 2, 9L);             // sellable 5, shop 9
        sold("A-3", 3, 0, null);           // stock not managed in the shop
        FakeProductShop.Stored gone = sold("A-4", 1, 0, 1L);
        shop.byId.remove(gone.id);         // deleted in the shop
        shop.existing("SHOP-ONLY", "simple", 0);

        ActionResult result = audit(false, Set.of());

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.UNCHANGED, 1).containsEntry(ItemStatus.STOCK_DIFFERS, 1)
                .containsEntry(ItemStatus.NOT_MANAGED, 1).containsEntry(ItemStatus.MISSING_IN_SHOP, 1)
                .containsEntry(ItemStatus.UNKNOWN_IN_ERP, 1).containsEntry(ItemStatus.FIXED, 0);
        assertThat(line(result, "A-2").status()).isEqualTo(ItemStatus.STOCK_DIFFERS);
        assertThat(line(result, "A-2").reason()).isEqualTo("bolt: 9, ERP: 5");
        assertThat(line(result, "A-3").status()).isEqualTo(ItemStatus.NOT_MANAGED);
        assertThat(line(result, "A-4").status()).isEqualTo(ItemStatus.MISSING_IN_SHOP);
        assertThat(line(result, "SHOP-ONLY").status()).isEqualTo(ItemStatus.UNKNOWN_IN_ERP);
        assertThat(result.message()).contains("semmi nem változott").contains("fix=true");
        assertThat(shop.writeRequests()).isZero();
    }

    @Test
    void sellableStockIsOnHandLessReservedFlooredAndNeverNegative() {
        host.add(product("F-1", "Tört", "1000", "27", true));
        host.stock.get(WAREHOUSE).put("F-1", new StockLevel(new BigDecimal("4.7"), new BigDecimal("0.5")));
        FakeProductShop.Stored s = shop.existing("F-1", "simple", 0);
        s.payload = new ProductPayload(null, null, null, null, null, 4L, null, null);
        state.saveBindings(List.of(new Binding(ProductSync.KIND, "F-1", Long.toString(s.id), "", "")));
        sold("N-1", 1, 3, 0L);

        assertThat(audit(false, Set.of()).counts()).containsEntry(ItemStatus.UNCHANGED, 2)
                .containsEntry(ItemStatus.STOCK_DIFFERS, 0);
    }

    @Test
    void fixSendsTheErpStockOfTheDifferencesOnlyInBatchesOfAHundred() {
        for (int i = 0; i < 150; i++) {
            sold(String.format("D-%03d", i), 10, 0, 3L);
        }
        sold("OK-1", 4, 0, 4L);
        sold("NM-1", 4, 0, null);

        ActionResult result = audit(true, Set.of());

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.FIXED, 150).containsEntry(ItemStatus.STOCK_DIFFERS, 0)
                .containsEntry(ItemStatus.NOT_MANAGED, 1).containsEntry(ItemStatus.UNCHANGED, 1);
        assertThat(shop.batches).hasSize(2).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(100));
        List<ProductShop.ProductWrite> writes = shop.batches.stream().flatMap(List::stream).toList();
        assertThat(writes).hasSize(150).allSatisfy(w -> {
            assertThat(w.create()).isFalse();
            assertThat(w.payload()).isEqualTo(new ProductPayload(null, null, null, null, null, 10L, null, null));
        });
        assertThat(shop.bySku("D-007").payload.stockQuantity()).isEqualTo(10L);
        assertThat(shop.bySku("D-007").payload.name()).isEqualTo("Termék D-007");
        assertThat(line(result, "D-007").reason()).isEqualTo("bolt: 3 → 10 (ERP)");
        assertThat(result.message()).contains("Javítva: 150");

        shop.batches.clear();
        ActionResult again = audit(false, Set.of());
        assertThat(again.counts()).containsEntry(ItemStatus.UNCHANGED, 151).containsEntry(ItemStatus.STOCK_DIFFERS, 0);
    }

    @Test
    void aProductTheShopRefusesIsAFailedFixAndTheRunPartial() {
        sold("R-1", 2, 0, 1L);
        sold("R-2", 2, 0, 1L);
        shop.rejectSku.put("R-2", new hu.webshopsync.webshop.products.Rejection.Other(
                FakeProductShop.says("rest_invalid_param", "Invalid parameter(s): stock_quantity")));

        ActionResult result = audit(true, Set.of());

        assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(line(result, "R-1").status()).isEqualTo(ItemStatus.FIXED);
        assertThat(line(result, "R-2").status()).isEqualTo(ItemStatus.FAILED);
        assertThat(line(result, "R-2").reason()).contains("bolt: 1, ERP: 2").contains("stock_quantity");
    }

    @Test
    void unmarkedDraftedAndUnselectedProductsAreNotFindings() {
        sold("S-1", 2, 0, 1L);
        FakeProductShop.Stored drafted = sold("S-2", 2, 0, 1L);
        state.saveBindings(List.of(new Binding(ProductSync.KIND, "S-2", Long.toString(drafted.id), "h",
                ProductSync.DRAFT_MARKER)));
        sold("S-3", 2, 0, 1L);
        host.add(product("S-3", "Már nem eladó", "1000", "27", false));
        sold("S-4", 2, 0, 1L);
        shop.existing("SHOP-ONLY", "simple", 0);

        ActionResult all = audit(false, Set.of());
        assertThat(all.items()).extracting(ItemLine::item).containsExactlyInAnyOrder("S-1", "S-4", "SHOP-ONLY");

        ActionResult selected = audit(false, Set.of("S-4"));
        assertThat(selected.items()).extracting(ItemLine::item).containsExactly("S-4");
    }

    @Test
    void refusedKeysFailTheRunSoTheScheduleStops() {
        sold("K-1", 2, 0, 1L);
        stock.failure = new WooCommerceException(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.",
                Map.of("status", 401), null);

        ActionResult result = audit(false, Set.of());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.failure()).isEqualTo(FailureKind.CREDENTIALS_REFUSED);
        assertThat(result.message()).startsWith("A készlet ellenőrzése leállt");
    }

    @Test
    void aCancelledAuditReportsWhatItCheckedAndStopsReading() {
        for (int i = 0; i < 250; i++) {
            sold(String.format("C-%03d", i), 1, 0, 1L);
        }
        stock.failure = null;
        cancelled.set(true);

        ActionResult result = audit(false, Set.of());

        assertThat(result.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(stock.pagesRead).isZero();
    }

    @Test
    void aSecondAuditWhileOneRunsIsRefusedAsBusy() {
        var held = state.tryLock(StockAudit.LOCK, StockAudit.LEASE).orElseThrow();
        try {
            ActionResult result = audit(false, Set.of());
            assertThat(result.failure()).isEqualTo(FailureKind.BUSY);
        } finally {
            held.close();
        }
    }
}
