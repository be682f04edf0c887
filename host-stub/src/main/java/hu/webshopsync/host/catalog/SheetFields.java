package hu.webshopsync.host.catalog;

import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.fields.FieldValues;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plugin fields on the product sheet: which are visible now, and setting a value, which is
 * refused while the field is not visible (e.g. the webshop module is inactive).
 */
public final class SheetFields {

    private final Supplier<List<ProductSheetField>> fields;
    private final ModuleRegistry modules;
    private final Database database;
    private final Clock clock;

    /**
     * Creates the sheet fields.
     *
     * @param fields   the fields the started plugins contribute, looked up at each use
     * @param modules  the module registry the fields judge their visibility by
     * @param database the ERP database
     * @param clock    the host's clock
     */
    public SheetFields(Supplier<List<ProductSheetField>> fields, ModuleRegistry modules, Database database,
                       Clock clock) {
        this.fields = fields;
        this.modules = modules;
        this.database = database;
        this.clock = clock;
    }

    /**
     * The fields shown now.
     *
     * @return the visible fields
     */
    public List<ProductSheetField> visible() {
        return fields.get().stream().filter(f -> f.isVisible(modules)).toList();
    }

    /** Why a value was not set. */
    public enum Refusal {
        /** No plugin contributes a field with this key. */
        UNKNOWN_FIELD,
        /** The field exists but is not shown now. */
        NOT_VISIBLE,
        /** The value does not fit the field's type. */
        INVALID_VALUE,
        /** No product has this SKU. */
        UNKNOWN_PRODUCT
    }

    /**
     * Checks a value without storing it.
     *
     * @param key   the field key
     * @param value the value as typed
     * @return the refusal, or empty when the value may be set
     */
    public Optional<Refusal> check(String key, String value) {
        Optional<ProductSheetField> field = fields.get().stream().filter(f -> f.key().equals(key)).findFirst();
        if (field.isEmpty()) {
            return Optional.of(Refusal.UNKNOWN_FIELD);
        }
        if (!field.get().isVisible(modules)) {
            return Optional.of(Refusal.NOT_VISIBLE);
        }
        return FieldValues.normalise(field.get().type(), value).isEmpty()
                ? Optional.of(Refusal.INVALID_VALUE) : Optional.empty();
    }

    /**
     * Sets a field's value on one product after the same checks as {@link #check}.
     *
     * @param sku   the product
     * @param key   the field key
     * @param value the value as typed
     * @return the refusal, or empty when stored
     */
    public Optional<Refusal> set(String sku, String key, String value) {
        Optional<Refusal> refusal = check(key, value);
        if (refusal.isPresent()) {
            return refusal;
        }
        ProductSheetField field = fields.get().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        String normal = FieldValues.normalise(field.type(), value).orElseThrow();
        boolean stored = database.inTransaction("setting field " + key + " of " + sku,
                connection -> ProductWriter.setField(connection, sku, key, normal, clock.instant()));
        return stored ? Optional.empty() : Optional.of(Refusal.UNKNOWN_PRODUCT);
    }
}
