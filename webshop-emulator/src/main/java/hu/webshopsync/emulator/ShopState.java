package hu.webshopsync.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shop's database. Rows are immutable (or copy-on-write) and live in concurrent maps, so reads
 * need no lock; every write takes {@link #lock} for the short moment it checks uniqueness and puts
 * rows, like a database transaction. Parsing and JSON rendering happen outside the lock.
 */
final class ShopState {

    /** WordPress's first free ids on a fresh WooCommerce install (term 15 is "Uncategorized"). */
    static final long FIRST_POST_ID = 10;
    static final long UNCATEGORIZED_ID = 15;
    static final long FIRST_TERM_ID = 16;
    static final long FIRST_COMMENT_ID = 2;

    final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;

    /** Products, orders and media share WordPress's post id sequence. */
    final AtomicLong postIds = new AtomicLong();
    final AtomicLong termIds = new AtomicLong();
    final AtomicLong commentIds = new AtomicLong();
    final AtomicLong orderItemIds = new AtomicLong();
    final AtomicLong metaIds = new AtomicLong();

    final Map<Long, ShopProduct> products = new ConcurrentHashMap<>();
    /** Folded SKU → product id, trashed products excluded (as WooCommerce's uniqueness check). Written under lock, read freely. */
    final Map<String, Long> skuIndex = new ConcurrentHashMap<>();
    /** Product slug → product id. Written under lock. */
    final Map<String, Long> productSlugs = new ConcurrentHashMap<>();
    final Map<Long, ShopCategory> categories = new ConcurrentHashMap<>();
    final Map<Long, ShopOrder> orders = new ConcurrentHashMap<>();
    final Map<Long, ShopMedia> media = new ConcurrentHashMap<>();
    /** Upload paths in use ({@code 2026/11/red.png}). Under lock. */
    final Map<String, Long> mediaFiles = new HashMap<>();
    /** Notes per order, copy-on-write lists. */
    final Map<Long, List<ShopNote>> notes = new ConcurrentHashMap<>();

    ShopState(Clock clock) {
        this.clock = clock;
        reset();
    }

    /** Seconds-precision "now", as WordPress stores dates. */
    Instant now() {
        return Dates.truncate(clock.instant());
    }

    Clock clock() {
        return clock;
    }

    void reset() {
        lock.lock();
        try {
            products.clear();
            skuIndex.clear();
            productSlugs.clear();
            categories.clear();
            orders.clear();
            media.clear();
            mediaFiles.clear();
            notes.clear();
            postIds.set(FIRST_POST_ID);
            termIds.set(FIRST_TERM_ID);
            commentIds.set(FIRST_COMMENT_ID);
            orderItemIds.set(1);
            metaIds.set(100);
            categories.put(UNCATEGORIZED_ID,
                    new ShopCategory(UNCATEGORIZED_ID, "Uncategorized", "uncategorized", 0, "", "default", 0));
        } finally {
            lock.unlock();
        }
    }

    long nextMetaId() {
        return metaIds.getAndIncrement();
    }

    void addNote(ShopNote note) {
        notes.compute(note.orderId(), (id, list) -> {
            List<ShopNote> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
            copy.add(note);
            return List.copyOf(copy);
        });
    }

    /** A note WooCommerce itself writes on an order (status changes, stock changes). */
    void addSystemNote(long orderId, String text, Instant at) {
        addNote(new ShopNote(commentIds.getAndIncrement(), orderId, "WooCommerce", at, text, false));
    }

    /** Puts a product and keeps the SKU and slug indexes in step. Caller holds {@link #lock}. */
    void putProduct(ShopProduct before, ShopProduct after) {
        if (before != null) {
            if (!before.sku.isEmpty() && !"trash".equals(before.status)) {
                skuIndex.remove(Slugs.fold(before.sku), before.id);
            }
            productSlugs.remove(before.slug, before.id);
        }
        if (after != null) {
            if (!after.sku.isEmpty() && !"trash".equals(after.status)) {
                skuIndex.put(Slugs.fold(after.sku), after.id);
            }
            productSlugs.put(after.slug, after.id);
            products.put(after.id, after);
        } else if (before != null) {
            products.remove(before.id);
        }
    }
}
