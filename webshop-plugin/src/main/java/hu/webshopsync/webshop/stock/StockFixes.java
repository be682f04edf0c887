package hu.webshopsync.webshop.stock;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.products.ProductPayload;
import hu.webshopsync.webshop.products.ProductShop;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.shop.ShopException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The corrections of an audit run with {@code fix}: the ERP's stock for each difference, sent in
 * batches of at most {@link ProductShop#MAX_BATCH} through the product port's batch write, with the
 * stock fields only, so that nothing else of the product changes in the shop.
 */
final class StockFixes {

    /**
     * One difference to correct.
     *
     * @param sku  the ERP's SKU
     * @param id   the shop product
     * @param shop the shop's stock now
     * @param erp  the ERP's sellable stock
     */
    record Difference(String sku, long id, long shop, long erp) {
    }

    private final ProductShop products;
    private final AuditReport report;
    private final List<Difference> queued = new ArrayList<>();
    private ShopException refused;

    StockFixes(ProductShop products, AuditReport report) {
        this.products = products;
        this.report = report;
    }

    /** Queues a difference, sending a batch once it is full. */
    void add(Difference difference) {
        queued.add(difference);
        if (queued.size() >= ProductShop.MAX_BATCH) {
            flush();
        }
    }

    /** Sends what is queued. */
    void flush() {
        if (queued.isEmpty()) {
            return;
        }
        List<Difference> batch = List.copyOf(queued);
        queued.clear();
        if (refused != null) {
            batch.forEach(d -> failed(d, ShopErrors.phrase(refused)));
            return;
        }
        List<ProductShop.WriteResult> results;
        try {
            results = products.write(batch.stream().map(StockFixes::write).toList());
        } catch (ShopException e) {
            if (e.credentialsRefused()) {
                refused = e;
            }
            batch.forEach(d -> failed(d, ShopErrors.phrase(e)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Difference d = batch.get(i);
            ProductShop.WriteResult result = i < results.size() ? results.get(i) : null;
            if (result instanceof ProductShop.Written) {
                report.line(d.sku(), ItemStatus.FIXED, LocalizedText.of("audit.fixedLine", d.shop(), d.erp()));
            } else if (result instanceof ProductShop.Rejected rejected) {
                failed(d, rejected.reason().shopSays());
            } else {
                failed(d, LocalizedText.of("audit.noAnswer"));
            }
        }
    }

    /** @return the refusal of the shop's credentials, once a batch met it */
    Optional<ShopException> credentialsRefused() {
        return Optional.ofNullable(refused);
    }

    private void failed(Difference d, LocalizedText why) {
        report.line(d.sku(), ItemStatus.FAILED, LocalizedText.of("audit.fixFailed", d.shop(), d.erp(), why));
    }

    private static ProductShop.ProductWrite write(Difference d) {
        return new ProductShop.ProductWrite(d.sku(), d.id(),
                new ProductPayload(null, null, null, null, null, d.erp(), null, null));
    }
}
