package hu.webshopsync.emulator;

/** Which shop engine the emulator speaks. */
public enum Platform {
    /** WooCommerce REST v3 with WordPress media (the default). */
    WOOCOMMERCE,
    /** Shoprenter's REST API (package {@code hu.webshopsync.emulator.shoprenter}). */
    SHOPRENTER
}
