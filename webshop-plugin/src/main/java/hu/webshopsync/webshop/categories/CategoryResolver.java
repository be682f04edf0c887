package hu.webshopsync.webshop.categories;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns ERP category paths into shop category ids for one sync run, creating what is missing.
 *
 * <p>Ids are remembered in the connection's cache across runs. On the first miss of a run the
 * shop's categories are read page by page, once, and every existing path goes into the cache;
 * what is still missing is then created level by level (a concurrent creation answers
 * {@code term_exists} with the existing id, which is taken). {@link #createMissing(Collection)}
 * does the same for many paths at once, one batch request per nesting level, so a first sync does
 * not wait for one request per category. When a product answer shows that a
 * cached category is gone, {@link #evict(CategoryPath)} drops it and allows one more reading of
 * the shop's categories in this run.
 *
 * <p>Not thread-safe: one run resolves on one thread.
 */
public final class CategoryResolver {

    private final CategoryShop shop;
    private final Cache<String, Long> cache;
    private final Map<String, Long> byParentAndName = new HashMap<>();
    private boolean loaded;
    private int reloadsLeft = 1;

    /**
     * @param shop  the shop's categories
     * @param cache path key → id, shared across runs (owned by the shop connection)
     */
    public CategoryResolver(CategoryShop shop, Cache<String, Long> cache) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * The id of the deepest category of a path, creating missing levels.
     *
     * @param path a non-empty path
     * @return the shop's category id
     */
    public long resolve(CategoryPath path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("empty category path");
        }
        Long hit = cache.getIfPresent(path.key());
        if (hit != null) {
            return hit;
        }
        loadOnce();
        long parent = 0;
        for (int depth = 1; depth <= path.depth(); depth++) {
            CategoryPath prefix = path.prefix(depth);
            Long id = cache.getIfPresent(prefix.key());
            if (id == null) {
                String name = path.levels().get(depth - 1);
                id = byParentAndName.get(indexKey(parent, name));
                if (id == null) {
                    id = shop.createOrFind(name, parent);
                    byParentAndName.put(indexKey(parent, name), id);
                }
                cache.put(prefix.key(), id);
            }
            parent = id;
        }
        return parent;
    }

    /**
     * Creates the missing categories of many paths, one batch request per nesting level (per 100
     * categories). Afterwards {@link #resolve(CategoryPath)} answers those paths from the cache; a
     * category the shop refused in the batch is tried again, alone, by {@code resolve}, whose error
     * then names the reason.
     *
     * @param paths the paths a page of products needs
     * @return how many categories were sent to the shop to be created
     */
    public int createMissing(Collection<CategoryPath> paths) {
        List<CategoryPath> missing = paths.stream()
                .filter(p -> !p.isEmpty() && cache.getIfPresent(p.key()) == null).distinct().toList();
        if (missing.isEmpty()) {
            return 0;
        }
        int sent = 0;
        loadOnce();
        int deepest = missing.stream().mapToInt(CategoryPath::depth).max().orElse(0);
        for (int depth = 1; depth <= deepest; depth++) {
            Map<String, CategoryShop.NewCategory> wanted = new LinkedHashMap<>();
            for (CategoryPath path : missing) {
                if (path.depth() < depth) {
                    continue;
                }
                CategoryPath prefix = path.prefix(depth);
                Long parent = depth == 1 ? Long.valueOf(0) : cache.getIfPresent(path.prefix(depth - 1).key());
                if (parent == null || cache.getIfPresent(prefix.key()) != null) {
                    continue; // the parent was refused: resolve() reports it
                }
                String name = path.levels().get(depth - 1);
                Long existing = byParentAndName.get(indexKey(parent, name));
                if (existing != null) {
                    cache.put(prefix.key(), existing);
                } else {
                    wanted.putIfAbsent(prefix.key(), new CategoryShop.NewCategory(name, parent));
                }
            }
            if (wanted.isEmpty()) {
                continue;
            }
            sent += wanted.size();
            Map<CategoryShop.NewCategory, Long> created = shop.createAll(List.copyOf(wanted.values()));
            wanted.forEach((key, category) -> {
                Long id = created.get(category);
                if (id != null) {
                    cache.put(key, id);
                    byParentAndName.put(indexKey(category.parent(), category.name()), id);
                }
            });
        }
        return sent;
    }

    /**
     * Forgets a path (and its parents, which may be gone with it) after the shop showed that its
     * category no longer exists.
     *
     * @param path the path
     */
    public void evict(CategoryPath path) {
        for (int depth = 1; depth <= path.depth(); depth++) {
            cache.invalidate(path.prefix(depth).key());
        }
        if (reloadsLeft > 0) {
            reloadsLeft--;
            loaded = false;
            byParentAndName.clear();
        }
    }

    /**
     * Reads the shop's categories now, if this run has not yet; a sync that will need them asks
     * while it waits for other answers. Must not run while another thread uses this resolver.
     */
    public void load() {
        loadOnce();
    }

    private void loadOnce() {
        if (loaded) {
            return;
        }
        loaded = true;
        Map<Long, CategoryShop.ShopCategory> byId = new HashMap<>();
        for (int page = 1; ; page++) {
            CategoryShop.Page p = shop.page(page);
            p.categories().forEach(c -> byId.put(c.id(), c));
            if (p.lastPage() || p.categories().isEmpty()) {
                break;
            }
        }
        for (CategoryShop.ShopCategory c : byId.values()) {
            byParentAndName.putIfAbsent(indexKey(c.parent(), c.name()), c.id());
            String key = pathKey(c, byId, 0);
            if (key != null) {
                cache.put(key, c.id());
            }
        }
    }

    /** The path key of a shop category, or null for a broken parent chain. */
    private static String pathKey(CategoryShop.ShopCategory c, Map<Long, CategoryShop.ShopCategory> byId, int depth) {
        if (depth > 50) {
            return null;
        }
        String own = CategoryPath.normalizeName(c.name());
        if (c.parent() == 0) {
            return own;
        }
        CategoryShop.ShopCategory parent = byId.get(c.parent());
        if (parent == null) {
            return null;
        }
        String parentKey = pathKey(parent, byId, depth + 1);
        return parentKey == null ? null : parentKey + "/" + own;
    }

    private static String indexKey(long parent, String name) {
        return parent + "\u0000" + CategoryPath.normalizeName(name);
    }
}
