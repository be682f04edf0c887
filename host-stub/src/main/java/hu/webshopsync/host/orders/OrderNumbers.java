package hu.webshopsync.host.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Customer order numbers {@code VR-<year>-<6 digits>}, counted per year. Taken inside the order's
 * transaction: the row lock serialises concurrent imports, and a rolled-back order gives its
 * number back, so numbers stay gapless.
 */
final class OrderNumbers {

    private OrderNumbers() {
    }

    static String next(Connection connection, int year) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE order_number_sequence SET last_value = last_value + 1 WHERE order_year = ?")) {
            update.setInt(1, year);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement merge = connection.prepareStatement(
                        "MERGE INTO order_number_sequence s USING (VALUES (CAST(? AS INT))) v (order_year)"
                                + " ON s.order_year = v.order_year"
                                + " WHEN MATCHED THEN UPDATE SET last_value = s.last_value + 1"
                                + " WHEN NOT MATCHED THEN INSERT (order_year, last_value) VALUES (v.order_year, 1)")) {
                    merge.setInt(1, year);
                    merge.executeUpdate();
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_value FROM order_number_sequence WHERE order_year = ?")) {
            select.setInt(1, year);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return format(year, rs.getLong(1));
            }
        }
    }

    static String format(int year, long sequence) {
        return String.format("VR-%d-%06d", year, sequence);
    }
}
