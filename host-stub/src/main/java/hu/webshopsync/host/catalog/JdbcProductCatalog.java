package hu.webshopsync.host.catalog;

import hu.webshopsync.api.CategoryValue;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductCatalog;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.api.VatRate;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.Jdbc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The product master over the ERP database. A page costs three queries (products, categories,
 * sheet fields) whatever its size.
 */
public final class JdbcProductCatalog implements ProductCatalog {

    private static final String COLUMNS =
            "p.id, p.sku, p.name, p.unit, p.net_price, p.vat_code, p.note, p.image_file, p.updated_at";

    private final Database database;
    private final ImagePaths imagePaths;
    private final SheetFieldDefaults fieldDefaults;

    /**
     * Creates the catalog.
     *
     * @param database      the ERP database
     * @param fieldDefaults the sheet fields' defaults, filled in for products without a stored value
     */
    public JdbcProductCatalog(Database database, SheetFieldDefaults fieldDefaults) {
        this.database = database;
        this.imagePaths = new ImagePaths(database.dataDir());
        this.fieldDefaults = fieldDefaults;
    }

    @Override
    public List<Product> find(ProductQuery query) {
        return select(query, null);
    }

    @Override
    public long count(ProductQuery query) {
        return count(query, null);
    }

    /**
     * One page of the products whose SKU or name contains a text, ignoring case, in SKU order: the
     * console's search, filtered by the database so that a large catalog is never read whole.
     *
     * @param text     what the SKU or the name contains; blank for every product
     * @param afterSku only SKUs after this one (the previous page's last); {@code null} from the start
     * @param limit    at most this many products, 1 to 10,000
     * @return the page
     */
    public List<Product> search(String text, String afterSku, int limit) {
        return select(new ProductQuery(null, null, Set.of(), afterSku, limit), text);
    }

    /**
     * How many products {@link #search} finds page after page from the start.
     *
     * @param text what the SKU or the name contains; blank for every product
     * @return the number of matching products
     */
    public long countMatching(String text) {
        return count(ProductQuery.all(1), text);
    }

    private List<Product> select(ProductQuery query, String text) {
        Map<String, String> defaults = fieldDefaults.defaults();
        return database.read("reading products", connection -> {
            Filter filter = filter(connection, query, defaults, text);
            List<Object> params = new ArrayList<>(filter.params());
            params.add(query.limit());
            try (PreparedStatement statement = prepare(connection, "SELECT " + COLUMNS + " FROM product p"
                    + filter.where() + " ORDER BY p.sku FETCH FIRST ? ROWS ONLY", params)) {
                return withDetails(connection, readRows(statement), defaults);
            }
        });
    }

    private long count(ProductQuery query, String text) {
        Map<String, String> defaults = fieldDefaults.defaults();
        return database.read("counting products", connection -> {
            Filter filter = filter(connection, query, defaults, text);
            try (PreparedStatement statement = prepare(connection, "SELECT COUNT(*) FROM product p" + filter.where(),
                    filter.params());
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The WHERE clause of a query (with its leading space, or empty) and its parameters. */
    private record Filter(String where, List<Object> params) {
    }

    private static Filter filter(Connection connection, ProductQuery query, Map<String, String> defaults,
                                 String text) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where.add("(LOWER(p.sku) LIKE ? ESCAPE '\\' OR LOWER(p.name) LIKE ? ESCAPE '\\')");
            String pattern = "%" + likeLiteral(text.strip().toLowerCase(Locale.ROOT)) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (query.fieldKey() != null) {
            // driven by the SKU index, so each keyset page stops after `limit` rows instead of joining
            // every marked product; a product without a stored value has the field's default
            where.add("COALESCE((SELECT f.field_value FROM product_field f"
                    + " WHERE f.product_id = p.id AND f.field_key = ?), ?) = ?");
            params.add(query.fieldKey());
            params.add(defaults.get(query.fieldKey()));
            params.add(query.fieldValue());
        }
        if (query.afterSku() != null) {
            where.add("p.sku > ?");
            params.add(query.afterSku());
        }
        if (!query.skus().isEmpty()) {
            where.add("p.sku = ANY(?)");
            params.add(Jdbc.textArray(connection, query.skus()));
        }
        return new Filter(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where), params);
    }

    /** The text as a LIKE pattern matching itself only: its wildcards and the escape character escaped. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    @Override
    public Map<String, Product> bySkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, String> defaults = fieldDefaults.defaults();
        return database.read("reading products by SKU", connection -> {
            Map<String, Product> found = new LinkedHashMap<>();
            for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(skus))) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM product p WHERE p.sku = ANY(?) ORDER BY p.sku")) {
                    statement.setArray(1, Jdbc.textArray(connection, chunk));
                    for (Product product : withDetails(connection, readRows(statement), defaults)) {
                        found.put(product.sku(), product);
                    }
                }
            }
            return found;
        });
    }

    private List<Row> readRows(PreparedStatement statement) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong("id"), rs.getString("sku"), rs.getString("name"), rs.getString("unit"),
                        rs.getBigDecimal("net_price"), rs.getString("vat_code"), rs.getString("note"),
                        rs.getString("image_file"), Jdbc.instant(rs, "updated_at")));
            }
        }
        return rows;
    }

    private List<Product> withDetails(Connection connection, List<Row> rows, Map<String, String> defaults)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<CategoryValue>> categories = categories(connection, ids);
        Map<Long, Map<String, String>> fields = fields(connection, ids);
        List<Product> products = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Map<String, String> values = new HashMap<>(defaults);
            values.putAll(fields.getOrDefault(row.id(), Map.of()));
            VatRate rate = VatRate.ofCode(row.vatCode())
                    .orElseThrow(() -> new IllegalStateException("Product " + row.sku() + " has an unknown VAT code "
                            + row.vatCode()));
            products.add(new Product(row.sku(), row.name(), row.unit(), row.netPrice(), rate, row.note(),
                    imagePaths.resolve(row.imageFile()), categories.getOrDefault(row.id(), List.of()), values,
                    row.updatedAt()));
        }
        return products;
    }

    /**
     * Category values in dimension order, as a gapless prefix: a product with no value in the first
     * dimension gets none, so that {@link Product#firstCategory()} never returns a later dimension's value.
     */
    private Map<Long, List<CategoryValue>> categories(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, List<CategoryValue>> result = new HashMap<>();
        List<String> dimensions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name FROM category_dimension ORDER BY position");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                dimensions.add(rs.getString(1));
            }
        }
        if (dimensions.isEmpty()) {
            return result;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pc.product_id, d.name, pc.category_value FROM product_category pc"
                        + " JOIN category_dimension d ON d.id = pc.dimension_id"
                        + " WHERE pc.product_id = ANY(?) ORDER BY pc.product_id, d.position")) {
            statement.setArray(1, Jdbc.longArray(connection, ids));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<CategoryValue> values = result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>());
                    String dimension = rs.getString(2);
                    if (values.size() < dimensions.size() && dimensions.get(values.size()).equals(dimension)) {
                        values.add(new CategoryValue(dimension, rs.getString(3)));
                    }
                }
            }
        }
        return result;
    }

    private Map<Long, Map<String, String>> fields(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, Map<String, String>> result = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT product_id, field_key, field_value FROM product_field WHERE product_id = ANY(?)")) {
            statement.setArray(1, Jdbc.longArray(connection, ids));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
        }
        return result;
    }

    private record Row(long id, String sku, String name, String unit, BigDecimal netPrice, String vatCode,
                       String note, String imageFile, Instant updatedAt) {
    }
}
