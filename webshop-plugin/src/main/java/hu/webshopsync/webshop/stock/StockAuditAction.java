package hu.webshopsync.webshop.stock;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionFlag;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.ProductListAction;
import hu.webshopsync.webshop.settings.InvalidSettingException;
import hu.webshopsync.webshop.settings.SyncField;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.shop.RetryStatus;
import hu.webshopsync.webshop.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * <b>Készlet ellenőrzés</b> on the Products list: compares the shop's stock of the products marked
 * Webáruházas with the ERP's sellable stock, and reports what differs. Reads only.
 *
 * <p>Options: {@code fix=true} sends the ERP's stock for the differences (and nothing else). The
 * selection (SKUs) limits the audit to those products.
 */
@Extension
public class StockAuditAction implements ProductListAction {

    /** The action's id. */
    public static final String ID = "webshop.stock-audit";
    /** The option that corrects the differences. */
    public static final String FIX = "fix";

    private static final String MODULE_ID = "webshop";

    private final StockAuditServices plugin;

    /**
     * @param plugin the plugin's shared objects
     */
    public StockAuditAction(StockAuditServices plugin) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(Locale locale) {
        return plugin.messages().get(locale, "action.stockAudit.label");
    }

    @Override
    public List<ActionFlag> flags(Locale locale) {
        return List.of(new ActionFlag(FIX, plugin.messages().get(locale, "action.stockAudit.fix")));
    }

    @Override
    public Optional<String> text(LocalizedText text, Locale locale) {
        Messages m = plugin.messages();
        return m.has(text.key()) ? Optional.of(m.get(locale, text)) : Optional.empty();
    }

    @Override
    public ActionResult run(ActionContext context) {
        Messages m = plugin.messages();
        Locale locale = context.locale();
        ModuleRegistry modules = context.host().modules();
        if (!modules.isActive(MODULE_ID)) {
            return ActionResult.failed(m.get(locale, "action.moduleInactive"), FailureKind.SETTINGS_UNUSABLE);
        }
        WebshopSettings settings;
        StockPorts shop;
        try {
            settings = WebshopSettings.from(modules.settings(MODULE_ID));
            shop = plugin.stockPorts(settings, RetryStatus.to(context.progress(), m, locale));
        } catch (InvalidSettingException e) {
            return ActionResult.failed(m.get(locale, "action.notConfigured", e.localizedMessage(m, locale)),
                    FailureKind.SETTINGS_UNUSABLE);
        }
        if (settings.warehouse().isEmpty()) {
            return ActionResult.failed(m.get(locale, "audit.noWarehouse"), FailureKind.SETTINGS_UNUSABLE);
        }
        if (!settings.syncFields().contains(SyncField.STOCK)) {
            // the shop's stock is the shop's own: a difference is no drift, and a fix would overwrite it
            return ActionResult.failed(m.get(locale, "audit.stockNotOwned"), FailureKind.SETTINGS_UNUSABLE);
        }
        if (!plugin.addressVerified(settings, context.state())) {
            return ActionResult.failed(m.get(locale, "action.addressUnverified", shop.host()),
                    FailureKind.SETTINGS_UNUSABLE);
        }
        context.progress().status(m.get(locale, "audit.progress"));
        return new StockAudit(shop, settings.warehouse().get(), context.flag(FIX), m, locale).run(context);
    }
}
