package hu.webshopsync.webshop.orders;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the shop's order listing, lowest id first, that never skips a row which stays in the
 * listing while it pages.
 *
 * <p>Each request after the first starts at the last row taken, so its answer must reach back to
 * that row (or to a lower id). When it does not, rows before it left the listing meanwhile (an order
 * was completed or trashed) and the rest moved up: the pass steps back a page and asks again. Rows
 * that join the listing behind the pass (an older order changed and now matches) are not seen; the
 * caller notices them by comparing {@link #complete()} and reads the listing again.
 *
 * <p>One instance serves one pass; it is not thread-safe.
 */
final class OrderListing {

    private static final Logger LOG = LoggerFactory.getLogger(OrderListing.class);
    // a shop that keeps moving rows, or ignores offset, must not be paged forever
    private static final int MAX_STEPS_BACK = 20;
    private static final int MAX_PAGES_WITHOUT_NEWS = 3;
    private static final int MAX_REQUESTS = 100_000;

    private final OrderSource source;
    private final OrderQuery query;
    private final Set<Long> ids = new HashSet<>();
    private int withoutId;
    private int next;
    private long lastId;
    private long total = -1;
    private boolean done;
    private boolean broken;
    private int stepsBack;
    private int pagesWithoutNews;
    private int requests;
    private boolean unordered;

    /**
     * @param source the shop
     * @param query  what to list; its page size must be at least 2, one row being the one re-read
     */
    OrderListing(OrderSource source, OrderQuery query) {
        this.source = Objects.requireNonNull(source, "source");
        this.query = Objects.requireNonNull(query, "query");
        if (query.perPage() < 2) {
            throw new IllegalArgumentException("a listing that re-reads a row needs pages of 2 or more");
        }
    }

    /**
     * The next rows of the listing this pass has not taken, in id order.
     *
     * @return the rows; empty once the pass is over
     * @throws OrderSourceException when the shop cannot be asked; the pass may be asked to go on
     */
    List<OrderPage.Entry> next() {
        while (!done) {
            if (++requests > MAX_REQUESTS) {
                return stop("the listing did not end after " + MAX_REQUESTS + " requests");
            }
            int at = next;
            OrderPage page = source.list(query, at);
            List<OrderPage.Entry> rows = page.entries();
            total = page.total();
            if (!unordered && !ascending(rows)) {
                // a shop (or a plugin of it) that ignores orderby=id: page plainly, the count still checks
                LOG.warn("The shop does not list orders in id order; reading on by plain pages");
                unordered = true;
            }
            if (unordered) {
                List<OrderPage.Entry> fresh = rows.stream().filter(e -> e.id().map(ids::add).orElseGet(() -> {
                    withoutId++;
                    return true;
                })).toList();
                done = rows.size() < query.perPage() || total >= 0 && at + rows.size() >= total;
                next = at + rows.size();
                if (!fresh.isEmpty() || done) {
                    pagesWithoutNews = 0;
                    return fresh;
                }
                if (++pagesWithoutNews > MAX_PAGES_WITHOUT_NEWS) {
                    return stop("pages brought no order not seen before");
                }
                continue;
            }
            if (at > 0 && lastId > 0 && !reachesBack(rows)) {
                if (++stepsBack > MAX_STEPS_BACK) {
                    return stop("rows kept moving after " + MAX_STEPS_BACK + " steps back");
                }
                LOG.debug("Orders before id {} left the listing while it was read; asking from row {} again", lastId,
                        Math.max(0, at - query.perPage() + 1));
                next = Math.max(0, at - query.perPage() + 1);
                continue;
            }
            int from = 0;
            int lastWithId = -1;
            for (int i = 0; i < rows.size(); i++) {
                Optional<Long> id = rows.get(i).id();
                if (id.isPresent()) {
                    lastWithId = i;
                    if (id.get() <= lastId) {
                        from = i + 1;
                    }
                }
            }
            List<OrderPage.Entry> fresh = rows.subList(from, rows.size());
            for (OrderPage.Entry entry : fresh) {
                entry.id().ifPresentOrElse(id -> {
                    ids.add(id);
                    lastId = Math.max(lastId, id);
                }, () -> withoutId++);
            }
            if (rows.size() < query.perPage() || total >= 0 && at + rows.size() >= total) {
                done = true;
            } else {
                // the next request starts at the last row taken, so that its answer shows whether rows moved
                next = at + (lastWithId >= 0 ? lastWithId : rows.size());
            }
            if (!fresh.isEmpty()) {
                pagesWithoutNews = 0;
                return List.copyOf(fresh);
            }
            if (!done && ++pagesWithoutNews > MAX_PAGES_WITHOUT_NEWS) {
                return stop("pages brought no order not seen before");
            }
        }
        return List.of();
    }

    /**
     * Whether the pass saw the whole listing: it ended, and it took at least as many orders as the shop
     * last said the listing holds ({@code X-WP-Total}). Fewer means orders joined the listing behind
     * the pass, or the shop's paging lost rows.
     *
     * @return whether the pass is complete
     */
    boolean complete() {
        return done && !broken && (total < 0 || ids.size() + withoutId >= total);
    }

    /** @return whether the pass is over: {@link #next()} would return nothing without asking the shop */
    boolean finished() {
        return done;
    }

    /** @return how many orders the shop last said the listing holds, or -1 when it did not say */
    long total() {
        return total;
    }

    /** @return how many distinct orders this pass took */
    int taken() {
        return ids.size() + withoutId;
    }

    /** @return how many requests this pass made */
    int requests() {
        return requests;
    }

    private static boolean ascending(List<OrderPage.Entry> rows) {
        long previous = Long.MIN_VALUE;
        for (OrderPage.Entry row : rows) {
            if (row.id().isPresent()) {
                if (row.id().get() <= previous) {
                    return false;
                }
                previous = row.id().get();
            }
        }
        return true;
    }

    private boolean reachesBack(List<OrderPage.Entry> rows) {
        return rows.stream().map(OrderPage.Entry::id).flatMap(Optional::stream).findFirst()
                .map(first -> first <= lastId).orElse(false);
    }

    private List<OrderPage.Entry> stop(String why) {
        LOG.warn("Order listing stopped: {}", why);
        broken = true;
        done = true;
        return List.of();
    }
}
