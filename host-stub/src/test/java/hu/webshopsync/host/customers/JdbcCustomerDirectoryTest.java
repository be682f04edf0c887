package hu.webshopsync.host.customers;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.db.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcCustomerDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void emailIsComparedWithoutCaseAndPhoneOnDigitsOnly() {
        try (Database database = TestDatabase.open(dir)) {
            database.inTransaction("seed", c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO customer (name, email, phone, created_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, "Nagy Péter");
                    insert.setString(2, "Peter.Nagy@Example.HU");
                    insert.setString(3, "+36 (30) 123-4567");
                    insert.setObject(4, OffsetDateTime.now());
                    return insert.executeUpdate();
                }
            });
            JdbcCustomerDirectory customers = new JdbcCustomerDirectory(database);

            assertThat(customers.byEmail("  peter.nagy@example.hu ")).isPresent();
            assertThat(customers.byPhone("+36301234567")).isPresent();
            assertThat(customers.byPhone("36 30 123 4567")).isPresent();
            assertThat(customers.byPhone("")).as("no digits never matches").isEmpty();
            assertThat(customers.byEmail("other@example.hu")).isEmpty();
        }
    }
}
