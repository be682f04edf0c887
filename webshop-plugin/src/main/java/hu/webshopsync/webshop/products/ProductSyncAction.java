package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.ProductListAction;
import hu.webshopsync.webshop.categories.CategoryResolver;
import hu.webshopsync.webshop.images.ImageInspector;
import hu.webshopsync.webshop.images.ImageResolver;
import hu.webshopsync.webshop.settings.InvalidSettingException;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.shop.RetryStatus;
import hu.webshopsync.webshop.text.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * <b>Termék szinkron</b> on the Products list: sends the products marked Webáruházas to the shop.
 *
 * <p>Options: {@code full=true} resends every product even when unchanged. The selection (SKUs)
 * limits the run to those products.
 */
@Extension
public class ProductSyncAction implements ProductListAction {

    /** The action's id. */
    public static final String ID = "webshop.product-sync";

    /** The id of the module whose settings the sync uses. */
    private static final String MODULE_ID = "webshop";

    private final ProductSyncServices plugin;

    /**
     * @param plugin the plugin's shared objects
     */
    public ProductSyncAction(ProductSyncServices plugin) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(Locale locale) {
        return plugin.messages().get(locale, "action.productSync.label");
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
        ProductSyncPorts shop;
        SyncOptions options;
        ConcurrencyLimiter limiter;
        boolean full = context.flag("full");
        try {
            settings = WebshopSettings.from(modules.settings(MODULE_ID));
            options = settings.parallelRequestsSet()
                    ? SyncOptions.of(settings.warehouse(), settings.vatTaxClasses(), full, settings.parallelRequests())
                            .owning(settings.syncFields())
                    : SyncOptions.adaptive(settings.warehouse(), settings.vatTaxClasses(), full)
                            .owning(settings.syncFields());
            limiter = options.limiter();
            RetryListener status = RetryStatus.to(context.progress(), m, locale);
            // a wait before a retry means the shop is busy (429, 503, a timeout): fewer requests at once
            shop = plugin.productPorts(settings, wait -> {
                limiter.shopRefused();
                status.waiting(wait);
            });
        } catch (InvalidSettingException e) {
            return ActionResult.failed(m.get(locale, "action.notConfigured", e.localizedMessage(m, locale)),
                    FailureKind.SETTINGS_UNUSABLE);
        }
        if (!plugin.addressVerified(settings, context.state())) {
            // the bindings hold the ids of the shop verified at the other address
            return ActionResult.failed(m.get(locale, "action.addressUnverified", shop.host()),
                    FailureKind.SETTINGS_UNUSABLE);
        }
        ProductSync sync = new ProductSync(shop.products(),
                new CategoryResolver(shop.categories(), shop.categoryIds()),
                new ImageResolver(new ImageInspector(settings.imageMaxBytes()), shop.media().orElse(null),
                        context.state(), full),
                options, m, Clock.systemUTC(), limiter);
        return toResult(sync.run(context), m, locale);
    }

    static ActionResult toResult(SyncReport report, Messages m, Locale locale) {
        // no count sentence: the host shows the counts in its own status words, one vocabulary per page
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(LocalizedText.of("result.productSync." + report.outcome().name()));
        texts.addAll(report.noteTexts());
        List<String> lines = new ArrayList<>();
        lines.add(m.get(locale, texts.get(0)));
        lines.addAll(report.notes());
        return new ActionResult(report.outcome(), String.join("\n", lines), report.counts(), report.items(), texts,
                report.failure());
    }
}
