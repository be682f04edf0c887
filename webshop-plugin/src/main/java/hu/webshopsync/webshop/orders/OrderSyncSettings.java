package hu.webshopsync.webshop.orders;

import static hu.webshopsync.webshop.settings.SettingKeys.CANCELLED_SHOP_STATUS;
import static hu.webshopsync.webshop.settings.SettingKeys.DISCOUNT_SKU;
import static hu.webshopsync.webshop.settings.SettingKeys.FEE_SKU;
import static hu.webshopsync.webshop.settings.SettingKeys.FULFILLED_SHOP_STATUS;
import static hu.webshopsync.webshop.settings.SettingKeys.ORDER_LOOKBACK_DAYS;
import static hu.webshopsync.webshop.settings.SettingKeys.ORDER_NOTE_ENABLED;
import static hu.webshopsync.webshop.settings.SettingKeys.ORDER_OVERLAP_MINUTES;
import static hu.webshopsync.webshop.settings.SettingKeys.ORDER_STATUSES;
import static hu.webshopsync.webshop.settings.SettingKeys.PAYMENT_METHOD_MAP;
import static hu.webshopsync.webshop.settings.SettingKeys.ROUNDING_SKU;
import static hu.webshopsync.webshop.settings.SettingKeys.ROUNDING_TOLERANCE;
import static hu.webshopsync.webshop.settings.SettingKeys.SHIPPING_SKU;
import static hu.webshopsync.webshop.settings.SettingKeys.TAX_NUMBER_META_KEY;

import hu.webshopsync.api.ModuleSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The order sync's own settings, read from the {@code webshop} module's plain values with the
 * documented defaults filled in when a value is absent.
 *
 * @param statuses          the shop order statuses to import, e.g. {@code processing}, {@code on-hold}
 * @param overlap           how far before the cursor each run looks again, for orders saved late
 * @param lookback          how far back the very first run looks
 * @param shippingSku       the service code shipping lines are booked under
 * @param feeSku            the service code fee lines are booked under
 * @param discountSku       the code coupon discounts are booked under
 * @param roundingSku       the code a small total difference is booked under
 * @param roundingTolerance the largest total difference booked as rounding instead of marking the order for review
 * @param paymentMethods    shop payment method id → ERP payment method
 * @param taxNumberMetaKey  the order meta key holding the buyer's tax number
 * @param orderNoteEnabled  whether an imported order also gets a private note with its ERP document number
 *                          (off by default: the number goes onto the order as meta anyway, and a note
 *                          costs one request per order)
 * @param warehouse         the warehouse whose stock the orders reserve, or {@code null} for none
 * @param fulfilledShopStatus the shop status an order fulfilled in the ERP gets, e.g. {@code completed};
 *                          empty (setting empty or {@code -}) sends none
 * @param cancelledShopStatus the shop status an order cancelled in the ERP gets, e.g. {@code cancelled};
 *                          empty sends none
 */
