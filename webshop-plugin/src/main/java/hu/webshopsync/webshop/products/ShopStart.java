package hu.webshopsync.webshop.products;

import hu.webshopsync.webshop.categories.CategoryResolver;
import hu.webshopsync.webshop.shop.ShopException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * What a run learns about the shop as it starts: whether the shop was empty, and its categories.
 * A first sync asks both on the pool while the tax settings are read, so the start costs one
 * round trip instead of three; otherwise emptiness is asked on the first new SKU, if at all.
 */
final class ShopStart {

    private final ProductShop shop;
    private Boolean shopStartedEmpty;
    // asked early on the pool; null once taken or when not asked
    private Future<Boolean> emptinessAsked;
    private Future<Void> categoriesAsked;

    private ShopStart(ProductShop shop) {
        this.shop = shop;
    }

    /**
     * @param firstSync whether no product binding exists yet
     * @param pool      runs the early questions; {@code null} when the run sends one request at a time
     */
    static ShopStart ask(ProductShop shop, CategoryResolver categories, boolean firstSync, ExecutorService pool) {
        ShopStart start = new ShopStart(shop);
        if (firstSync && pool != null) {
            start.emptinessAsked = pool.submit(shop::isEmpty);
            start.categoriesAsked = pool.submit(() -> {
                categories.load();
                return null;
            });
        }
        return start;
    }

    /**
     * Whether the shop had no product when this run started. Not knowing is not a reason to stop:
     * the answer is then false, and new SKUs are looked up as usual.
     */
    boolean shopStartedEmpty() {
        if (shopStartedEmpty == null) {
            try {
                shopStartedEmpty = emptinessAsked != null ? emptinessAsked.get() : shop.isEmpty();
            } catch (ShopException | ExecutionException e) {
                shopStartedEmpty = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shopStartedEmpty = false;
            }
            emptinessAsked = null;
        }
        return shopStartedEmpty;
    }

    /** Waits for the categories asked for early; a failure there is met again when they are resolved. */
    void awaitCategories() {
        if (categoriesAsked == null) {
            return;
        }
        try {
            categoriesAsked.get();
        } catch (ExecutionException e) {
            // createMissing/resolve read them again and report the reason per product
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        categoriesAsked = null;
    }
}
