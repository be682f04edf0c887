package hu.webshopsync.webshop.settings;

import hu.webshopsync.api.ModuleSettings;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A product field Termék szinkron may write, as the {@code syncFields} setting names it. The fields
 * not listed belong to the shop: the sync never sends them, so what the owner writes there stays.
 */
public enum SyncField {
    /** The product's name (a new product gets it in any case: the shop needs one). */
    NAME("name"),
    /** The regular price, with the tax class that goes with its VAT rate. */
    PRICE("price"),
    /** The description, from the ERP's note. */
    DESCRIPTION("description"),
    /** The product image. */
    IMAGE("image"),
    /** The first category. */
    CATEGORY("category"),
    /** The stock quantity of the configured warehouse. */
    STOCK("stock");

    /** The setting's default: every field. */
    public static final String DEFAULT = "name,price,description,image,category,stock";

    private final String key;

    SyncField(String key) {
        this.key = key;
    }

    /** @return the word the setting uses */
    public String key() {
        return key;
    }

    /**
     * The fields a {@code syncFields} value lists: words separated by commas (or spaces), in any case
     * and order; empty or absent means the default.
     *
     * @param settings the stored settings
     * @return the owned fields
     * @throws InvalidSettingException naming the first unknown word and the known ones
     */
    public static Set<SyncField> of(ModuleSettings settings) {
        String value = settings.get(SettingKeys.SYNC_FIELDS).filter(v -> !v.isBlank()).orElse(DEFAULT);
        Set<SyncField> fields = EnumSet.noneOf(SyncField.class);
        for (String word : value.split("[,;\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String wanted = word.toLowerCase(Locale.ROOT);
            fields.add(Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidSettingException(SettingKeys.SYNC_FIELDS,
                            "error.setting.unknownSyncField", word, DEFAULT.replace(",", ", "))));
        }
        return fields.isEmpty() ? EnumSet.allOf(SyncField.class) : fields;
    }

    /**
     * The setting's words for some fields, in the enum's order.
     *
     * @param fields the fields
     * @return e.g. {@code price,stock}
     */
    public static String keys(Set<SyncField> fields) {
        return fields.stream().sorted().map(SyncField::key).collect(Collectors.joining(","));
    }
}
