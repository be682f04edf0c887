package hu.webshopsync.host.orders;

import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.OrderStateChange;
import hu.webshopsync.host.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer orders' state changes in one sequence. The sequence is taken from a single counter
 * row inside the changing transaction: its row lock orders the commits, so a plugin that has read up
 * to sequence N never misses a lower one committed later (an identity column would allow that).
 */
final class StateChangeLog {

    private StateChangeLog() {
    }

    static long record(Connection connection, long orderId, CustomerOrderState state, Instant at, boolean bySource,
                       String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE customer_order_state_sequence SET last_value = last_value + 1 WHERE id = 1")) {
            update.executeUpdate();
        }
        long sequence;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_value FROM customer_order_state_sequence WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            sequence = rs.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer_order_state_change (sequence, order_id, state, changed_at, by_source, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sequence);
            insert.setLong(2, orderId);
            insert.setString(3, state.wireName());
            insert.setObject(4, Jdbc.utc(at));
            insert.setBoolean(5, bySource);
            insert.setString(6, reason);
            insert.executeUpdate();
        }
        return sequence;
    }

    static List<OrderStateChange> since(Connection connection, String externalSource, long afterSequence, int limit)
            throws SQLException {
        List<OrderStateChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT c.sequence, c.state, c.changed_at, c.by_source, o.number, o.external_reference"
                        + " FROM customer_order_state_change c JOIN customer_order o ON o.id = c.order_id"
                        + " WHERE o.external_source = ? AND c.sequence > ? ORDER BY c.sequence LIMIT ?")) {
            select.setString(1, externalSource);
            select.setLong(2, afterSequence);
            select.setInt(3, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.add(new OrderStateChange(new CustomerOrderRef(rs.getString("number"), externalSource,
                            rs.getString("external_reference"), CustomerOrderState.fromWire(rs.getString("state"))),
                            rs.getLong("sequence"), Jdbc.instant(rs, "changed_at"), rs.getBoolean("by_source")));
                }
            }
        }
        return changes;
    }
}
