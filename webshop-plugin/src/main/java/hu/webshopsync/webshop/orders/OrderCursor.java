package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.PluginStateStore;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the next order listing starts: the newest {@code date_modified_gmt} up to which every listed
 * order is in the ERP, kept per shop in the plugin state under {@code orders.cursor.<sourceId>}.
 *
 * <p>The listing is ordered by modification time, and the cursor only moves through the unbroken
 * run of orders that were committed or found imported already: once an order fails (malformed,
 * refused by the ERP, order-key clash) the cursor stays where it was before that order, so the next
 * run lists it again. Each listing starts an overlap before the cursor, because an order saved in
 * the same second as the cursor, or committed late by the shop, would otherwise slip past.
 *
 * <p>One instance serves one run; it is not thread-safe.
 */
final class OrderCursor {

    private static final Logger LOG = LoggerFactory.getLogger(OrderCursor.class);

    private final PluginStateStore state;
    private final String key;
    private final Instant stored;
    private Instant newest;
    private Instant saved;
    private boolean held;
    private final List<Instant> atEndOfPage = new ArrayList<>();

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
     * An order is in the ERP (just committed, or imported before); the cursor may pass it unless an
     * earlier order held it.
     *
     * @param modified the order's {@code date_modified_gmt}
     */
    public void passed(Instant modified) {
        if (!held && (newest == null || modified.isAfter(newest))) {
            newest = modified;
        }
    }

    /**
     * An order failed: the cursor must not pass it, nor anything listed after it in this run.
     */
    public void hold() {
        held = true;
    }

    /**
     * Marks the end of a page, so that {@link #limitToPage(int)} can go back to it.
     *
     * @param page the page just finished, from 1
     */
    public void endOfPage(int page) {
        while (atEndOfPage.size() < page) {
            atEndOfPage.add(newest);
        }
        atEndOfPage.set(page - 1, newest);
    }

    /**
     * The listing shifted under the run (an order left the result set or moved to its end between two
     * page requests), so orders after this page may have been skipped: the cursor goes back to where it
     * was at the end of this page and moves no further in this run.
     *
     * @param page the last page that is known to be complete, from 0
     */
    public void limitToPage(int page) {
        Instant limit = page <= 0 || page > atEndOfPage.size() ? null : atEndOfPage.get(page - 1);
        if (newest != null && (limit == null || limit.isBefore(newest))) {
            newest = limit;
        }
        held = true;
    }

    /**
     * Stores the cursor if it moved. It never goes back before the value this run started from: orders
     * up to that were in the ERP already.
     */
    public void save() {
        Instant value = newest == null || stored != null && stored.isAfter(newest) ? stored : newest;
        if (value != null && !value.equals(saved)) {
            state.put(key, value.toString());
            saved = value;
            LOG.debug("Order cursor moved to {}", value);
        }
    }

    /** @return the value {@link #save()} stores, if any */
    public Optional<Instant> current() {
        Instant value = newest == null || stored != null && stored.isAfter(newest) ? stored : newest;
        return Optional.ofNullable(value);
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
