package hu.webshopsync.host.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway runs when the schema is behind the host's migrations, and only then. */
class SchemaTest {

    private static final Set<String> HOST_VERSIONS = MigrationFiles.versions(SchemaTest.class.getClassLoader(),
            Schema.LOCATION).orElseThrow();

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;
    private final List<String> flywayRuns = new ArrayList<>();

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("erp").toAbsolutePath());
        dataSource.setUser("sa");
    }

    private Schema schema(Optional<Set<String>> bundled) {
        return new Schema(bundled, ds -> {
            flywayRuns.add("migrate");
            FlywayMigration.migrate(ds);
        });
    }

    @Test
    void aNewDatabaseIsMigratedAndTheNextOpenFindsItCurrent() throws SQLException {
        assertThat(schema(Optional.of(HOST_VERSIONS)).bringUpToDate(dataSource)).isTrue();
        assertThat(schema(Optional.of(HOST_VERSIONS)).bringUpToDate(dataSource)).isFalse();

        assertThat(flywayRuns).hasSize(1);
        assertThat(sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"))
                .isEqualTo(HOST_VERSIONS.size());
    }

    @Test
    void aMigrationTheDatabaseLacksIsApplied() throws SQLException {
        List<MigrationVersion> versions = HOST_VERSIONS.stream().map(MigrationVersion::fromVersion).sorted().toList();
        // the database as the host before the latest migration left it
        Flyway.configure().dataSource(dataSource).locations("classpath:" + Schema.LOCATION)
                .target(versions.get(versions.size() - 2)).load().migrate();

        assertThat(schema(Optional.of(HOST_VERSIONS)).bringUpToDate(dataSource)).isTrue();
        assertThat(flywayRuns).hasSize(1);
        assertThat(sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '"
                + versions.get(versions.size() - 1).getVersion() + "' AND \"success\"")).isEqualTo(1);
    }

    @Test
    void aFailedMigrationIsLeftToFlyway() throws SQLException {
        schema(Optional.of(HOST_VERSIONS)).bringUpToDate(dataSource);
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"installed_rank\" = 1");

        Schema schema = new Schema(Optional.of(HOST_VERSIONS), ds -> flywayRuns.add("migrate"));
        assertThat(schema.bringUpToDate(dataSource)).isTrue();
    }

    @Test
    void whenTheBundledMigrationsAreUnknownFlywayDecides() throws SQLException {
        schema(Optional.of(HOST_VERSIONS)).bringUpToDate(dataSource);

        assertThat(schema(Optional.empty()).bringUpToDate(dataSource)).isTrue();
        assertThat(flywayRuns).hasSize(2);
    }

    @Test
    void aDatabaseFromANewerHostIsCurrentForThisOne() throws SQLException {
        schema(Optional.of(HOST_VERSIONS)).bringUpToDate(dataSource);

        Set<String> older = Set.of("1");
        assertThat(schema(Optional.of(older)).bringUpToDate(dataSource)).isFalse();
    }

    private void execute(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private long sql(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
