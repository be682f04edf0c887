package hu.webshopsync.webshop.settings;

import hu.webshopsync.webshop.text.Messages;
import static hu.webshopsync.webshop.settings.SettingKeys.*;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.SettingDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code webshop} module's settings: keys, types, defaults, and labels from the bundle
 * ({@code setting.<key>.label} / {@code .help}). The one place a default is written down.
 */
public final class SettingDefinitions {

    /**
     * WooCommerce's stock tax classes are "" (standard), {@code reduced-rate} and {@code zero-rate}.
     * 27% is standard; 18% and 5% share the reduced class until the shop owner adds a class of
     * their own (then they map e.g. {@code 5=5-szazalek}); exemptions go to the zero class. Tax
     * classes only matter when the shop calculates taxes.
     */
    static final String DEFAULT_VAT_TAX_CLASS_MAP = "27=,18=reduced-rate,5=reduced-rate,0=zero-rate,AAM=zero-rate,TAM=zero-rate";

    static final String DEFAULT_PAYMENT_METHOD_MAP =
            "cod=utánvét,bacs=átutalás,cheque=csekk,stripe=bankkártya,barion=bankkártya,simplepay=bankkártya,paypal=bankkártya";

    private record Def(String key, FieldType type, boolean required, boolean secret, String defaultValue) {
    }

    private static final List<Def> DEFS = List.of(
            new Def(PLATFORM, FieldType.TEXT, false, false, ShopPlatform.WOOCOMMERCE.value()),
            new Def(URL, FieldType.TEXT, true, false, null),
            // required for WooCommerce only: WebshopSettings.from names the missing one for the chosen platform
            new Def(CONSUMER_KEY, FieldType.TEXT, false, false, null),
            new Def(CONSUMER_SECRET, FieldType.TEXT, false, true, null),
            new Def(API_USER, FieldType.TEXT, false, false, null),
            new Def(API_PASSWORD, FieldType.TEXT, false, true, null),
            new Def(CLIENT_ID, FieldType.TEXT, false, false, null),
            new Def(CLIENT_SECRET, FieldType.TEXT, false, true, null),
            new Def(TOKEN_URL, FieldType.TEXT, false, false, null),
            new Def(REQUESTS_PER_SECOND, FieldType.INTEGER, false, false, "3"),
            new Def(WP_USER, FieldType.TEXT, false, false, null),
            new Def(WP_APPLICATION_PASSWORD, FieldType.TEXT, false, true, null),
            new Def(WAREHOUSE, FieldType.TEXT, false, false, null),
            new Def(VAT_TAX_CLASS_MAP, FieldType.TEXT, false, false, DEFAULT_VAT_TAX_CLASS_MAP),
            new Def(IMAGE_MAX_BYTES, FieldType.INTEGER, false, false, String.valueOf(5L * 1024 * 1024)),
            new Def(ALLOW_INSECURE_HTTP, FieldType.BOOLEAN, false, false, "false"),
            new Def(CA_FILE, FieldType.TEXT, false, false, null),
            new Def(CONNECT_TIMEOUT_SECONDS, FieldType.INTEGER, false, false, "10"),
            new Def(READ_TIMEOUT_SECONDS, FieldType.INTEGER, false, false, "60"),
            // empty unless set: the product sync tunes its requests in flight to the shop
            new Def(PARALLEL_REQUESTS, FieldType.INTEGER, false, false, null),
            new Def(SYNC_FIELDS, FieldType.TEXT, false, false, SyncField.DEFAULT),
            new Def(ORDER_STATUSES, FieldType.TEXT, false, false, "processing,on-hold"),
            new Def(ORDER_OVERLAP_MINUTES, FieldType.INTEGER, false, false, "10"),
            new Def(ORDER_LOOKBACK_DAYS, FieldType.INTEGER, false, false, "30"),
            new Def(SHIPPING_SKU, FieldType.TEXT, false, false, "SZALLITAS"),
            new Def(FEE_SKU, FieldType.TEXT, false, false, "KEZELESI-DIJ"),
            new Def(DISCOUNT_SKU, FieldType.TEXT, false, false, "KEDVEZMENY"),
            new Def(ROUNDING_SKU, FieldType.TEXT, false, false, "KEREKITES"),
            new Def(ROUNDING_TOLERANCE, FieldType.DECIMAL, false, false, "1"),
            new Def(PAYMENT_METHOD_MAP, FieldType.TEXT, false, false, DEFAULT_PAYMENT_METHOD_MAP),
            new Def(TAX_NUMBER_META_KEY, FieldType.TEXT, false, false, "_billing_tax_number"),
            // the ERP number goes onto the order as meta in the write-back batches; a note costs a request per order
            new Def(ORDER_NOTE_ENABLED, FieldType.BOOLEAN, false, false, "false"),
            new Def(FULFILLED_SHOP_STATUS, FieldType.TEXT, false, false, "completed"),
            new Def(CANCELLED_SHOP_STATUS, FieldType.TEXT, false, false, "cancelled"),
            // off unless set: an owner turns unattended syncs on knowingly
            new Def(AUTO_ORDER_SYNC, FieldType.TEXT, false, false, null),
            new Def(AUTO_PRODUCT_SYNC, FieldType.TEXT, false, false, null),
            new Def(AUTO_STOCK_AUDIT, FieldType.TEXT, false, false, null),
            new Def(ALLOW_FAST_SCHEDULE, FieldType.BOOLEAN, false, false, "false"));

    /** Defaults by key, for reading settings that a host stored without them. */
    static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> defaults = new LinkedHashMap<>();
        DEFS.stream().filter(d -> d.defaultValue() != null).forEach(d -> defaults.put(d.key(), d.defaultValue()));
        DEFAULTS = Collections.unmodifiableMap(defaults);
    }

    private SettingDefinitions() {
    }

    public static Optional<String> defaultOf(String key) {
        return Optional.ofNullable(DEFAULTS.get(key));
    }

    public static List<SettingDefinition> all(Messages messages, Locale locale) {
        List<SettingDefinition> out = new ArrayList<>(DEFS.size());
        for (Def d : DEFS) {
            String help = messages.get(locale, "setting." + d.key() + ".help");
            out.add(new SettingDefinition(d.key(), messages.get(locale, "setting." + d.key() + ".label"), d.type(),
                    d.required(), d.secret(), d.defaultValue(), help.startsWith("setting.") ? null : help));
        }
        return List.copyOf(out);
    }
}
