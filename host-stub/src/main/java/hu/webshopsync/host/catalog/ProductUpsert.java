package hu.webshopsync.host.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A product to insert or update by SKU. For the optional parts {@code null} means "leave as it is"
 * (the import file had no such column); for {@code category} and {@code imageFile} an empty text
 * means "remove".
 *
 * @param sku       the SKU
 * @param name      the name
 * @param unit      the unit of measure, or {@code null}
 * @param netPrice  the net unit price
 * @param vatCode   a known VAT code
 * @param note      the note, or {@code null}
 * @param category  the first category dimension's value, or {@code null}
 * @param imageFile the image in its stored form (see {@link ImagePaths}), or {@code null}
 * @param fields    sheet field values to store, by key
 */
public record ProductUpsert(String sku, String name, String unit, BigDecimal netPrice, String vatCode, String note,
                            String category, String imageFile, Map<String, String> fields) {

    /**
     * Validates and copies.
     */
    public ProductUpsert {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(netPrice, "netPrice");
        Objects.requireNonNull(vatCode, "vatCode");
        fields = Map.copyOf(fields);
    }
}
