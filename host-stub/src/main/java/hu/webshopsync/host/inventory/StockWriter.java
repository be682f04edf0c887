package hu.webshopsync.host.inventory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/**
 * Sets on-hand quantities; reservations are left as they are (they belong to customer orders).
 */
public final class StockWriter {

    private StockWriter() {
    }

    /**
     * One on-hand quantity to set.
     *
     * @param productId the product
     * @param warehouse the warehouse code
     * @param onHand    the new quantity on hand
     */
    public record OnHand(long productId, String warehouse, BigDecimal onHand) {
    }

    /**
     * Sets on-hand quantities in one batch, creating warehouses and stock rows as needed, inside the
     * caller's transaction.
     *
     * @param connection the connection
     * @param levels     the quantities
     * @throws SQLException when the database refuses
     */
    public static void setOnHand(Connection connection, Collection<OnHand> levels) throws SQLException {
        if (levels.isEmpty()) {
            return;
        }
        Map<String, Long> warehouses = Warehouses.ensure(connection,
                levels.stream().map(OnHand::warehouse).distinct().toList());
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO stock s USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DECIMAL(19, 4))))"
                        + " v (product_id, warehouse_id, on_hand)"
                        + " ON s.product_id = v.product_id AND s.warehouse_id = v.warehouse_id"
                        + " WHEN MATCHED THEN UPDATE SET on_hand = v.on_hand"
                        + " WHEN NOT MATCHED THEN INSERT (product_id, warehouse_id, on_hand, reserved)"
                        + " VALUES (v.product_id, v.warehouse_id, v.on_hand, 0)")) {
            for (OnHand level : levels) {
                merge.setLong(1, level.productId());
                merge.setLong(2, warehouses.get(level.warehouse()));
                merge.setBigDecimal(3, level.onHand());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
