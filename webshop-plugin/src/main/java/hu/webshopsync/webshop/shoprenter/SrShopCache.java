package hu.webshopsync.webshop.shoprenter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import hu.webshopsync.webshop.categories.CategoryIdCache;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the adapter learns about one shop and keeps across runs: the API id of every resource it
 * has seen by innerId (the ports speak innerIds, the API wants ids, and ids are never built), the
 * Hungarian language's id, and the images uploaded by this process. Thread-safe.
 */
final class SrShopCache {

    private final Map<String, Map<Long, String>> ids = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Long>> innerIds = new ConcurrentHashMap<>();
    private final Set<String> uploaded = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> uploading = new ConcurrentHashMap<>();
    private final Cache<String, Long> categoryPaths = CategoryIdCache.create(Ticker.systemTicker());
    private volatile String hungarianId;

    /**
     * Remembers a resource's ids.
     *
     * @param kind    e.g. {@code product}, {@code category}
     * @param innerId the numeric id
     * @param id      the API id
     */
    void learn(String kind, long innerId, String id) {
        ids.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).put(innerId, id);
        innerIds.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).put(id, innerId);
    }

    Optional<String> id(String kind, long innerId) {
        return Optional.ofNullable(ids.getOrDefault(kind, Map.of()).get(innerId));
    }

    OptionalLong innerId(String kind, String id) {
        Long inner = innerIds.getOrDefault(kind, Map.of()).get(id);
        return inner == null ? OptionalLong.empty() : OptionalLong.of(inner);
    }

    void forget(String kind, long innerId) {
        String id = ids.getOrDefault(kind, Map.of()).remove(innerId);
        if (id != null) {
            innerIds.getOrDefault(kind, Map.of()).remove(id);
        }
    }

    Optional<String> hungarianId() {
        return Optional.ofNullable(hungarianId);
    }

    void hungarianId(String id) {
        hungarianId = id;
    }

    /** @return whether this process uploaded the file already (then it is not sent again) */
    boolean uploaded(String filePath) {
        return uploaded.contains(filePath);
    }

    void markUploaded(String filePath) {
        uploaded.add(filePath);
    }

    /** @return the monitor that one upload of this file holds, so that parallel uploads of one content make one request */
    Object uploadLock(String filePath) {
        return uploading.computeIfAbsent(filePath, p -> new Object());
    }

    /** @return ERP category path key → category innerId, for the category resolver */
    Cache<String, Long> categoryPaths() {
        return categoryPaths;
    }

    void clear() {
        ids.clear();
        innerIds.clear();
        uploaded.clear();
        uploading.clear();
        categoryPaths.invalidateAll();
        categoryPaths.cleanUp();
        hungarianId = null;
    }
}
