package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.products.PriceMode;
import hu.webshopsync.webshop.products.ProductPayload;
import hu.webshopsync.webshop.products.ProductShop;
import hu.webshopsync.webshop.products.Rejection;
import hu.webshopsync.webshop.products.SkuCollation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@link ProductShop} over the WooCommerce REST API: the one place where a product payload becomes
 * WooCommerce JSON ({@link #toJson(ProductWrite)}).
 */
public final class WooProductShop implements ProductShop {

    private final WooProductsApi products;
    private final WooStoreApi store;

    /**
     * @param products the products client
     * @param store    the store settings client
     */
    public WooProductShop(WooProductsApi products, WooStoreApi store) {
        this.products = Objects.requireNonNull(products, "products");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public PriceMode priceMode() {
        boolean calc = store.setting("general", "woocommerce_calc_taxes").yes();
        boolean inclusive = store.setting("tax", "woocommerce_prices_include_tax").yes();
        return PriceMode.of(calc, inclusive);
    }

    @Override
    public PriceMode priceMode(ExecutorService pool) {
        Future<Boolean> inclusive = pool.submit(() -> store.setting("tax", "woocommerce_prices_include_tax").yes());
        boolean calc = store.setting("general", "woocommerce_calc_taxes").yes();
        try {
            return PriceMode.of(calc, inclusive.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the shop's tax settings", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public List<ShopProduct> findBySkus(List<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        if (skus.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " SKUs per lookup");
        }
        Set<String> wanted = skus.stream().map(SkuCollation::fold).collect(Collectors.toSet());
        List<ShopProduct> out = new ArrayList<>();
        for (WooProduct p : products.bySkus(String.join(",", skus), MAX_BATCH)) {
            // The filter is as exact as the shop's database collation (case, accents, trailing spaces
            // ignored): keep what matches that way, so the sync sees a product the shop would call a duplicate.
            if (p.sku() != null && wanted.contains(SkuCollation.fold(p.sku().strip()))) {
                out.add(new ShopProduct(p.id(), p.sku(), p.type(), p.parentId()));
            }
        }
        return out;
    }

    @Override
    public boolean isEmpty() {
        return products.anyProduct().isEmpty();
    }

    @Override
    public List<WriteResult> write(List<ProductWrite> writes) {
        List<Map<String, Object>> create = new ArrayList<>();
        List<Map<String, Object>> update = new ArrayList<>();
        for (ProductWrite w : writes) {
            (w.create() ? create : update).add(toJson(w));
        }
        WooBatchResponse answer = products.batch(new WooBatchRequest(create, update, List.of()));
        List<WriteResult> out = new ArrayList<>(writes.size());
        int c = 0;
        int u = 0;
        for (ProductWrite w : writes) {
            WooBatchResponse.Item item = w.create() ? at(answer.create(), c++) : at(answer.update(), u++);
            out.add(toResult(item));
        }
        return out;
    }

    /**
     * The WooCommerce JSON of one write. A create also sets the SKU and the type; an update never
     * sends the SKU, so it cannot collide with another product's.
     *
     * @param write the write
     * @return the item of a batch request
     */
    static Map<String, Object> toJson(ProductWrite write) {
        ProductPayload p = write.payload();
        Map<String, Object> json = new LinkedHashMap<>();
        if (write.create()) {
            json.put("sku", write.sku());
            json.put("type", "simple");
        } else {
            json.put("id", write.id());
        }
        putIfSet(json, "name", p.name());
        putIfSet(json, "regular_price", p.regularPrice());
        putIfSet(json, "tax_class", p.taxClass());
        putIfSet(json, "description", p.description());
        if (p.categoryIds() != null) {
            json.put("categories", p.categoryIds().stream().map(id -> Map.of("id", id)).toList());
        }
        if (p.stockQuantity() != null) {
            json.put("manage_stock", true);
            json.put("stock_quantity", p.stockQuantity());
        }
        if (p.imageIds() != null) {
            json.put("images", p.imageIds().stream().map(id -> Map.of("id", id)).toList());
        }
        putIfSet(json, "status", p.status());
        return json;
    }

    private static void putIfSet(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    private static WooBatchResponse.Item at(List<WooBatchResponse.Item> items, int i) {
        return i < items.size() ? items.get(i) : null;
    }

    private static WriteResult toResult(WooBatchResponse.Item item) {
        if (item == null) {
            return new Rejected(new Rejection.Other(LocalizedText.of("fail.refused",
                    WooCommerceException.INVALID_RESPONSE, "the batch answer has no item for this product")));
        }
        if (item.failed()) {
            return new Rejected(WooRejections.of(item.error().toException()));
        }
        return new Written(item.id(), item.categories().stream().map(WooProduct.WooRef::id).toList());
    }
}
