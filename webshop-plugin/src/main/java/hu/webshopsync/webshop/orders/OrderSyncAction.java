package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.OrderListAction;
import hu.webshopsync.webshop.settings.InvalidSettingException;
import hu.webshopsync.webshop.shop.RetryStatus;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.identity.ShopIdentity;
import hu.webshopsync.webshop.identity.ShopIdentityStore;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * <b>Webáruház szinkron</b> on the Customer orders list (Értékesítés › Vevői rendelések): imports
 * the shop's new orders as customer orders to deliver. The selection is ignored; the run's scope is
 * the shop's orders changed since the last run (see {@link OrderImporter}).
 *
 * <p>Thin on purpose: PF4J makes a new instance per lookup, so the connection lives on the plugin
 * and the work in {@link OrderImporter}.
 */
@Extension
public final class OrderSyncAction implements OrderListAction {

    /** The action's id. */
    public static final String ID = "webshop.order-sync";
    /** The module whose settings and activation the action needs. */
    static final String MODULE = "webshop";

    private final OrderSyncServices plugin;

    /**
     * @param plugin the plugin, which holds the shop connection
     */
    public OrderSyncAction(OrderSyncServices plugin) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> text(LocalizedText text, Locale locale) {
        return OrderMessages.text(text, locale);
    }

    @Override
    public String label(Locale locale) {
        return new OrderMessages(locale).text("action.label");
    }

    @Override
    public ActionResult run(ActionContext context) {
        OrderMessages messages = new OrderMessages(context.locale());
        if (!context.host().modules().isActive(MODULE)) {
            // the one place that says where the module is activated, shared with Termék szinkron
            return ActionResult.failed(plugin.messages().get(context.locale(), "action.moduleInactive"),
                    FailureKind.SETTINGS_UNUSABLE);
        }
        ModuleSettings raw = context.host().modules().settings(MODULE);
        WebshopSettings shop;
        OrderSyncSettings settings;
        try {
            shop = WebshopSettings.from(raw);
            settings = OrderSyncSettings.from(raw, shop.warehouse().orElse(null));
        } catch (InvalidSettingException e) {
            String why = e.localizedMessage(plugin.messages(), messages.locale());
            return ActionResult.failed(messages.text("failed.settings", why), FailureKind.SETTINGS_UNUSABLE);
        } catch (IllegalArgumentException e) {
            // OrderSyncSettings names the key and the plain value; none of its keys is a secret
            return ActionResult.failed(messages.text("failed.settings", e.getMessage()), FailureKind.SETTINGS_UNUSABLE);
        }
        Locale locale = messages.locale();
        OrderSource source;
        try {
            source = plugin.orderSource(shop, RetryStatus.to(context.progress(), plugin.messages(), locale), locale);
        } catch (RuntimeException e) {
            return ActionResult.failed(messages.text("failed.connect", e.getMessage()));
        }
        Optional<String> sourceId = new ShopIdentityStore(context.state()).sourceIdAt(shop.uri(), shop.url());
        if (sourceId.isEmpty()) {
            return ActionResult.failed(plugin.messages().get(locale, "action.addressUnverified",
                    ShopIdentity.hostOf(shop.uri())), FailureKind.SETTINGS_UNUSABLE);
        }
        return new OrderImporter(context.host(), context.state(), source, sourceId.get(), settings, messages,
                shop.parallelRequests()).run(context.progress(), context.cancellation());
    }
}
