package hu.webshopsync.webshop;

import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.SettingDefinition;
import hu.webshopsync.webshop.products.PriceMode;
import hu.webshopsync.webshop.woocommerce.ShopConnection;
import hu.webshopsync.webshop.woocommerce.ShopUnreachableException;
import hu.webshopsync.webshop.woocommerce.WooCommerceException;
import hu.webshopsync.webshop.woocommerce.WooStoreApi;
import hu.webshopsync.webshop.woocommerce.WooSystemStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.pf4j.Extension;

/**
 * The <b>Webáruház</b> module: the shop's address and keys, the stock warehouse, and the order
 * sync's settings. Activation is refused unless the settings are well-formed and a live request
 * to the shop succeeds with them.
 */
@Extension
public class WebshopModule implements HostModule {

    /** The module's id. */
    public static final String ID = "webshop";

    private final WebshopPlugin plugin;

    /**
     * @param plugin the plugin's shared objects
     */
    public WebshopModule(WebshopPlugin plugin) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return plugin.messages().get(locale, "module.name");
    }

    @Override
    public List<SettingDefinition> settings(Locale locale) {
        return SettingDefinitions.all(plugin.messages(), locale);
    }

    @Override
    public CheckResult check(ModuleSettings values, Locale locale) {
        Messages m = plugin.messages();
        WebshopSettings settings;
        try {
            settings = WebshopSettings.from(values);
        } catch (InvalidSettingException e) {
            return CheckResult.failed(e.localizedMessage(m, locale));
        }
        List<String> warnings = new ArrayList<>();
        if (!settings.https() && !settings.loopback()) {
            warnings.add(m.get(locale, "check.warn.insecureHttp"));
        }
        if (settings.wpUser().isPresent() != settings.wpApplicationPassword().isPresent()) {
            warnings.add(m.get(locale, "check.warn.halfImageCredentials"));
        } else if (!settings.hasImageCredentials()) {
            warnings.add(m.get(locale, "check.warn.noImageCredentials"));
        } else if (!settings.https() && !settings.loopback()) {
            warnings.add(m.get(locale, "check.warn.imagesNeedHttps"));
        }
        // One attempt, not the sync's retries: the user is waiting in front of the settings form.
        try (ShopConnection connection = ShopConnection.open(settings, plugin.mapper(), 1)) {
            WooStoreApi store = connection.api(WooStoreApi.class);
            WooSystemStatus status = store.systemStatus();
            if (status == null || status.environment() == null || status.environment().version() == null) {
                return CheckResult.failed(m.get(locale, "check.failed", m.get(locale, "error.notWooCommerce", 200)));
            }
            PriceMode mode = PriceMode.of(store.setting("general", "woocommerce_calc_taxes").yes(),
                    store.setting("tax", "woocommerce_prices_include_tax").yes());
            String currency = store.setting("general", "woocommerce_currency").text();
            if (!currency.isEmpty() && !currency.equalsIgnoreCase("HUF")) {
                warnings.add(m.get(locale, "check.warn.currency", currency));
            }
            return CheckResult.passed(m.get(locale, "check.ok", connection.host(), status.environment().version(),
                    currency, m.get(locale, "priceMode." + mode.name())), warnings);
        } catch (WooCommerceException | ShopUnreachableException e) {
            // a refused check shows no separate warnings, yet the user should learn them now, not later
            String reason = m.get(locale, "check.failed", ShopErrors.describe(m, locale, e));
            return CheckResult.failed(warnings.isEmpty() ? reason : reason + " " + String.join(" ", warnings));
        } catch (InvalidSettingException e) {
            return CheckResult.failed(e.localizedMessage(m, locale));
        }
    }
}
