package hu.webshopsync.host.orders;

import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderLineDraft;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock an order's product lines hold in its warehouse: reserved when it is created, released
 * when it is cancelled, consumed (taken from on hand) when it is fulfilled. Only real demand
 * reserves: a product line that names an ERP product with a positive quantity; release and consume
 * read the stored lines with the same rule, so they undo exactly what was reserved.
 */
final class Reservations {

    private static final String MERGE = "MERGE INTO stock s USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT),"
            + " CAST(? AS DECIMAL(19, 4)))) v (product_id, warehouse_id, quantity)"
            + " ON s.product_id = v.product_id AND s.warehouse_id = v.warehouse_id";

    private Reservations() {
    }

    static void reserve(Connection connection, long warehouseId, List<OrderLineDraft> lines,
                        Map<String, Long> productIds) throws SQLException {
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        for (OrderLineDraft line : lines) {
            // a zero or negative quantity (an order under review) never frees stock that other orders reserved
            if (line.kind() == LineKind.PRODUCT && line.sku() != null && line.quantity().signum() > 0) {
                quantities.merge(productIds.get(line.sku()), line.quantity(), BigDecimal::add);
            }
        }
        apply(connection, warehouseId, quantities, MERGE
                + " WHEN MATCHED THEN UPDATE SET reserved = s.reserved + v.quantity"
                + " WHEN NOT MATCHED THEN INSERT (product_id, warehouse_id, on_hand, reserved)"
                + " VALUES (v.product_id, v.warehouse_id, 0, v.quantity)");
    }

    /** Gives the order's reservation back; a reservation lowered by hand meanwhile never goes below zero. */
    static void release(Connection connection, long orderId, long warehouseId) throws SQLException {
        apply(connection, warehouseId, reserved(connection, orderId), MERGE
                + " WHEN MATCHED THEN UPDATE SET reserved = GREATEST(s.reserved - v.quantity, 0)");
    }

    /** The goods leave the warehouse: on hand and the reservation both drop by the order's quantities. */
    static void consume(Connection connection, long orderId, long warehouseId) throws SQLException {
        apply(connection, warehouseId, reserved(connection, orderId), MERGE
                + " WHEN MATCHED THEN UPDATE SET on_hand = s.on_hand - v.quantity,"
                + " reserved = GREATEST(s.reserved - v.quantity, 0)"
                + " WHEN NOT MATCHED THEN INSERT (product_id, warehouse_id, on_hand, reserved)"
                + " VALUES (v.product_id, v.warehouse_id, -v.quantity, 0)");
    }

    private static Map<Long, BigDecimal> reserved(Connection connection, long orderId) throws SQLException {
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT product_id, SUM(quantity) FROM customer_order_line WHERE order_id = ? AND kind = ?"
                        + " AND product_id IS NOT NULL AND quantity > 0 GROUP BY product_id ORDER BY product_id")) {
            select.setLong(1, orderId);
            select.setString(2, LineKind.PRODUCT.name());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    quantities.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
        }
        return quantities;
    }

    private static void apply(Connection connection, long warehouseId, Map<Long, BigDecimal> quantities, String sql)
            throws SQLException {
        if (quantities.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(sql)) {
            for (Map.Entry<Long, BigDecimal> e : quantities.entrySet()) {
                merge.setLong(1, e.getKey());
                merge.setLong(2, warehouseId);
                merge.setBigDecimal(3, e.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
