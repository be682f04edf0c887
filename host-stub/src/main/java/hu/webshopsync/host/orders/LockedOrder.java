package hu.webshopsync.host.orders;

import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * An order read with its row locked for the rest of the transaction, so that two changes of the same
 * order (a sync cancelling it while someone fulfils it on the console) happen one after the other and
 * the second sees the first's state.
 *
 * @param id          the row id
 * @param ref         the order and its state when it was locked
 * @param warehouseId the warehouse its lines reserve stock in, or {@code null} for none
 */
record LockedOrder(long id, CustomerOrderRef ref, Long warehouseId) {

    private static final String SELECT = "SELECT id, number, external_source, external_reference, status,"
            + " reserve_warehouse_id FROM customer_order WHERE ";

    static Optional<LockedOrder> byNumber(Connection connection, String number) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + "number = ? FOR UPDATE")) {
            select.setString(1, number);
            return read(select);
        }
    }

    static Optional<LockedOrder> byExternalReference(Connection connection, String externalSource,
                                                     String externalReference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                SELECT + "external_source = ? AND external_reference = ? FOR UPDATE")) {
            select.setString(1, externalSource);
            select.setString(2, externalReference);
            return read(select);
        }
    }

    CustomerOrderState state() {
        return ref.state();
    }

    CustomerOrderRef in(CustomerOrderState state) {
        return new CustomerOrderRef(ref.number(), ref.externalSource(), ref.externalReference(), state);
    }

    private static Optional<LockedOrder> read(PreparedStatement select) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Long warehouse = rs.getObject(6, Long.class);
            return Optional.of(new LockedOrder(rs.getLong(1), new CustomerOrderRef(rs.getString(2), rs.getString(3),
                    rs.getString(4), CustomerOrderState.fromWire(rs.getString(5))), warehouse));
        }
    }
}
