package hu.webshopsync.host.orders;

import hu.webshopsync.api.Address;
import hu.webshopsync.api.Customer;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the customer orders list (Értékesítés › Vevői rendelések) with customers, lines and review reasons.
 */
public final class OrderListing {

    private final Database database;

    /**
     * Creates the listing.
     *
     * @param database the ERP database
     */
    public OrderListing(Database database) {
        this.database = database;
    }

    /**
     * All customer orders by number, in three queries.
     *
     * @return the orders
     */
    public List<OrderView> all() {
        return read("reading customer orders", null);
    }

    /**
     * One customer order.
     *
     * @param number the order number, e.g. {@code VR-2026-000001}
     * @return the order, or empty when no order has that number
     */
    public Optional<OrderView> byNumber(String number) {
        return read("reading customer order " + number, number).stream().findFirst();
    }

    /** The orders, or with a number only that one: the same three queries narrowed by it. */
    private List<OrderView> read(String what, String number) {
        String orders = number == null ? "" : " WHERE o.number = ?";
        String ofOrders = number == null ? "" : " WHERE order_id = (SELECT id FROM customer_order WHERE number = ?)";
        return database.read(what, connection -> {
            Map<Long, List<OrderView.Line>> lines = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT order_id, kind, sku, name, quantity, unit_price_gross, vat_rate, line_gross, line_net,"
                            + " line_vat FROM customer_order_line" + ofOrders + " ORDER BY order_id, position");
                 ResultSet rs = query(select, number)) {
                while (rs.next()) {
                    lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OrderView.Line(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10)));
                }
            }
            Map<Long, List<String>> reasons = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT order_id, reason FROM customer_order_review_reason" + ofOrders
                            + " ORDER BY order_id, position");
                 ResultSet rs = query(select, number)) {
                while (rs.next()) {
                    reasons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<OrderView> views = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT o.*, c.name AS c_name, c.company AS c_company, c.tax_number AS c_tax_number,"
                            + " c.email AS c_email, c.phone AS c_phone FROM customer_order o"
                            + " JOIN customer c ON c.id = o.customer_id" + orders + " ORDER BY o.number");
                 ResultSet rs = query(select, number)) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    views.add(new OrderView(rs.getString("number"), rs.getString("external_source"),
                            rs.getString("external_reference"), rs.getString("external_number"),
                            CustomerOrderState.fromWire(rs.getString("status")),
                            Jdbc.instant(rs, "order_date"),
                            new Customer(rs.getLong("customer_id"), rs.getString("c_name"), rs.getString("c_company"),
                                    rs.getString("c_tax_number"), rs.getString("c_email"), rs.getString("c_phone")),
                            address(rs, "billing_"), address(rs, "shipping_"), rs.getString("payment_method"),
                            rs.getString("currency"), rs.getBigDecimal("net_total"), rs.getBigDecimal("vat_total"),
                            rs.getBigDecimal("gross_total"), rs.getBoolean("needs_review"),
                            reasons.getOrDefault(id, List.of()), lines.getOrDefault(id, List.of()),
                            rs.getString("cancel_reason")));
                }
            }
            return views;
        });
    }

    private static ResultSet query(PreparedStatement select, String number) throws SQLException {
        if (number != null) {
            select.setString(1, number);
        }
        return select.executeQuery();
    }

    private static Address address(ResultSet rs, String prefix) throws SQLException {
        return new Address(rs.getString(prefix + "name"), rs.getString(prefix + "company"),
                rs.getString(prefix + "postcode"), rs.getString(prefix + "city"), rs.getString(prefix + "street"),
                rs.getString(prefix + "country"), rs.getString(prefix + "email"), rs.getString(prefix + "phone"));
    }
}
