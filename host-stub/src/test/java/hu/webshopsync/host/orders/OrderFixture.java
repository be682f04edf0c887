package hu.webshopsync.host.orders;

import hu.webshopsync.api.Address;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderLineDraft;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.csv.ProductCsvImporter;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.inventory.JdbcInventory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An ERP with two products in the KÖZPONT warehouse (POLO: 10 on hand, BOGRE: none) and the
 * builders of the orders the order tests create.
 */
final class OrderFixture implements AutoCloseable {

    static final String SOURCE = "woocommerce:shop.example.hu";
    static final Instant NOW = Instant.parse("2026-03-05T09:00:00Z");

    final Database database;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    OrderFixture(Path dir) throws IOException {
        database = TestDatabase.open(dir.resolve("data"));
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "sku,name,net_price,vat_rate,stock:KÖZPONT\nPOLO,Póló,3929,27,10\nBOGRE,Bögre,1000,27,\n");
        new ProductCsvImporter(database, clock).importFile(csv);
    }

    JdbcCustomerOrderBook book() {
        return new JdbcCustomerOrderBook(database, clock, ZoneId.of("Europe/Budapest"));
    }

    static CustomerOrderDraft draft(String reference, String date, CustomerDraft customer, List<OrderLineDraft> lines) {
        BigDecimal total = lines.stream().map(OrderLineDraft::lineGross).reduce(BigDecimal.ZERO, BigDecimal::add);
        Address billing = new Address("Kiss Anna", "", "1011", "Budapest", "Fő utca 1.", "HU", "Anna@Example.hu",
                "+36 30 123 4567");
        return new CustomerOrderDraft(SOURCE, reference, "#" + reference, Instant.parse(date), customer, billing,
                billing, "utánvét", "HUF", total, "Kérem csengessen", lines, false, List.of(), "KÖZPONT");
    }

    static CustomerDraft newCustomer() {
        return new CustomerDraft(null, "Kiss Anna", "", "", "Anna@Example.hu", "+36 30 123 4567");
    }

    static OrderLineDraft product(String sku, String qty, String unitGross) {
        BigDecimal q = new BigDecimal(qty);
        BigDecimal unit = new BigDecimal(unitGross);
        return new OrderLineDraft(LineKind.PRODUCT, sku, sku, q, unit, new BigDecimal("27"), unit.multiply(q));
    }

    static OrderLineDraft shipping(String gross) {
        return new OrderLineDraft(LineKind.SHIPPING, "SZALLITAS", "GLS", BigDecimal.ONE, new BigDecimal(gross),
                new BigDecimal("27"), new BigDecimal(gross));
    }

    StockLevel stock(String sku) {
        return new JdbcInventory(database).levels("KÖZPONT", List.of(sku)).get(sku);
    }

    BigDecimal reserved(String sku) {
        return stock(sku).reserved();
    }

    @Override
    public void close() {
        database.close();
    }
}
