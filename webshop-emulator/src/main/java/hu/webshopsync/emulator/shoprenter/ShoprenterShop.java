package hu.webshopsync.emulator.shoprenter;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ServerControls;
import hu.webshopsync.emulator.ShopApi;
import hu.webshopsync.emulator.ShopClock;

import java.util.ArrayList;
import java.util.List;

/** Builds a Shoprenter shop for {@code ShopEmulator}: its API and its control over one store. */
public final class ShoprenterShop {

    private final ShopApi api;
    private final ShoprenterControl control;

    private ShoprenterShop(ShopApi api, ShoprenterControl control) {
        this.api = api;
        this.control = control;
    }

    /**
     * @param baseUrl the API base ({@code http://127.0.0.1:PORT}); resources live directly under it
     * @param server  the platform-neutral controls (latency, faults, counters) of the HTTP front
     */
    public static ShoprenterShop create(EmulatorConfig config, String baseUrl, ShopClock clock,
                                        ServerControls server) {
        SrStore store = new SrStore(baseUrl, clock);
        SrJson json = new SrJson(baseUrl);
        SrWriter writer = new SrWriter(store);
        SrChildren children = new SrChildren(store, writer);
        SrProducts products = new SrProducts(store, json, writer, children);
        SrCategories categories = new SrCategories(store, json, writer, children);
        SrOrderStock stock = new SrOrderStock(store, children);
        List<SrResource> resources = new ArrayList<>(products.resources());
        resources.addAll(categories.resources());
        resources.addAll(new SrCatalog(store, json, writer, children).resources());
        resources.addAll(new SrOrders(store, json, writer, new SrOrderJson(store, json, children), stock).resources());
        SrRoutes routes = new SrRoutes(resources, new SrFiles(store));
        SrAuth auth = new SrAuth(config.shoprenter(), clock, "shop");
        SrRateLimit rateLimit = new SrRateLimit(config.shoprenter().rateLimitPerSecond(), System::nanoTime);
        SrOrderPlacer placer = new SrOrderPlacer(store, routes, products);
        SrControl control = new SrControl(server, store, auth, rateLimit, routes, products, categories, placer,
                new SrOrderEdits(store, children), new SrSnapshot(store, children, placer, json));
        return new ShoprenterShop(new SrApi(store, auth, rateLimit, routes, server), control);
    }

    public ShopApi api() {
        return api;
    }

    public ShoprenterControl control() {
        return control;
    }
}
