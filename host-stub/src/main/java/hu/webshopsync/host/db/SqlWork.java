package hu.webshopsync.host.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one JDBC connection, inside or outside a transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * Does the work.
     *
     * @param connection the connection, owned by the caller
     * @return the result
     * @throws SQLException when the database refuses
     */
    T run(Connection connection) throws SQLException;
}
