package hu.webshopsync.webshop.products;

import com.github.benmanes.caffeine.cache.Cache;
import hu.webshopsync.webshop.categories.CategoryShop;
import hu.webshopsync.webshop.images.MediaShop;
import java.util.Objects;
import java.util.Optional;

/**
 * One shop as the product sync sees it, for one run.
 *
 * @param host        the shop's host, for messages
 * @param products    its products
 * @param categories  its categories
 * @param categoryIds category path key → id, shared across runs
 * @param media       its media library; empty when no image credentials are configured
 */
public record ProductSyncPorts(String host, ProductShop products, CategoryShop categories,
                               Cache<String, Long> categoryIds, Optional<MediaShop> media) {

    /**
     * Checks that nothing is missing.
     */
    public ProductSyncPorts {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(categoryIds, "categoryIds");
        Objects.requireNonNull(media, "media");
    }
}
