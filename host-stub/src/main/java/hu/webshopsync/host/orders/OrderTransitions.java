package hu.webshopsync.host.orders;

import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Moves a locked open order to its end state inside the caller's transaction: the state, the stock
 * and the recorded change together, so none of them is ever seen without the others.
 */
final class OrderTransitions {

    /** The longest reason a column keeps; longer ones are cut, since the change itself must not fail. */
    static final int MAX_REASON = 2000;

    private final Clock clock;

    OrderTransitions(Clock clock) {
        this.clock = clock;
    }

    CustomerOrderRef cancel(Connection connection, LockedOrder order, String reason, boolean bySource)
            throws SQLException {
        requireOpen(order);
        String kept = fit(reason);
        if (order.warehouseId() != null) {
            Reservations.release(connection, order.id(), order.warehouseId());
        }
        setState(connection, order, CustomerOrderState.CANCELLED, kept);
        StateChangeLog.record(connection, order.id(), CustomerOrderState.CANCELLED, clock.instant(), bySource, kept);
        return order.in(CustomerOrderState.CANCELLED);
    }

    /** Fulfilled in the ERP; an order that reserved in no warehouse has no stock to consume. */
    CustomerOrderRef fulfil(Connection connection, LockedOrder order) throws SQLException {
        requireOpen(order);
        if (order.warehouseId() != null) {
            Reservations.consume(connection, order.id(), order.warehouseId());
        }
        setState(connection, order, CustomerOrderState.FULFILLED, null);
        StateChangeLog.record(connection, order.id(), CustomerOrderState.FULFILLED, clock.instant(), false, "");
        return order.in(CustomerOrderState.FULFILLED);
    }

    static String fit(String reason) {
        String text = reason == null ? "" : reason.strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }

    private static void requireOpen(LockedOrder order) {
        if (order.state() != CustomerOrderState.OPEN) {
            throw new IllegalStateException("order " + order.ref().number() + " is " + order.state().wireName()
                    + ", not open");
        }
    }

    private static void setState(Connection connection, LockedOrder order, CustomerOrderState state,
                                 String cancelReason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE customer_order SET status = ?, cancel_reason = ? WHERE id = ?")) {
            update.setString(1, state.wireName());
            update.setString(2, cancelReason);
            update.setLong(3, order.id());
            update.executeUpdate();
        }
    }
}
