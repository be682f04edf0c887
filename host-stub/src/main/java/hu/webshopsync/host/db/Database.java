package hu.webshopsync.host.db;

import hu.webshopsync.host.secrets.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The ERP's embedded H2 database in a data folder, migrated by Flyway on open.
 *
 * <p>One process owns the database at a time, like a desktop ERP's single-user database:
 * {@code AUTO_SERVER=FALSE} keeps H2's default file lock, an operating-system lock that dies with
 * its process, so a host killed with {@code kill -9} is replaced at once by the next one (the
 * auto-server mode was measured to need 4-9 seconds for the same, and slows every second process
 * by seconds). A second process meanwhile gets a clear "in use" refusal.
 * {@code DB_CLOSE_ON_EXIT=FALSE} keeps H2's own shutdown hook from closing the database under a
 * run that is still finishing after Ctrl-C; the host closes the pool itself.
 * {@code TRACE_LEVEL_FILE=0}: H2's trace file would copy failed statements, values included, into the
 * data folder. The folder and the database file are readable by their owner only.
 */
public final class Database implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 8;
    private static final String FILE_NAME = "erp.mv.db";

    private final JdbcConnectionPool pool;
    private final Path dataDir;

    private Database(JdbcConnectionPool pool, Path dataDir) {
        this.pool = pool;
        this.dataDir = dataDir;
    }

    /**
     * Opens (creating when needed) and migrates the database in a data folder.
     *
     * @param dataDir the data folder
     * @return the open database
     */
    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        OwnerOnly.createFolder(dir);
        if (Files.exists(dir.resolve(FILE_NAME))) {
            // a folder made by an earlier version with the default permissions
            OwnerOnly.restrictFolder(dir);
        }
        String url = "jdbc:h2:file:" + dir.resolve("erp") + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
                + ";QUERY_CACHE_SIZE=64;TRACE_LEVEL_FILE=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            if (isLocked(e)) {
                throw new DatabaseInUseException(dir);
            }
            throw e;
        }
        OwnerOnly.restrictFile(dir.resolve(FILE_NAME));
        return new Database(pool, dir);
    }

    private static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("is locked")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The data folder, absolute.
     *
     * @return the folder holding the database and relative image paths
     */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     * Runtime exceptions thrown by the work pass through unchanged after the rollback.
     *
     * @param what  what is being done, for the error message
     * @param work  the work
     * @param <T>   the result type
     * @return the work's result
     */
    public <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(what, e);
        }
    }

    /**
     * Runs read-only or single-statement work with auto-commit.
     *
     * @param what what is being done, for the error message
     * @param work the work
     * @param <T>  the result type
     * @return the work's result
     */
    public <T> T read(String what, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(what, e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
