package hu.webshopsync.host.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Warehouse codes to ids, creating warehouses on first use (an import may name new ones).
 */
public final class Warehouses {

    private Warehouses() {
    }

    /**
     * The ids of warehouses by code, creating the missing ones, inside the caller's transaction.
     *
     * @param connection the connection
     * @param codes      the codes
     * @return ids by code
     * @throws SQLException when the database refuses
     */
    public static Map<String, Long> ensure(Connection connection, Collection<String> codes) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO warehouse (code) KEY (code) VALUES (?)");
             PreparedStatement select = connection.prepareStatement("SELECT id FROM warehouse WHERE code = ?")) {
            for (String code : codes) {
                Long id = find(select, code);
                if (id == null) {
                    merge.setString(1, code);
                    merge.executeUpdate();
                    id = find(select, code);
                }
                ids.put(code, id);
            }
        }
        return ids;
    }

    /**
     * The id of an existing warehouse.
     *
     * @param connection the connection
     * @param code       the code
     * @return the id, or {@code null} when no such warehouse exists
     * @throws SQLException when the database refuses
     */
    public static Long idOf(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM warehouse WHERE code = ?")) {
            return find(select, code);
        }
    }

    private static Long find(PreparedStatement select, String code) throws SQLException {
        select.setString(1, code);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }
}
