package hu.webshopsync.host.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Brings the database's schema to the version this host was built with, calling Flyway only when it
 * has work to do. Each command is a short process, and Flyway's migrate cost every one of them about
 * half a second on an idle machine even with nothing to apply (its set-up, a scan of the class path,
 * the validation of every applied migration; see BENCHMARKS.md, "A run's fixed cost"). When Flyway's
 * own history already lists every migration the host brings as applied, with no failed attempt, one
 * query tells so and Flyway is not started. In any other case, or when the bundled migrations cannot
 * be told without Flyway, Flyway migrates and validates as before.
 *
 * <p>What this gives up: Flyway's check that a migration was not edited after it was applied
 * (checksums) runs only on the starts that migrate. Such an edit is a mistake of the host's
 * developers, found the next time a migration is added, not a state a user's data can reach.
 */
final class Schema {

    /** Where the migrations are, for Flyway and for this check alike. */
    static final String LOCATION = "db/migration";

    /** Flyway's history table, its default name. */
    private static final String HISTORY = "flyway_schema_history";

    private final Optional<Set<String>> bundled;
    private final Consumer<DataSource> flyway;

    /**
     * Creates the check.
     *
     * @param bundled the versions of the migrations the host brings, or empty when unknown
     * @param flyway  migrates with Flyway
     */
    Schema(Optional<Set<String>> bundled, Consumer<DataSource> flyway) {
        this.bundled = bundled;
        this.flyway = flyway;
    }

    /** The host's own migrations, applied by Flyway. */
    static Schema ofHost() {
        return new Schema(MigrationFiles.versions(Schema.class.getClassLoader(), LOCATION), FlywayMigration::migrate);
    }

    /**
     * Migrates the database when it is not at the latest version.
     *
     * @param dataSource the database
     * @return whether Flyway ran
     * @throws SQLException when the history cannot be read
     */
    boolean bringUpToDate(DataSource dataSource) throws SQLException {
        if (bundled.isPresent() && isCurrent(dataSource, bundled.get())) {
            return false;
        }
        flyway.accept(dataSource);
        return true;
    }

    private static boolean isCurrent(DataSource dataSource, Set<String> bundled) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasHistory(connection)) {
                return false;
            }
            Set<String> applied = new HashSet<>();
            try (Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY + "\"")) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        // a failed migration: Flyway refuses to go on and says what to do
                        return false;
                    }
                    if (rows.getString(1) != null) {
                        applied.add(rows.getString(1));
                    }
                }
            }
            return applied.containsAll(bundled);
        }
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, null, HISTORY, null)) {
            return tables.next();
        }
    }
}
