package hu.webshopsync.host.catalog;

import hu.webshopsync.host.db.Jdbc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes products by SKU in batches: reads what is stored for the whole batch first, then inserts
 * new products, updates changed ones and leaves identical ones alone, so that
 * {@code updated_at} moves only when something really changed.
 */
public final class ProductWriter {

    private ProductWriter() {
    }

    /**
     * Inserts or updates products, inside the caller's transaction.
     *
     * @param connection the connection
     * @param products   the products, SKUs unique
     * @param now        the time of the change
     * @param ids        receives the product id of every SKU written
     * @return what was done
     * @throws SQLException when the database refuses
     */
    public static UpsertCounts upsert(Connection connection, List<ProductUpsert> products, Instant now,
                                      Map<String, Long> ids) throws SQLException {
        if (products.isEmpty()) {
            return UpsertCounts.NONE;
        }
        Map<String, Stored> stored = read(connection, products);
        boolean anyCategory = products.stream().anyMatch(p -> p.category() != null);
        long firstDimension = anyCategory ? CategoryDimensions.firstDimensionId(connection) : -1;
        Map<Long, String> storedCategories = anyCategory ? categories(connection, stored, firstDimension) : Map.of();
        Map<Long, Map<String, String>> storedFields = fields(connection, stored);

        List<ProductUpsert> inserts = new ArrayList<>();
        List<ProductUpsert> updates = new ArrayList<>();
        int unchanged = 0;
        for (ProductUpsert product : products) {
            Stored current = stored.get(product.sku());
            if (current == null) {
                inserts.add(product);
            } else if (differs(product, current, storedCategories.get(current.id()),
                    storedFields.getOrDefault(current.id(), Map.of()))) {
                updates.add(product);
            } else {
                unchanged++;
            }
        }
        insert(connection, inserts, now);
        update(connection, updates, stored, now);
        for (Map.Entry<String, Stored> e : stored.entrySet()) {
            ids.put(e.getKey(), e.getValue().id());
        }
        if (!inserts.isEmpty()) {
            ids.putAll(idsOf(connection, inserts));
        }
        List<ProductUpsert> written = new ArrayList<>(inserts);
        written.addAll(updates);
        writeCategories(connection, written, ids, firstDimension);
        writeFields(connection, written, ids);
        return new UpsertCounts(inserts.size(), updates.size(), unchanged);
    }

