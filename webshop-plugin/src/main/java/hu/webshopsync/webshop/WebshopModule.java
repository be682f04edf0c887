package hu.webshopsync.webshop;

import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.schedule.ScheduleInterval;
import hu.webshopsync.webshop.settings.InvalidSettingException;
import hu.webshopsync.webshop.settings.SettingDefinitions;
import hu.webshopsync.webshop.settings.SettingKeys;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.text.Messages;
import hu.webshopsync.api.ActivationContext;
import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.api.SettingDefinition;
import hu.webshopsync.webshop.identity.SameShopEvidence;
import hu.webshopsync.webshop.identity.ShopIdentityCheck;
import hu.webshopsync.webshop.identity.ShopRecords;
import hu.webshopsync.webshop.settings.ShopPlatform;
import hu.webshopsync.webshop.shoprenter.SrActivationCheck;
import hu.webshopsync.webshop.shoprenter.SrConnection;
import hu.webshopsync.webshop.shoprenter.SrException;
import hu.webshopsync.webshop.shoprenter.SrShopRecords;
import hu.webshopsync.webshop.woocommerce.WooShopRecords;
import hu.webshopsync.webshop.orders.OrderKeys;
import hu.webshopsync.webshop.products.PriceMode;
import hu.webshopsync.webshop.woocommerce.ShopConnection;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import hu.webshopsync.webshop.woocommerce.WooCommerceException;
import hu.webshopsync.webshop.woocommerce.WooStoreApi;
import hu.webshopsync.webshop.woocommerce.WooSystemStatus;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
        return check(values, Optional.empty(), locale);
    }

    /**
     * The check with the activation's circumstances: besides the connection, whether the shop at
     * the address is the one the plugin worked with (see {@link ShopIdentityCheck}).
     */
    @Override
    public CheckResult check(ModuleSettings values, ActivationContext activation, Locale locale) {
        return check(values, Optional.of(activation), locale);
    }

    private CheckResult check(ModuleSettings values, Optional<ActivationContext> activation, Locale locale) {
        Messages m = plugin.messages();
        WebshopSettings settings;
        try {
            settings = WebshopSettings.from(values);
            ScheduleInterval.checkAll(values);
        } catch (InvalidSettingException e) {
            return CheckResult.failed(e.localizedMessage(m, locale));
        }
        List<String> warnings = new ArrayList<>();
        if (!settings.https() && !settings.loopback()) {
            warnings.add(m.get(locale, "check.warn.insecureHttp"));
        }
        if (settings.platform() == ShopPlatform.SHOPRENTER) {
            return checkShoprenter(settings, activation, warnings, m, locale);
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
            String ok = m.get(locale, "check.ok", connection.host(), status.environment().version(),
                    currency, m.get(locale, "priceMode." + mode.name()));
            if (activation.isEmpty()) {
                return CheckResult.passed(ok, warnings);
            }
            return identity(settings, activation.get(), connection.host(), WooShopRecords.on(connection), ok,
                    warnings, m, locale);
        } catch (WooCommerceException | ShopUnreachableException e) {
            return refused(e, warnings, m, locale);
        } catch (InvalidSettingException e) {
            return CheckResult.failed(e.localizedMessage(m, locale));
        }
    }

    /**
     * Shoprenter: the credentials, the Hungarian language and a tax class per VAT rate (see
     * {@link SrActivationCheck}), then the shop's identity like WooCommerce's. Prices always go up net.
     */
    private CheckResult checkShoprenter(WebshopSettings settings, Optional<ActivationContext> activation,
                                        List<String> warnings, Messages m, Locale locale) {
        // One attempt (throttling aside), not the sync's retries: the user is waiting in front of the form.
        try (SrConnection connection = SrConnection.open(settings, plugin.mapper(), 1)) {
            SrActivationCheck.Outcome outcome = SrActivationCheck.on(connection).run();
            if (!outcome.passed()) {
                String reason = m.get(locale, "check.failed", m.get(locale, outcome.failure().orElseThrow()));
                return CheckResult.failed(warnings.isEmpty() ? reason : reason + " " + String.join(" ", warnings));
            }
            String ok = m.get(locale, "check.sr.ok", connection.host(), outcome.classes());
            if (activation.isEmpty()) {
                return CheckResult.passed(ok, warnings);
            }
            return identity(settings, activation.get(), connection.host(), SrShopRecords.on(connection), ok,
                    warnings, m, locale);
        } catch (SrException | ShopUnreachableException e) {
            return refused(e, warnings, m, locale);
        } catch (InvalidSettingException e) {
            return CheckResult.failed(e.localizedMessage(m, locale));
        }
    }

    private static CheckResult refused(RuntimeException e, List<String> warnings, Messages m, Locale locale) {
        // a refused check shows no separate warnings, yet the user should learn them now, not later
        String reason = m.get(locale, "check.failed", ShopErrors.describe(m, locale, e));
        return CheckResult.failed(warnings.isEmpty() ? reason : reason + " " + String.join(" ", warnings));
    }

    private CheckResult identity(WebshopSettings settings, ActivationContext activation, String host,
                                 ShopRecords records, String ok, List<String> warnings, Messages m, Locale locale) {
        PluginStateStore state = activation.state();
        ShopIdentityCheck.Outcome outcome = new ShopIdentityCheck(state,
                (sourceId, limit) -> OrderKeys.newest(state, sourceId, limit), Clock.systemUTC())
                .verify(settings.platform().value(), settings.uri(), settings.url(), previousUri(activation.previous()),
                        records, activation.confirmedNewCounterpart());
        if (outcome instanceof ShopIdentityCheck.DifferentShop different) {
            return CheckResult.confirmationNeeded(m.get(locale, "identity.differentShop", host,
                    evidence(different.finding(), m, locale)));
        }
        if (outcome instanceof ShopIdentityCheck.NewShop fresh) {
            return CheckResult.passed(ok + "\n" + m.get(locale, "identity.newShop", fresh.retiredProducts()), warnings);
        }
        if (outcome instanceof ShopIdentityCheck.SameShop same && same.moved()) {
            return CheckResult.passed(ok + "\n" + m.get(locale, "identity.sameShop",
                    evidence(same.finding(), m, locale)), warnings);
        }
        return CheckResult.passed(ok, warnings);
    }

    private static String evidence(SameShopEvidence.Finding finding, Messages m, Locale locale) {
        if (finding.orders() > 0) {
            return m.get(locale, "identity.byOrders", finding.orders());
        }
        return finding.products() > 0 ? m.get(locale, "identity.byProducts", finding.products())
                : m.get(locale, "identity.nothingBound");
    }

    /** The address stored before, if it was a usable one: installs from before remembered no shop. */
    private static Optional<URI> previousUri(ModuleSettings previous) {
        if (previous.get(SettingKeys.URL).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WebshopSettings.from(previous).uri());
        } catch (InvalidSettingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
