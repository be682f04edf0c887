package hu.webshopsync.host.db;

import hu.webshopsync.host.secrets.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ERP's embedded H2 database in a data folder, migrated by Flyway on open when its schema is behind
 * ({@link Schema}).
 *
 * <p>Several processes work on one data folder at once, as an ERP is used from several workstations
 * while {@code serve} or {@code watch} keeps running: {@code AUTO_SERVER=TRUE} (which needs
 * {@code FILE_LOCK=FILE}; {@code AUTO_RECONNECT} lets a process carry on when the one serving stops) lets the first process open the file and serve it to the others over TCP.
 * That server listens on {@code 127.0.0.1} only ({@link #BIND_ADDRESS}); a client finds its port and
 * one-time key in the lock file, which the folder's 0700 keeps from other users, and the secrets
 * travel sealed as they are stored. A process killed with {@code kill -9} leaves a lock file that
 * the next process removes at once when its server is gone ({@link StaleLockFile}). H2 closes the database in its own shutdown hook (the
 * auto-server does not allow {@code DB_CLOSE_ON_EXIT=FALSE}), so the long-running commands take Ctrl-C
 * and SIGTERM as signals rather than as a shutdown, finish and record their run, and only then exit.
 * {@code TRACE_LEVEL_FILE=0}: H2's trace file would copy failed statements, values included, into the
 * data folder. The folder and the database file are readable by their owner only.
 */
public final class Database implements AutoCloseable {

    /**
     * H2 reads its {@code h2.bindAddress} once, when its classes load; the auto-server's TCP port must
     * never listen beyond this machine, so it is set before any H2 class is touched.
     */
    static final String BIND_ADDRESS = "127.0.0.1";

    static {
        System.setProperty("h2.bindAddress", BIND_ADDRESS);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_CONNECTIONS = 8;
    /** Opening again when the serving process closed or opened the database under us, 250 ms apart. */
    private static final int OPEN_ATTEMPTS = 5;
    private static final long RETRY_PAUSE_MS = 250;
    private static final String FILE_NAME = "erp.mv.db";
    private static final String LOCK_FILE_NAME = "erp.lock.db";

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
        String url = "jdbc:h2:file:" + dir.resolve("erp") + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;FILE_LOCK=FILE;WRITE_DELAY=0"
                + ";QUERY_CACHE_SIZE=64;TRACE_LEVEL_FILE=0";
        long start = System.nanoTime();
        JdbcConnectionPool pool = null;
        long opened = start;
        boolean migrated = false;
        for (int attempt = 1; pool == null; attempt++) {
            StaleLockFile.removeIfOwnerGone(dir.resolve(LOCK_FILE_NAME));
            JdbcConnectionPool candidate = JdbcConnectionPool.create(url, "sa", "");
            candidate.setMaxConnections(MAX_CONNECTIONS);
            try {
                // opened apart from the migration, so the log tells the two costs apart; the pool keeps it for Flyway
                try (Connection first = candidate.getConnection()) {
                    opened = System.nanoTime();
                }
                migrated = Schema.ofHost().bringUpToDate(candidate);
                pool = candidate;
            } catch (SQLException | RuntimeException e) {
                candidate.dispose();
                if (isLocked(e)) {
                    throw new DatabaseInUseException(dir);
                }
                // the process that served the database closed it between our reading its lock file and
                // connecting (or was opening it): the next attempt opens the file itself or finds the server
                if (!serverWentAway(e) || attempt == OPEN_ATTEMPTS) {
                    throw e instanceof RuntimeException runtime ? runtime : new DatabaseException("opening the database", e);
                }
                pause();
            }
        }
        OwnerOnly.restrictFile(dir.resolve(FILE_NAME));
        // it names the auto-server's port and key
        OwnerOnly.restrictFile(dir.resolve(LOCK_FILE_NAME));
        LOG.debug("Database opened in {} s, its schema {} in {} s", seconds(opened - start),
                migrated ? "migrated by Flyway" : "found current", seconds(System.nanoTime() - opened));
        return new Database(pool, dir);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static boolean serverWentAway(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1) {
                return true;
            }
            // the serving process was closing or opening the file just then
            if (t.getMessage() != null && t.getMessage().contains("Lock file recently modified")) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("opening the database", new SQLException("interrupted", e));
        }
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
