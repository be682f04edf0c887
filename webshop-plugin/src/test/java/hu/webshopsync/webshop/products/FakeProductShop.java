package hu.webshopsync.webshop.products;

import hu.webshopsync.webshop.shop.ShopUnreachableException;
import hu.webshopsync.webshop.woocommerce.WooCommerceException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WooCommerce-like shop in memory, with WooCommerce's batch semantics (per-item errors in a
 * successful answer, duplicate SKU → product_invalid_sku with resource_id) and injectable faults.
 */
final class FakeProductShop implements ProductShop {

    static final class Stored {
        final long id;
        final String sku;
        final String type;
        final long parentId;
        ProductPayload payload;
        boolean hiddenFromLookup;

        Stored(long id, String sku, String type, long parentId) {
            this.id = id;
            this.sku = sku;
            this.type = type;
            this.parentId = parentId;
        }
    }

    final Map<Long, Stored> byId = new ConcurrentHashMap<>();
    final List<List<ProductWrite>> batches = new ArrayList<>();
    final Map<String, WooCommerceException> rejectSku = new HashMap<>();
    final AtomicInteger lookups = new AtomicInteger();
    final AtomicInteger emptinessChecks = new AtomicInteger();
    PriceMode mode = PriceMode.GROSS;
    RuntimeException priceModeFailure;
    /** Batches that are carried out but whose answer is lost. */
    int loseAnswers;
    /** Batches refused before anything is stored. */
    int failBeforeApplying;
    /** When ≥ 0: batches after this many are refused with 401, as a shop whose keys were revoked. */
    int refuseCredentialsAfterBatches = -1;
    private long nextId = 100;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    volatile boolean skuWrittenConcurrently;

    synchronized Stored existing(String sku, String type, long parentId) {
        Stored s = new Stored(nextId++, sku, type, parentId);
        byId.put(s.id, s);
        return s;
    }

    long countWithSku(String sku) {
        return byId.values().stream().filter(s -> s.sku.equalsIgnoreCase(sku)).count();
    }

    Stored bySku(String sku) {
        return byId.values().stream().filter(s -> s.sku.equalsIgnoreCase(sku)).findFirst().orElseThrow();
    }

    synchronized int writeRequests() {
        return batches.size();
    }

    @Override
    public PriceMode priceMode() {
        if (priceModeFailure != null) {
            throw priceModeFailure;
        }
        return mode;
    }

    @Override
    public List<ShopProduct> findBySkus(List<String> skus) {
        lookups.incrementAndGet();
        if (skus.size() > MAX_BATCH) {
            throw new AssertionError("lookup of more than 100 SKUs");
        }
        Set<String> wanted = new HashSet<>();
        skus.forEach(s -> wanted.add(s.toLowerCase(Locale.ROOT)));
        return byId.values().stream().filter(s -> !s.hiddenFromLookup && wanted.contains(s.sku.toLowerCase(Locale.ROOT)))
                .map(s -> new ShopProduct(s.id, s.sku, s.type, s.parentId)).toList();
    }

    @Override
    public boolean isEmpty() {
        emptinessChecks.incrementAndGet();
        return byId.isEmpty();
    }

    @Override
    public List<WriteResult> write(List<ProductWrite> writes) {
        if (writes.size() > MAX_BATCH) {
            throw new AssertionError("batch of more than 100");
        }
        synchronized (this) {
            batches.add(List.copyOf(writes));
        }
        for (ProductWrite w : writes) {
            if (!inFlight.add(w.sku())) {
                skuWrittenConcurrently = true;
            }
        }
        try {
            Thread.sleep(2);
            synchronized (this) {
                if (refuseCredentialsAfterBatches >= 0 && batches.size() > refuseCredentialsAfterBatches) {
                    throw new WooCommerceException(401, "woocommerce_rest_authentication_error",
                            "Consumer secret is invalid.", Map.of("status", 401), null);
                }
                if (failBeforeApplying > 0) {
                    failBeforeApplying--;
                    throw new WooCommerceException(503, "service_unavailable", "busy", Map.of(), null);
                }
            }
            List<WriteResult> results = new ArrayList<>();
            for (ProductWrite w : writes) {
                results.add(apply(w));
            }
            synchronized (this) {
                if (loseAnswers > 0) {
                    loseAnswers--;
                    throw new ShopUnreachableException("shop.test", ShopUnreachableException.Reason.READ_TIMEOUT,
                            null, new HttpTimeoutException("request timed out"));
                }
            }
            return results;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            writes.forEach(w -> inFlight.remove(w.sku()));
        }
    }

    private synchronized WriteResult apply(ProductWrite w) {
        WooCommerceException reject = rejectSku.get(w.sku());
        if (reject != null) {
            return new Rejected(reject);
        }
        if (w.create()) {
            for (Stored s : byId.values()) {
                if (s.sku.equalsIgnoreCase(w.sku())) {
                    return new Rejected(new WooCommerceException(400, "product_invalid_sku", "Invalid or duplicated SKU.",
                            Map.of("status", 400, "resource_id", s.id), null));
                }
            }
            Stored s = existing(w.sku(), "simple", 0);
            s.payload = w.payload();
            return new Written(s.id, w.payload().categoryIds() == null ? List.of() : w.payload().categoryIds());
        }
        Stored s = byId.get(w.id());
        if (s == null) {
            return new Rejected(new WooCommerceException(400, "woocommerce_rest_product_invalid_id", "Invalid ID.",
                    Map.of("status", 400), null));
        }
        s.payload = merge(s.payload, w.payload());
        return new Written(s.id, w.payload().categoryIds() == null ? List.of() : w.payload().categoryIds());
    }

    private static ProductPayload merge(ProductPayload old, ProductPayload p) {
        if (old == null) {
            return p;
        }
        return new ProductPayload(p.name() != null ? p.name() : old.name(),
                p.regularPrice() != null ? p.regularPrice() : old.regularPrice(),
                p.taxClass() != null ? p.taxClass() : old.taxClass(),
                p.description() != null ? p.description() : old.description(),
                p.categoryIds() != null ? p.categoryIds() : old.categoryIds(),
                p.stockQuantity() != null ? p.stockQuantity() : old.stockQuantity(),
                p.imageIds() != null ? p.imageIds() : old.imageIds(), p.status() != null ? p.status() : old.status());
    }
}
