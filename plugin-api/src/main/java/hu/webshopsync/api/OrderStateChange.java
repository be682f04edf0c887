package hu.webshopsync.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a customer order's state, as {@link CustomerOrderBook#stateChangesSince} lists them
 * for a plugin that writes the ERP's changes back to where the order came from.
 *
 * @param order     the order, with the state it changed to
 * @param sequence  the change's position among all state changes in the ERP; strictly increasing, so
 *                  the highest one a plugin has handled is its cursor
 * @param changedAt when the change was made
 * @param bySource  {@code true} when a plugin made it through {@link CustomerOrderBook#cancel}, i.e. the
 *                  change came from the order's source and must not be written back to it
 */
public record OrderStateChange(CustomerOrderRef order, long sequence, Instant changedAt, boolean bySource) {

    /**
     * Validates.
     */
    public OrderStateChange {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
