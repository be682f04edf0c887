package hu.webshopsync.host.orders;

import hu.webshopsync.api.Address;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.DuplicateExternalReferenceException;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderLineDraft;
import hu.webshopsync.host.db.Jdbc;
import hu.webshopsync.host.inventory.Warehouses;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a new customer order inside the caller's transaction: the customer when new, the order, its
 * lines and review reasons, and the stock its product lines reserve.
 */
final class OrderWriter {

    private static final String EXTERNAL_CONSTRAINT = "UQ_CUSTOMER_ORDER_EXTERNAL";

    private final Clock clock;
    private final ZoneId zone;

    OrderWriter(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    CustomerOrderRef insert(Connection connection, CustomerOrderDraft draft) throws SQLException {
        Long warehouseId = warehouse(connection, draft.reserveInWarehouse());
        Map<String, Long> productIds = productIds(connection, draft.lines());
        long customerId = customer(connection, draft.customer());
        String number = OrderNumbers.next(connection, draft.orderDate().atZone(zone).getYear());
        int scale = VatSplit.scaleOf(draft.currency());
        List<VatSplit> splits = draft.lines().stream()
                .map(line -> VatSplit.ofGross(line.lineGross(), line.vatRate(), scale)).toList();
        long orderId = insertOrder(connection, draft, number, customerId, warehouseId, splits);
        insertLines(connection, orderId, draft.lines(), splits, productIds);
        insertReviewReasons(connection, orderId, draft.reviewReasons());
        if (warehouseId != null) {
            Reservations.reserve(connection, warehouseId, draft.lines(), productIds);
        }
        return new CustomerOrderRef(number, draft.externalSource(), draft.externalReference(),
                CustomerOrderState.OPEN);
    }

    private static Long warehouse(Connection connection, String code) throws SQLException {
        if (code == null) {
            return null;
        }
        Long id = Warehouses.idOf(connection, code);
        if (id == null) {
            throw new IllegalArgumentException("reserveInWarehouse: no warehouse with code " + code);
        }
        return id;
    }

    private static Map<String, Long> productIds(Connection connection, List<OrderLineDraft> lines) throws SQLException {
        Set<String> skus = new LinkedHashSet<>();
        lines.stream().filter(l -> l.sku() != null).forEach(l -> skus.add(l.sku()));
        Map<String, Long> ids = new HashMap<>();
        if (!skus.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT sku, id FROM product WHERE sku = ANY(?)")) {
                select.setArray(1, Jdbc.textArray(connection, skus));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderLineDraft line = lines.get(i);
            // a product line names an ERP product or, when the shop's product is unknown, no SKU at all
            if (line.kind() == LineKind.PRODUCT && line.sku() != null && !ids.containsKey(line.sku())) {
                throw new IllegalArgumentException("lines[" + i + "].sku: no product with SKU " + line.sku()
                        + " (use null for a product unknown to the ERP)");
            }
        }
        return ids;
    }

    private long customer(Connection connection, CustomerDraft customer) throws SQLException {
        if (customer.existingId() != null) {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM customer WHERE id = ?")) {
                select.setLong(1, customer.existingId());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("customer.existingId: no customer with id "
                                + customer.existingId());
                    }
                }
            }
            return customer.existingId();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer (name, company, tax_number, email, phone, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            insert.setString(1, customer.name());
            insert.setString(2, customer.company());
            insert.setString(3, customer.taxNumber());
            insert.setString(4, customer.email().trim());
            insert.setString(5, customer.phone().trim());
            insert.setObject(6, Jdbc.utc(clock.instant()));
            insert.executeUpdate();
            return Jdbc.generatedId(insert);
        }
    }

    private long insertOrder(Connection connection, CustomerOrderDraft draft, String number, long customerId,
                             Long warehouseId, List<VatSplit> splits) throws SQLException {
        int scale = VatSplit.scaleOf(draft.currency());
        BigDecimal net = splits.stream().map(VatSplit::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal vat = splits.stream().map(VatSplit::vat).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gross = draft.lines().stream().map(OrderLineDraft::lineGross).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer_order (number, status, order_date, customer_id,"
                        + " billing_name, billing_company, billing_postcode, billing_city, billing_street, billing_country,"
                        + " billing_email, billing_phone,"
                        + " shipping_name, shipping_company, shipping_postcode, shipping_city, shipping_street,"
                        + " shipping_country, shipping_email, shipping_phone,"
                        + " payment_method, currency, comment, shop_gross_total, net_total, vat_total, gross_total,"
                        + " external_source, external_reference, external_number, needs_review, reserve_warehouse_id,"
                        + " created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?)",
                new String[] {"ID"})) {
            int i = 1;
            insert.setString(i++, number);
            insert.setString(i++, CustomerOrderState.OPEN.wireName());
            insert.setObject(i++, Jdbc.utc(draft.orderDate()));
            insert.setLong(i++, customerId);
            i = address(insert, i, draft.billing());
            i = address(insert, i, draft.shipping());
            insert.setString(i++, draft.paymentMethod());
            insert.setString(i++, draft.currency().toUpperCase(java.util.Locale.ROOT));
            insert.setString(i++, draft.comment());
            insert.setBigDecimal(i++, draft.shopGrossTotal());
            insert.setBigDecimal(i++, net.setScale(scale, java.math.RoundingMode.HALF_UP));
            insert.setBigDecimal(i++, vat);
            insert.setBigDecimal(i++, gross);
            insert.setString(i++, draft.externalSource());
            insert.setString(i++, draft.externalReference());
            insert.setString(i++, draft.externalNumber());
            insert.setBoolean(i++, draft.needsReview());
            insert.setObject(i++, warehouseId);
            insert.setObject(i, Jdbc.utc(clock.instant()));
            insert.executeUpdate();
            return Jdbc.generatedId(insert);
        } catch (SQLException e) {
            if (Jdbc.isDuplicateKey(e, EXTERNAL_CONSTRAINT)) {
                throw new DuplicateExternalReferenceException(draft.externalSource(), draft.externalReference());
            }
            throw e;
        }
    }

    private static int address(PreparedStatement insert, int first, Address a) throws SQLException {
        int i = first;
        insert.setString(i++, a.name());
        insert.setString(i++, a.company());
        insert.setString(i++, a.postcode());
        insert.setString(i++, a.city());
        insert.setString(i++, a.street());
        insert.setString(i++, a.country());
        insert.setString(i++, a.email());
        insert.setString(i++, a.phone());
        return i;
    }

    private static void insertLines(Connection connection, long orderId, List<OrderLineDraft> lines,
                                    List<VatSplit> splits, Map<String, Long> productIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer_order_line (order_id, position, kind, sku, product_id, name, quantity,"
                        + " unit_price_gross, vat_rate, line_gross, line_net, line_vat)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < lines.size(); i++) {
                OrderLineDraft line = lines.get(i);
                insert.setLong(1, orderId);
                insert.setInt(2, i + 1);
                insert.setString(3, line.kind().name());
                insert.setString(4, line.sku());
                insert.setObject(5, line.sku() == null ? null : productIds.get(line.sku()));
                insert.setString(6, line.name());
                insert.setBigDecimal(7, line.quantity());
                insert.setBigDecimal(8, line.unitPriceGross());
                insert.setBigDecimal(9, line.vatRate());
                insert.setBigDecimal(10, line.lineGross());
                insert.setBigDecimal(11, splits.get(i).net());
                insert.setBigDecimal(12, splits.get(i).vat());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertReviewReasons(Connection connection, long orderId, List<String> reasons)
            throws SQLException {
        if (reasons.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer_order_review_reason (order_id, position, reason) VALUES (?, ?, ?)")) {
            for (int i = 0; i < reasons.size(); i++) {
                insert.setLong(1, orderId);
                insert.setInt(2, i + 1);
                insert.setString(3, reasons.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