public record OrderSyncSettings(List<String> statuses, Duration overlap, Duration lookback, String shippingSku,
                                String feeSku, String discountSku, String roundingSku, BigDecimal roundingTolerance,
                                Map<String, String> paymentMethods, String taxNumberMetaKey, boolean orderNoteEnabled,
                                String warehouse, String fulfilledShopStatus, String cancelledShopStatus) {

    static final String DEFAULT_STATUSES = "processing,on-hold";
    static final String DEFAULT_PAYMENT_METHODS = "cod=utánvét,bacs=átutalás,cheque=csekk,stripe=bankkártya,"
            + "barion=bankkártya,simplepay=bankkártya,paypal=bankkártya";

    /**
     * Validates and copies.
     */
    public OrderSyncSettings {
        statuses = List.copyOf(statuses);
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("orderStatuses: at least one status is needed");
        }
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(lookback, "lookback");
        Objects.requireNonNull(shippingSku, "shippingSku");
        Objects.requireNonNull(feeSku, "feeSku");
        Objects.requireNonNull(discountSku, "discountSku");
        Objects.requireNonNull(roundingSku, "roundingSku");
        Objects.requireNonNull(roundingTolerance, "roundingTolerance");
        paymentMethods = Map.copyOf(paymentMethods);
        Objects.requireNonNull(taxNumberMetaKey, "taxNumberMetaKey");
        Objects.requireNonNull(fulfilledShopStatus, "fulfilledShopStatus");
        Objects.requireNonNull(cancelledShopStatus, "cancelledShopStatus");
    }

    /**
     * Reads the settings; absent values take their defaults.
     *
     * @param raw       the module's stored settings
     * @param warehouse the warehouse the module feeds stock from (orders reserve there), or {@code null} for none
     * @return the settings
     * @throws IllegalArgumentException naming the key, when a present value cannot be used
     */
    public static OrderSyncSettings from(ModuleSettings raw, String warehouse) {
        List<String> statuses = Arrays.stream(raw.get(ORDER_STATUSES).orElse(DEFAULT_STATUSES).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        for (String status : statuses) {
            status(ORDER_STATUSES, status);
        }
        return new OrderSyncSettings(
                statuses,
                Duration.ofMinutes(nonNegativeLong(raw, ORDER_OVERLAP_MINUTES, 10)),
                Duration.ofDays(nonNegativeLong(raw, ORDER_LOOKBACK_DAYS, 30)),
                raw.get(SHIPPING_SKU).map(String::trim).orElse("SZALLITAS"),
                raw.get(FEE_SKU).map(String::trim).orElse("KEZELESI-DIJ"),
                raw.get(DISCOUNT_SKU).map(String::trim).orElse("KEDVEZMENY"),
                raw.get(ROUNDING_SKU).map(String::trim).orElse("KEREKITES"),
                tolerance(raw),
                paymentMethods(raw.get(PAYMENT_METHOD_MAP).orElse(DEFAULT_PAYMENT_METHODS)),
                raw.get(TAX_NUMBER_META_KEY).map(String::trim).orElse("_billing_tax_number"),
                raw.flag(ORDER_NOTE_ENABLED, false),
                warehouse == null || warehouse.isBlank() ? null : warehouse.trim(),
                writeBackStatus(raw, FULFILLED_SHOP_STATUS, "completed"),
                writeBackStatus(raw, CANCELLED_SHOP_STATUS, "cancelled"));
    }

    // Empty turns the write-back off (the host keeps a value cleared on purpose apart from one never set);
    // "-" too, for a host that fills blank settings with their defaults
    private static String writeBackStatus(ModuleSettings raw, String key, String defaultValue) {
        String value = raw.values().get(key);
        if (value != null && (value.isBlank() || value.trim().equals("-"))) {
            return "";
        }
        return status(key, value == null ? defaultValue : value);
    }

    // a word (on-hold), or a shop's own name of a status (Shoprenter: "Feldolgozás alatt") or its number
    private static String status(String key, String value) {
        String status = value.trim().toLowerCase(Locale.ROOT);
        if (!status.isEmpty() && !status.matches("[\\p{L}\\p{N}_-]+( [\\p{L}\\p{N}_-]+)*")) {
            throw new IllegalArgumentException(key + ": not a status name: " + value.trim());
        }
        return status;
    }

    /**
     * The ERP payment method for a shop payment method id, if the map names one.
     *
     * @param shopMethod the shop's id, e.g. {@code cod}
     * @return the ERP's name, e.g. {@code utánvét}
     */
    public Optional<String> paymentMethod(String shopMethod) {
        return shopMethod == null ? Optional.empty()
                : Optional.ofNullable(paymentMethods.get(shopMethod.trim().toLowerCase(Locale.ROOT)));
    }

    private static long nonNegativeLong(ModuleSettings raw, String key, long defaultValue) {
        String value = raw.get(key).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw new IllegalArgumentException(key + ": must not be negative: " + value.trim());
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a whole number: " + value.trim(), e);
        }
    }

    private static BigDecimal tolerance(ModuleSettings raw) {
        String value = raw.get(ROUNDING_TOLERANCE).orElse("1").trim();
        try {
            BigDecimal parsed = new BigDecimal(value);
            if (parsed.signum() < 0) {
                throw new IllegalArgumentException(ROUNDING_TOLERANCE + ": must not be negative: " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ROUNDING_TOLERANCE + ": not a number: " + value, e);
        }
    }

    // "cod=utánvét, bacs=átutalás": entries by comma, key and value by the first '='
    static Map<String, String> paymentMethods(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException(PAYMENT_METHOD_MAP + ": expected method=name, got: " + entry.trim());
            }
            map.put(entry.substring(0, eq).trim().toLowerCase(Locale.ROOT), entry.substring(eq + 1).trim());
        }
        return map;
    }
}
