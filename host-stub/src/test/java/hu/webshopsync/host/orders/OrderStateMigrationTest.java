package hu.webshopsync.host.orders;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.inventory.JdbcInventory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database made by the version before order states (schema V3) opens with its orders open. */
class OrderStateMigrationTest {

    private static final String SOURCE = "woocommerce:shop.example.hu";

    @TempDir
    Path dir;

    @Test
    void ordersToDeliverBecomeOpenAndCanBeCancelledAfterTheMigration() throws SQLException {
        Path data = dir.resolve("data");
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("erp");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("3").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO product (id, sku, name, net_price, vat_code, updated_at)"
                    + " VALUES (1, 'POLO', 'Póló', 3929, '27', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00Z')");
            sql.execute("INSERT INTO warehouse (id, code) VALUES (1, 'KÖZPONT')");
            sql.execute("INSERT INTO stock (product_id, warehouse_id, on_hand, reserved) VALUES (1, 1, 10, 5)");
            sql.execute("INSERT INTO customer (id, name, created_at)"
                    + " VALUES (1, 'Kiss Anna', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00Z')");
            for (int i = 1; i <= 2; i++) {
                sql.execute("INSERT INTO customer_order (id, number, status, order_date, customer_id,"
                        + " billing_name, billing_company, billing_postcode, billing_city, billing_street,"
                        + " billing_country, billing_email, billing_phone, shipping_name, shipping_company,"
                        + " shipping_postcode, shipping_city, shipping_street, shipping_country, shipping_email,"
                        + " shipping_phone, payment_method, currency, comment, shop_gross_total, net_total, vat_total,"
                        + " gross_total, external_source, external_reference, external_number, needs_review,"
                        + " reserve_warehouse_id, created_at) VALUES (" + i + ", 'VR-2026-00000" + i + "',"
                        + " 'TO_DELIVER', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00Z', 1,"
                        + " 'Kiss Anna', '', '', '', '', 'HU', '', '', 'Kiss Anna', '', '', '', '', 'HU', '', '',"
                        + " 'utánvét', 'HUF', '', 4990, 3929, 1061, 4990, '" + SOURCE + "', '" + (100 + i) + "',"
                        + " '#" + (100 + i) + "', FALSE, 1, TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00Z')");
            }
            sql.execute("INSERT INTO customer_order_line (order_id, position, kind, sku, product_id, name, quantity,"
                    + " unit_price_gross, vat_rate, line_gross, line_net, line_vat) VALUES"
                    + " (1, 1, 'PRODUCT', 'POLO', 1, 'Póló', 2, 4990, 27, 9980, 7858, 2122),"
                    + " (2, 1, 'PRODUCT', 'POLO', 1, 'Póló', 3, 4990, 27, 14970, 11787, 3183)");
        }

        try (Database database = TestDatabase.open(data)) {
            JdbcCustomerOrderBook book = new JdbcCustomerOrderBook(database, Clock.systemUTC(),
                    ZoneId.of("Europe/Budapest"));
            assertThat(book.byExternalReferences(SOURCE, List.of("101", "102")).values())
                    .extracting(CustomerOrderRef::state).containsOnly(CustomerOrderState.OPEN);
            assertThat(new OrderListing(database).all()).extracting(OrderView::state)
                    .containsOnly(CustomerOrderState.OPEN);

            assertThat(book.cancel(SOURCE, "101", "a boltban visszavonva")).map(CustomerOrderRef::state)
                    .contains(CustomerOrderState.CANCELLED);
            StockLevel polo = new JdbcInventory(database).levels("KÖZPONT", List.of("POLO")).get("POLO");
            assertThat(polo.reserved()).as("order 102 keeps its 3").isEqualByComparingTo("3");
            assertThat(book.stateChangesSince(SOURCE, 0, 10)).singleElement()
                    .satisfies(change -> assertThat(change.sequence()).isEqualTo(1));
        }
    }
}
