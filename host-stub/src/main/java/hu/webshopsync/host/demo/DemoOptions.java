package hu.webshopsync.host.demo;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user chose for a demo run.
 *
 * @param dataDir    the fresh data folder to build the sample ERP in
 * @param pluginsDir the plugins folder holding the webshop plugin
 * @param locale     the language of the output
 * @param shop       a real shop to use instead of the in-process emulator, or empty
 * @param platform   what the in-process emulator speaks: {@code woocommerce} or {@code shoprenter}
 */
public record DemoOptions(Path dataDir, Path pluginsDir, Locale locale, Optional<ShopAccess> shop, String platform) {

    /**
     * Validates the options.
     */
    public DemoOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(pluginsDir, "pluginsDir");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(shop, "shop");
        if (!platform.equals("woocommerce") && !platform.equals("shoprenter")) {
            throw new IllegalArgumentException("unknown platform " + platform + "; known: woocommerce, shoprenter");
        }
    }
}
