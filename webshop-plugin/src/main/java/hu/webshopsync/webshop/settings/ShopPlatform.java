package hu.webshopsync.webshop.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The shop engine the {@code webshop} module talks to (setting {@code platform}). */
public enum ShopPlatform {
    /** WooCommerce REST v3 (the default). */
    WOOCOMMERCE("woocommerce"),
    /** Shoprenter's REST API. */
    SHOPRENTER("shoprenter");

    private final String value;

    ShopPlatform(String value) {
        this.value = value;
    }

    /** @return the setting's value, e.g. {@code shoprenter} */
    public String value() {
        return value;
    }

    /**
     * @param value a setting value, any case
     * @return the platform, if the value names one
     */
    public static Optional<ShopPlatform> of(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.value.equals(v)).findFirst();
    }
}
