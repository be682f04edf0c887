package hu.webshopsync.host.catalog;

import hu.webshopsync.api.Product;
import hu.webshopsync.host.db.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits the product master's own fields of one product ({@code products set}, the console's
 * product sheet) by the same rules as the import: every value is checked first, and only when all
 * pass is the product written, in one transaction.
 */
public final class ProductEditor {

    /** The fields this editor owns, by the names the import's columns use. */
    public static final List<String> FIELDS = List.of("name", "unit", "net_price", "vat_rate", "note", "category",
            "image");

    private final Database database;
    private final Clock clock;
    private final ImagePaths imagePaths;

    /**
     * Creates the editor.
     *
     * @param database the ERP database
     * @param clock    the host's clock
     */
    public ProductEditor(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.imagePaths = new ImagePaths(database.dataDir());
    }

    /**
     * Where an edited image path may point.
     *
     * @param base the folder a relative path is relative to
     * @param root the folder images must lie in, after resolving links
     */
    public record ImageScope(Path base, Path root) {
    }

    /**
     * Whether a field is one of the product master's own.
     *
     * @param key the field name
     * @return true for {@link #FIELDS}
     */
    public static boolean owns(String key) {
        return FIELDS.contains(key);
    }

    /**
     * Checks values and, when all pass, stores them.
     *
     * @param current the product as stored
     * @param values  new values by field name (only {@link #FIELDS}); an empty category or image removes it
     * @param images  where an image may come from
     * @return the refusal per field; empty when the product was saved
     */
    public Map<String, InvalidProductValue> edit(Product current, Map<String, String> values, ImageScope images) {
        Map<String, InvalidProductValue> refusals = new LinkedHashMap<>();
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            try {
                checked.put(e.getKey(), check(e.getKey(), e.getValue(), images));
            } catch (InvalidProductValue refusal) {
                refusals.put(e.getKey(), refusal);
            }
        }
        if (!refusals.isEmpty() || checked.isEmpty()) {
            return refusals;
        }
        ProductUpsert upsert = new ProductUpsert(current.sku(),
                (String) checked.getOrDefault("name", current.name()),
                (String) checked.get("unit"),
                (BigDecimal) checked.getOrDefault("net_price", current.netPrice()),
                (String) checked.getOrDefault("vat_rate", current.vatRate().code()),
                (String) checked.get("note"), (String) checked.get("category"), (String) checked.get("image"),
                Map.of());
        database.inTransaction("editing product " + current.sku(), connection ->
                ProductWriter.upsert(connection, List.of(upsert), clock.instant(), new LinkedHashMap<>()));
        return refusals;
    }

    private Object check(String key, String value, ImageScope images) throws InvalidProductValue {
        return switch (key) {
            case "name" -> ProductRules.name(value);
            case "unit" -> ProductRules.unit(value);
            case "net_price" -> ProductRules.netPrice(value);
            case "vat_rate" -> ProductRules.vatCode(value);
            case "note" -> ProductRules.note(value);
            case "category" -> ProductRules.category(value);
            case "image" -> value == null || value.isBlank() ? ""
                    : imagePaths.toStored(ProductRules.image(value, images.base(), images.root()));
            default -> throw new IllegalArgumentException("not a product master field: " + key);
        };
    }
}
