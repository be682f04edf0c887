package hu.webshopsync.host.orders;

import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.host.db.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * What the ERP's users do with a customer order after it is taken (the CLI's {@code orders fulfil} and
 * {@code orders cancel}, the console's buttons): fulfil it, which consumes its stock, or cancel it, which
 * releases its reservation. Each is one transaction and is recorded as a change not made by the
 * order's source, so a plugin writes it back there.
 */
public final class OrderLifecycle {

    private final Database database;
    private final OrderTransitions transitions;

    /**
     * Creates the lifecycle.
     *
     * @param database the ERP database
     * @param clock    the host's clock, for the time of a change
     */
    public OrderLifecycle(Database database, Clock clock) {
        this.database = database;
        this.transitions = new OrderTransitions(clock);
    }

    /**
     * Fulfils an open order: its product lines' quantities leave on hand and the reservation in its
     * warehouse.
     *
     * @param number the order number, e.g. {@code VR-2026-000001}
     * @return done, or why not
     */
    public OrderTransition fulfil(String number) {
        return change("fulfilling customer order " + number, number, transitions::fulfil);
    }

    /**
     * Cancels an open order (sztornó): its reservation is released and the reason kept.
     *
     * @param number the order number
     * @param reason why, or empty
     * @return done, or why not
     */
    public OrderTransition cancel(String number, String reason) {
        return change("cancelling customer order " + number, number,
                (connection, order) -> transitions.cancel(connection, order, reason, false));
    }

    private OrderTransition change(String what, String number, Step step) {
        return database.inTransaction(what, connection -> {
            Optional<LockedOrder> order = LockedOrder.byNumber(connection, number);
            if (order.isEmpty()) {
                return new OrderTransition.Unknown(number);
            }
            if (order.get().state() != CustomerOrderState.OPEN) {
                return new OrderTransition.NotOpen(order.get().ref());
            }
            return new OrderTransition.Done(step.apply(connection, order.get()));
        });
    }

    @FunctionalInterface
    private interface Step {
        CustomerOrderRef apply(Connection connection, LockedOrder order) throws SQLException;
    }
}
