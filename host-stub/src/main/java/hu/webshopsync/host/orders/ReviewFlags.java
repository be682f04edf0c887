package hu.webshopsync.host.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Marks an order for review with one more reason, once: a reason already among the order's is not
 * added again, so a sync that finds the same problem on every run reports it only the first time.
 */
final class ReviewFlags {

    private ReviewFlags() {
    }

    /** Whether anything changed: the reason was added, or an order that had it was not yet marked. */
    static boolean flag(Connection connection, String externalSource, String externalReference, String reason)
            throws SQLException {
        String text = OrderTransitions.fit(reason);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("reason: must not be blank (order " + externalSource + "/"
                    + externalReference + ")");
        }
        Optional<LockedOrder> order = LockedOrder.byExternalReference(connection, externalSource, externalReference);
        if (order.isEmpty()) {
            return false;
        }
        long id = order.get().id();
        boolean added = !hasReason(connection, id, text);
        if (added) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO customer_order_review_reason (order_id, position, reason) VALUES (?,"
                            + " (SELECT COALESCE(MAX(position), 0) + 1 FROM customer_order_review_reason"
                            + " WHERE order_id = ?), ?)")) {
                insert.setLong(1, id);
                insert.setLong(2, id);
                insert.setString(3, text);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE customer_order SET needs_review = TRUE WHERE id = ? AND NOT needs_review")) {
            update.setLong(1, id);
            return update.executeUpdate() > 0 || added;
        }
    }

    private static boolean hasReason(Connection connection, long orderId, String reason) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM customer_order_review_reason WHERE order_id = ? AND reason = ?")) {
            select.setLong(1, orderId);
            select.setString(2, reason);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
