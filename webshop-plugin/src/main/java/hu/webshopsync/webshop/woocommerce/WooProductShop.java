package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.products.PriceMode;
import hu.webshopsync.webshop.products.ProductShop;
import hu.webshopsync.webshop.products.Rejection;
import hu.webshopsync.webshop.products.SkuCollation;
import hu.webshopsync.webshop.shop.ShopException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@link ProductShop} over the WooCommerce REST API. A payload becomes WooCommerce JSON in
 * {@link WooProductWrite}; an item error becomes a rejection in {@link WooRejections}.
 */
final class WooProductShop implements ProductShop {

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
    public Optional<Duration> timeLimit() {
        WooSystemStatus status;
        try {
            status = store.systemStatus();
        } catch (ShopException e) {
            // the batch sizer still learns the limit from a batch the shop stops
            return Optional.empty();
        }
        Integer seconds = status == null || status.environment() == null ? null
                : status.environment().phpMaxExecutionTime();
        return seconds == null || seconds <= 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    @Override
    public List<WriteResult> write(List<ProductWrite> writes) {
        List<WooProductWrite> create = new ArrayList<>();
        List<WooProductWrite> update = new ArrayList<>();
        for (ProductWrite w : writes) {
            (w.create() ? create : update).add(WooProductWrite.of(w));
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
