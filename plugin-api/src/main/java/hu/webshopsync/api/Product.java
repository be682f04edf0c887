package hu.webshopsync.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A product of the ERP's product master as plugins see it.
 *
 * @param sku          the product code (cikkszám), unique
 * @param name         the name
 * @param unit         the unit of measure, e.g. {@code db}
 * @param netPrice     the net unit price in the home currency
 * @param vatRate      the VAT rate
 * @param note         the note (megjegyzés): plain text, may span lines; empty when none
 * @param imageFile    the image file, absolute, or {@code null} when the product has none
 * @param categories   the product's category values, one per category dimension in the dimensions'
 *                     order; a value may be a path with {@code /} between levels (e.g. {@code Ruházat/Pólók})
 * @param fields       the values of plugin sheet fields by field key (see {@link ProductSheetField})
 * @param lastModified when the product last changed in the ERP
 */
public record Product(String sku, String name, String unit, BigDecimal netPrice, VatRate vatRate, String note,
                      Path imageFile, List<CategoryValue> categories, Map<String, String> fields,
                      Instant lastModified) {

    /**
     * Validates and copies.
     */
    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(netPrice, "netPrice");
        Objects.requireNonNull(vatRate, "vatRate");
        note = note == null ? "" : note;
        unit = unit == null ? "" : unit;
        categories = List.copyOf(categories);
        fields = Map.copyOf(fields);
    }

    /**
     * The image file, if the product has one.
     *
     * @return the image file
     */
    public Optional<Path> image() {
        return Optional.ofNullable(imageFile);
    }

    /**
     * The value of the first category dimension, the one the shop shows.
     *
     * @return the first category value, if the product has one
     */
    public Optional<String> firstCategory() {
        return categories.isEmpty() ? Optional.empty() : Optional.of(categories.get(0).value());
    }

    /**
     * A sheet field's value.
     *
     * @param key the field's key
     * @return the value, if set
     */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }
}
