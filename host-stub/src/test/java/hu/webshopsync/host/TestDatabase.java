package hu.webshopsync.host;

import hu.webshopsync.host.db.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Small helpers for tests that check what reached the database.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * Opens a fresh database in a folder.
     *
     * @param dir the folder
     * @return the database
     */
    public static Database open(Path dir) {
        return Database.open(dir);
    }

    /**
     * The single value of a query.
     *
     * @param database the database
     * @param sql      a query returning one row and column
     * @param params   its parameters
     * @return the value
     */
    public static Object scalar(Database database, String sql, Object... params) {
        return database.read("test query", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getObject(1) : null;
                }
            }
        });
    }

    /**
     * A count query's result.
     *
     * @param database the database
     * @param sql      a {@code SELECT COUNT(*)} query
     * @param params   its parameters
     * @return the count
     */
    public static long count(Database database, String sql, Object... params) {
        return ((Number) scalar(database, sql, params)).longValue();
    }

    /**
     * A decimal query result, without trailing zeros.
     *
     * @param database the database
     * @param sql      the query
     * @param params   its parameters
     * @return the value
     */
    public static BigDecimal decimal(Database database, String sql, Object... params) {
        Object value = scalar(database, sql, params);
        return value == null ? null : ((BigDecimal) value).stripTrailingZeros();
    }
}
