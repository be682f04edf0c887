package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.PluginStateStore;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the next order listing starts: the newest {@code date_modified_gmt} up to which every listed
 * order is in the ERP, kept per shop in the plugin state under {@code orders.cursor.<sourceId>}.
 *
 * <p>The listing goes by order id, not by modification time, so the cursor can only move once a run
 * has seen the whole listing: an order not yet listed may have changed before any order already
 * imported. It then moves to the newest change among the orders in the ERP that is older than every
 * failed order (malformed, refused by the ERP, order-key clash), so the next run lists those again;
 * a failed order whose change time is unreadable keeps it where it was. Each listing starts an
 * overlap before the cursor, for an order saved in the same second as the cursor, committed late by
 * the shop, or changed behind a long run.
 *
 * <p>One instance serves one run; it is not thread-safe.
 */
final class OrderCursor {

    private static final Logger LOG = LoggerFactory.getLogger(OrderCursor.class);

    private final PluginStateStore state;
    private final String key;
    private final Instant stored;
    private final TreeSet<Instant> passed = new TreeSet<>();
    private Instant oldestFailure;
    private boolean held;
    private Instant saved;

    /**
     * Loads the stored cursor.
     *
     * @param state    the plugin's state
     * @param sourceId the shop connection's source id
     */
    public OrderCursor(PluginStateStore state, String sourceId) {
        this.state = Objects.requireNonNull(state, "state");
        this.key = key(sourceId);
        this.stored = state.get(key).flatMap(OrderCursor::parse).orElse(null);
        this.saved = stored;
    }

    /**
     * The state key of a shop's cursor.
     *
     * @param sourceId the shop connection's source id
     * @return the key
     */
    public static String key(String sourceId) {
        return "orders.cursor." + Objects.requireNonNull(sourceId, "sourceId");
    }

    /** @return the cursor as stored before this run, if any */
    public Optional<Instant> stored() {
        return Optional.ofNullable(stored);
    }

    /**
     * Where this run's listing starts.
     *
     * @param now      the host's time
     * @param overlap  how far before the cursor to look again
     * @param lookback how far back the first run looks
     * @return the {@code modified_after} instant
     */
    public Instant listFrom(Instant now, Duration overlap, Duration lookback) {
        return stored == null ? now.minus(lookback) : stored.minus(overlap);
    }

    /**
     * An order is in the ERP (just committed, or imported before).
     *
     * @param modified the order's {@code date_modified_gmt}
     */
    public void passed(Instant modified) {
        passed.add(Objects.requireNonNull(modified, "modified"));
    }

    /**
     * An order failed: the cursor must stay before it, so that the next run lists it again.
     *
     * @param modified the order's {@code date_modified_gmt}, if it could be read; without it the cursor
     *                 does not move in this run at all
     */
    public void failed(Optional<Instant> modified) {
        if (modified.isEmpty()) {
            held = true;
        } else if (oldestFailure == null || modified.get().isBefore(oldestFailure)) {
            oldestFailure = modified.get();
        }
    }

    /**
     * The run saw the whole listing: stores the cursor if it moved. It never goes back before the value
     * this run started from: orders up to that were in the ERP already. Not called after a listing that
     * broke off or stayed incomplete, since an order not seen may have changed before any seen.
     */
    public void save() {
        Instant value = current().orElse(null);
        if (value != null && !value.equals(saved)) {
            state.put(key, value.toString());
            saved = value;
            LOG.debug("Order cursor moved to {}", value);
        }
    }

    /** @return the value {@link #save()} stores, if any */
    public Optional<Instant> current() {
        Instant newest = held ? null : oldestFailure == null ? (passed.isEmpty() ? null : passed.last())
                : passed.lower(oldestFailure);
        return Optional.ofNullable(newest == null || stored != null && stored.isAfter(newest) ? stored : newest);
    }

    private static Optional<Instant> parse(String text) {
        try {
            return Optional.of(Instant.parse(text.trim()));
        } catch (DateTimeParseException e) {
            LOG.warn("The stored order cursor is unreadable; the look-back period applies instead");
            return Optional.empty();
        }
    }
}
