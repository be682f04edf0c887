package hu.webshopsync.webshop.categories;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * The cache of one shop's category ids (ERP category path key → shop id), shared by the runs
 * against that shop. Ids change only when someone edits the shop's categories; a stale id is caught
 * by the product answer ({@link CategoryResolver#evict(CategoryPath)}), and after six hours an id
 * is read again anyway, so edits in the shop are picked up without a restart.
 */
public final class CategoryIdCache {

    /** How long an id is trusted after it was read or created. */
    public static final Duration EXPIRY = Duration.ofHours(6);
    private static final long MAX_PATHS = 50_000;

    private CategoryIdCache() {
    }

    /**
     * A new, empty cache.
     *
     * @param ticker the time source of the expiry ({@link Ticker#systemTicker()} outside tests)
     * @return the cache
     */
    public static Cache<String, Long> create(Ticker ticker) {
        return Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_PATHS).expireAfterWrite(EXPIRY).build();
    }
}
