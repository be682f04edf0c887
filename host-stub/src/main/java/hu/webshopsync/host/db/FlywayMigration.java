package hu.webshopsync.host.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway's migrate over the host's migrations; in a class of its own, so that a start which does not
 * migrate loads none of Flyway's classes.
 */
final class FlywayMigration {

    private FlywayMigration() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + Schema.LOCATION)
                .loggers("slf4j")
                .load()
                .migrate();
    }
}
