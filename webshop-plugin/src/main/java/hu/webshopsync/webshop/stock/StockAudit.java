package hu.webshopsync.webshop.stock;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.StateLock;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.webshop.products.ProductSync;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.shop.ShopException;
import hu.webshopsync.webshop.text.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One run of <b>Készlet ellenőrzés</b>: walks every shop product in pages of {@link StockShop#PAGE_SIZE}
 * and compares the stock of those bound to ERP products still marked Webáruházas with the ERP's
 * sellable stock ({@link StockLevel#available()}) in the configured warehouse. It reports each
 * difference, each shop SKU the ERP does not know, each bound product the shop no longer has and each
 * product whose stock the shop does not track. Only with {@code fix} does it write, and then only the
 * stock of the differences ({@link StockFixes}).
 *
 * <p>One instance per run.
 */
final class StockAudit {

    static final String LOCK = "webshop.stock-audit";
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final int ERP_LOOKUP = 100;

    private final StockPorts shop;
    private final String warehouse;
    private final boolean fix;
    private final AuditReport report;

    StockAudit(StockPorts shop, String warehouse, boolean fix, Messages messages, Locale locale) {
        this.shop = shop;
        this.warehouse = warehouse;
        this.fix = fix;
        this.report = new AuditReport(messages, locale);
    }

    ActionResult run(ActionContext ctx) {
        if (!ctx.host().inventory().warehouses().contains(warehouse)) {
            return report.failed(LocalizedText.of("sync.noWarehouse", warehouse), FailureKind.SETTINGS_UNUSABLE);
        }
        Optional<StateLock> taken = ctx.state().tryLock(LOCK, LEASE);
        if (taken.isEmpty()) {
            return report.failed(LocalizedText.of("audit.locked"), FailureKind.BUSY);
        }
        try (StateLock lock = taken.get()) {
            return walk(ctx, lock);
        }
    }

    private ActionResult walk(ActionContext ctx, StateLock lock) {
        Map<Long, String> bound = BoundProducts.read(ctx.state(), ctx.selection());
        StockFixes fixes = new StockFixes(shop.products(), report);
        int total = bound.size();
        int seen = 0;
        ctx.progress().progress(0, total);
        for (int page = 1; ; page++) {
            if (ctx.cancellation().isCancelled()) {
                fixes.flush();
                return report.finish(Outcome.CANCELLED, fix, warehouse);
            }
            List<StockShop.ShopStock> products;
            try {
                products = shop.stock().page(page);
            } catch (ShopException e) {
                fixes.flush();
                return report.failed(LocalizedText.of("audit.cannotRead", ShopErrors.phrase(e)),
                        e.credentialsRefused() ? FailureKind.CREDENTIALS_REFUSED : FailureKind.TRANSIENT);
            }
            seen += compare(ctx, products, bound, fixes);
            ctx.progress().progress(Math.min(seen, total), total);
            if (products.size() < StockShop.PAGE_SIZE) {
                break;
            }
            try {
                lock.renew();
            } catch (IllegalStateException e) {
                fixes.flush();
                return report.failed(LocalizedText.of("audit.lockLost"), FailureKind.BUSY);
            }
        }
        missingInShop(ctx, bound);
        fixes.flush();
        if (fixes.credentialsRefused().isPresent()) {
            return report.failed(LocalizedText.of("audit.fixRefused",
                    ShopErrors.phrase(fixes.credentialsRefused().get())), FailureKind.CREDENTIALS_REFUSED);
        }
        ctx.progress().progress(total, total);
        return report.finish(report.count(ItemStatus.FAILED) > 0 ? Outcome.PARTIAL : Outcome.SUCCESS, fix,
                warehouse);
    }

    /** Compares one page; the bound products it meets leave {@code bound}. @return how many were bound */
    private int compare(ActionContext ctx, List<StockShop.ShopStock> page, Map<Long, String> bound,
                        StockFixes fixes) {
        Map<String, StockShop.ShopStock> mine = new TreeMap<>();
        List<StockShop.ShopStock> others = new ArrayList<>();
        for (StockShop.ShopStock p : page) {
            String sku = bound.remove(p.id());
            if (sku != null) {
                mine.put(sku, p);
            } else if (!p.sku().isBlank() && ctx.selection().isEmpty()) {
                others.add(p);
            }
        }
        Set<String> lookUp = new HashSet<>(mine.keySet());
        others.forEach(p -> lookUp.add(p.sku()));
        Map<String, Product> erp = lookUp.isEmpty() ? Map.of() : ctx.host().products().bySkus(lookUp);
        List<String> sold = mine.keySet().stream().filter(sku -> isMarked(erp.get(sku))).toList();
        Map<String, StockLevel> levels = sold.isEmpty() ? Map.of()
                : ctx.host().inventory().levels(warehouse, sold);
        for (String sku : sold) {
            StockShop.ShopStock p = mine.get(sku);
            long available = levels.getOrDefault(sku, StockLevel.ZERO).available();
            if (!p.managed()) {
                report.line(sku, ItemStatus.NOT_MANAGED, LocalizedText.of("audit.notManaged", p.id(), available));
            } else if (p.quantity() == null || p.quantity() != available) {
                long inShop = p.quantity() == null ? 0 : p.quantity();
                if (fix) {
                    fixes.add(new StockFixes.Difference(sku, p.id(), inShop, available));
                } else {
                    report.line(sku, ItemStatus.STOCK_DIFFERS, LocalizedText.of("audit.differs", inShop, available));
                }
            } else {
                report.matches();
            }
        }
        for (StockShop.ShopStock p : others) {
            if (!erp.containsKey(p.sku())) {
                report.line(p.sku(), ItemStatus.UNKNOWN_IN_ERP, LocalizedText.of("audit.unknownInErp", p.id()));
            }
        }
        return mine.size();
    }

    /** The bound products the walk did not meet, among those the ERP still sells. */
    private void missingInShop(ActionContext ctx, Map<Long, String> bound) {
        Map<String, Long> bySku = new TreeMap<>();
        bound.forEach((id, sku) -> bySku.put(sku, id));
        List<String> skus = new ArrayList<>(bySku.keySet());
        for (int from = 0; from < skus.size(); from += ERP_LOOKUP) {
            List<String> chunk = skus.subList(from, Math.min(skus.size(), from + ERP_LOOKUP));
            Map<String, Product> erp = ctx.host().products().bySkus(chunk);
            for (String sku : chunk) {
                if (isMarked(erp.get(sku))) {
                    report.line(sku, ItemStatus.MISSING_IN_SHOP, LocalizedText.of("audit.missingInShop", bySku.get(sku)));
                }
            }
        }
    }

    /** A bound product the ERP deleted or no longer sells is the product sync's to take off sale, not a finding. */
    private static boolean isMarked(Product product) {
        return product != null && product.field(ProductSync.FIELD_KEY)
                .map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }
}
