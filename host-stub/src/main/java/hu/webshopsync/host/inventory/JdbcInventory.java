package hu.webshopsync.host.inventory;

import hu.webshopsync.api.Inventory;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.Jdbc;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Warehouses and stock over the ERP database.
 */
public final class JdbcInventory implements Inventory {

    private final Database database;

    /**
     * Creates the inventory.
     *
     * @param database the ERP database
     */
    public JdbcInventory(Database database) {
        this.database = database;
    }

    @Override
    public List<String> warehouses() {
        return database.read("reading warehouses", connection -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT code FROM warehouse ORDER BY code");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    @Override
    public Map<String, StockLevel> levels(String warehouse, Collection<String> skus) {
        return database.read("reading stock of warehouse " + warehouse, connection -> {
            Long warehouseId = Warehouses.idOf(connection, warehouse);
            if (warehouseId == null) {
                throw new IllegalArgumentException("warehouse: no warehouse with code " + warehouse);
            }
            Map<String, StockLevel> levels = new HashMap<>();
            for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(skus))) {
                for (String sku : chunk) {
                    levels.put(sku, StockLevel.ZERO);
                }
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT p.sku, s.on_hand, s.reserved FROM product p"
                                + " JOIN stock s ON s.product_id = p.id AND s.warehouse_id = ?"
                                + " WHERE p.sku = ANY(?)")) {
                    select.setLong(1, warehouseId);
                    select.setArray(2, Jdbc.textArray(connection, chunk));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            levels.put(rs.getString(1), new StockLevel(normal(rs.getBigDecimal(2)),
                                    normal(rs.getBigDecimal(3))));
                        }
                    }
                }
            }
            return levels;
        });
    }

    private static BigDecimal normal(BigDecimal quantity) {
        return quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros();
    }
}
