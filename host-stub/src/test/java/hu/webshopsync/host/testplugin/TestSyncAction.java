package hu.webshopsync.host.testplugin;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductListAction;
import hu.webshopsync.api.ProductQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pf4j.Extension;

/**
 * A product list action that reports what it saw: the products marked {@code webshop=true}, its
 * context class loader and its plugin instance. Option {@code sleepMs=N} makes it wait first (until
 * cancelled), {@code leak=true} makes it throw with the
 * module's secret in the message, {@code partial=true} makes it report a failed item.
 */
@Extension
public class TestSyncAction implements ProductListAction {

    private final TestShopPlugin plugin;

    /**
     * Created by the host with the owning plugin.
     *
     * @param plugin the plugin
     */
    public TestSyncAction(TestShopPlugin plugin) {
        this.plugin = plugin;
    }

    /**
     * The plugin this extension was created with.
     *
     * @return the plugin
     */
    public TestShopPlugin plugin() {
        return plugin;
    }

    @Override
    public String id() {
        return "testshop.product-sync";
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("hu") ? "Teszt szinkron" : "Test sync";
    }

    @Override
    public ActionResult run(ActionContext context) {
        if (context.flag("leak")) {
            throw new IllegalStateException("shop refused key "
                    + context.host().modules().settings("testshop").secret("consumerSecret").orElse("?"));
        }
        context.progress().status("indul");
        long sleepUntil = System.currentTimeMillis() + Long.parseLong(context.option("sleepMs").orElse("0"));
        while (System.currentTimeMillis() < sleepUntil && !context.cancellation().isCancelled()) {
            pause();
        }
        List<ItemLine> items = new ArrayList<>();
        boolean pluginLoader = Thread.currentThread().getContextClassLoader() == getClass().getClassLoader();
        items.add(new ItemLine("context-class-loader", pluginLoader ? ItemStatus.UNCHANGED : ItemStatus.FAILED, ""));
        List<Product> marked = context.host().products().find(ProductQuery.withField("webshop", "true", 100));
        context.progress().progress(marked.size(), marked.size());
        context.progress().status("kész");
        marked.forEach(p -> items.add(new ItemLine(p.sku(), ItemStatus.CREATED, "")));
        context.state().put("last-run", Integer.toString(marked.size()));
        Map<ItemStatus, Integer> counts = new LinkedHashMap<>();
        counts.put(ItemStatus.CREATED, marked.size());
        if (context.flag("partial")) {
            items.add(new ItemLine("BROKEN", ItemStatus.FAILED, "kép nem jpg/png"));
            counts.put(ItemStatus.FAILED, 1);
            return new ActionResult(Outcome.PARTIAL, "Részben sikerült", counts, items);
        }
        return new ActionResult(Outcome.SUCCESS, "Szinkron kész: " + marked.size() + " termék", counts, items);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