    /**
     * Sets one sheet field of one product and marks the product changed.
     *
     * @param connection the connection, inside the caller's transaction
     * @param sku        the product
     * @param key        the field key
     * @param value      the value, already validated
     * @param now        the time of the change
     * @return false when the product does not exist
     * @throws SQLException when the database refuses
     */
    public static boolean setField(Connection connection, String sku, String key, String value, Instant now)
            throws SQLException {
        Long id = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM product WHERE sku = ?")) {
            select.setString(1, sku);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
        }
        if (id == null) {
            return false;
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO product_field (product_id, field_key, field_value) KEY (product_id, field_key) VALUES (?, ?, ?)");
             PreparedStatement touch = connection.prepareStatement("UPDATE product SET updated_at = ? WHERE id = ?")) {
            merge.setLong(1, id);
            merge.setString(2, key);
            merge.setString(3, value);
            merge.executeUpdate();
            touch.setObject(1, Jdbc.utc(now));
            touch.setLong(2, id);
            touch.executeUpdate();
        }
        return true;
    }

    private static boolean differs(ProductUpsert p, Stored s, String storedCategory, Map<String, String> storedFields) {
        boolean changed = !p.name().equals(s.name())
                || p.netPrice().compareTo(s.netPrice()) != 0
                || !p.vatCode().equals(s.vatCode())
                || (p.unit() != null && !p.unit().equals(s.unit()))
                || (p.note() != null && !p.note().equals(s.note()))
                || (p.imageFile() != null && !Objects.equals(emptyToNull(p.imageFile()), s.imageFile()))
                || (p.category() != null && !Objects.equals(emptyToNull(p.category()), storedCategory));
        for (Map.Entry<String, String> field : p.fields().entrySet()) {
            changed |= !field.getValue().equals(storedFields.get(field.getKey()));
        }
        return changed;
    }

    private static Map<String, Stored> read(Connection connection, List<ProductUpsert> products) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        List<String> skus = products.stream().map(ProductUpsert::sku).toList();
        for (List<String> chunk : Jdbc.chunks(skus)) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, sku, name, unit, net_price, vat_code, note, image_file FROM product WHERE sku = ANY(?)")) {
                select.setArray(1, Jdbc.textArray(connection, chunk));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString("sku"), new Stored(rs.getLong("id"), rs.getString("name"),
                                rs.getString("unit"), rs.getBigDecimal("net_price"), rs.getString("vat_code"),
                                rs.getString("note"), rs.getString("image_file")));
                    }
                }
            }
        }
        return stored;
    }

    private static Map<Long, String> categories(Connection connection, Map<String, Stored> stored, long dimension)
            throws SQLException {
        Map<Long, String> result = new HashMap<>();
        List<Long> ids = stored.values().stream().map(Stored::id).toList();
        for (List<Long> chunk : Jdbc.chunks(ids)) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT product_id, category_value FROM product_category WHERE dimension_id = ? AND product_id = ANY(?)")) {
                select.setLong(1, dimension);
                select.setArray(2, Jdbc.longArray(connection, chunk));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
        }
        return result;
    }

    private static Map<Long, Map<String, String>> fields(Connection connection, Map<String, Stored> stored)
            throws SQLException {
        Map<Long, Map<String, String>> result = new HashMap<>();
        List<Long> ids = stored.values().stream().map(Stored::id).toList();
        for (List<Long> chunk : Jdbc.chunks(ids)) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT product_id, field_key, field_value FROM product_field WHERE product_id = ANY(?)")) {
                select.setArray(1, Jdbc.longArray(connection, chunk));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                    }
                }
            }
        }
        return result;
    }

    private static void insert(Connection connection, List<ProductUpsert> inserts, Instant now) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO product (sku, name, unit, net_price, vat_code, note, image_file, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ProductUpsert p : inserts) {
                insert.setString(1, p.sku());
                insert.setString(2, p.name());
                insert.setString(3, p.unit() == null ? "" : p.unit());
                insert.setBigDecimal(4, p.netPrice());
                insert.setString(5, p.vatCode());
                insert.setString(6, p.note() == null ? "" : p.note());
                insert.setString(7, emptyToNull(p.imageFile()));
                insert.setObject(8, Jdbc.utc(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void update(Connection connection, List<ProductUpsert> updates, Map<String, Stored> stored,
                               Instant now) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE product SET name = ?, unit = ?, net_price = ?, vat_code = ?, note = ?, image_file = ?,"
                        + " updated_at = ? WHERE id = ?")) {
            for (ProductUpsert p : updates) {
                Stored s = stored.get(p.sku());
                update.setString(1, p.name());
                update.setString(2, p.unit() == null ? s.unit() : p.unit());
                update.setBigDecimal(3, p.netPrice());
                update.setString(4, p.vatCode());
                update.setString(5, p.note() == null ? s.note() : p.note());
                update.setString(6, p.imageFile() == null ? s.imageFile() : emptyToNull(p.imageFile()));
                update.setObject(7, Jdbc.utc(now));
                update.setLong(8, s.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static Map<String, Long> idsOf(Connection connection, List<ProductUpsert> products) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(products.stream().map(ProductUpsert::sku).toList())) {
            try (PreparedStatement select = connection.prepareStatement("SELECT sku, id FROM product WHERE sku = ANY(?)")) {
                select.setArray(1, Jdbc.textArray(connection, chunk));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return ids;
    }

    private static void writeCategories(Connection connection, List<ProductUpsert> products, Map<String, Long> ids,
                                        long dimension) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO product_category (product_id, dimension_id, category_value) KEY (product_id, dimension_id)"
                        + " VALUES (?, ?, ?)");
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM product_category WHERE product_id = ? AND dimension_id = ?")) {
            boolean merges = false;
            boolean deletes = false;
            for (ProductUpsert p : products) {
                if (p.category() == null) {
                    continue;
                }
                long id = ids.get(p.sku());
                if (p.category().isEmpty()) {
                    delete.setLong(1, id);
                    delete.setLong(2, dimension);
                    delete.addBatch();
                    deletes = true;
                } else {
                    merge.setLong(1, id);
                    merge.setLong(2, dimension);
                    merge.setString(3, p.category());
                    merge.addBatch();
                    merges = true;
                }
            }
            if (merges) {
                merge.executeBatch();
            }
            if (deletes) {
                delete.executeBatch();
            }
        }
    }

    private static void writeFields(Connection connection, List<ProductUpsert> products, Map<String, Long> ids)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO product_field (product_id, field_key, field_value) KEY (product_id, field_key) VALUES (?, ?, ?)")) {
            boolean any = false;
            for (ProductUpsert p : products) {
                for (Map.Entry<String, String> field : p.fields().entrySet()) {
                    merge.setLong(1, ids.get(p.sku()));
                    merge.setString(2, field.getKey());
                    merge.setString(3, field.getValue());
                    merge.addBatch();
                    any = true;
                }
            }
            if (any) {
                merge.executeBatch();
            }
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private record Stored(long id, String name, String unit, BigDecimal netPrice, String vatCode, String note,
                          String imageFile) {
    }
}
