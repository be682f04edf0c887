package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ServerModel;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShoprenterConfig;
import hu.webshopsync.host.shoprenter.ShoprenterRest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shoprenter: its emulator with the real limit of 3 requests a second, batches of 200, one request at a
 * time. The product sync and the order import run; the scenarios built on WooCommerce's REST API or its
 * PHP workers do not.
 */
final class ShoprenterBench implements BenchPlatform {

    /** Shoprenter's limit: 3 requests a second per application and shop. */
    static final int PER_SECOND = 3;
    /** The most items a Shoprenter batch takes. */
    static final int BATCH = 200;
    private static final Set<String> PRODUCT_WRITES = Set.of("POST /batch", "POST /productExtend",
            "PUT /productExtend/{id}", "POST /products", "PUT /products/{id}");

    @Override
    public String name() {
        return "shoprenter";
    }

    @Override
    public EmulatorConfig config(long latencyMs, ServerModel server) {
        return EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER).withLatency(latencyMs, 0)
                .withServer(server);
    }

    @Override
    public Map<String, String> settings(String url) {
        ShoprenterConfig c = EmulatorConfig.defaults().shoprenter();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("platform", "shoprenter");
        settings.put("url", url);
        settings.put("apiUser", c.apiUser());
        settings.put("apiPassword", c.apiPassword());
        return settings;
    }

    @Override
    public Optional<String> refusal(String scenario) {
        return Optional.ofNullable(switch (scenario) {
            case "naive" -> "the naive pusher speaks WooCommerce's REST API only";
            case "images" -> "image uploads are measured on WooCommerce; Shoprenter's are counted by its"
                    + " end-to-end tests";
            case "tuning" -> "the tuning scenario models WooCommerce's PHP workers; Shoprenter takes 3 requests a"
                    + " second, one at a time, whatever its server";
            default -> null;
        });
    }

    @Override
    public void placeOrders(ShopEmulator shop, int count, int products, long seed) {
        ShoprenterConfig c = EmulatorConfig.defaults().shoprenter();
        // like the latency, the limit is lifted while the shoppers order: they are many applications
        shop.control().setRateLimit(0);
        try {
            new ShoprenterOrderPlacer(new ShoprenterRest(shop.baseUrl(), c.apiUser(), c.apiPassword()))
                    .place(count, products, seed);
        } finally {
            shop.control().setRateLimit(PER_SECOND);
        }
    }

    @Override
    public String orderWriteRoute() {
        return "POST /batch";
    }

    @Override
    public RequestTally tally(RequestCounters counters) {
        return RequestTally.of(counters, PRODUCT_WRITES::contains, "GET /orderExtend", "POST /files");
    }

    /**
     * One batch per 200 products, and the look-ups a first sync cannot avoid: whether the shop has any
     * product (1), the Hungarian language (1), the tax classes (1), the categories (1) and one category
     * batch per nesting level.
     */
    @Override
    public LatencyFloor firstSync(long products, int levels) {
        return new LatencyFloor(batches(products), 3 + (levels > 0 ? 1 + levels : 0));
    }

    @Override
    public LatencyFloor delta(long changed) {
        return new LatencyFloor(batches(changed), 0);
    }

    /** One list page per 200 orders and one batch per 200 orders that carries the ERP's number back. */
    @Override
    public LatencyFloor orders(long orders, boolean notes) {
        return new LatencyFloor(0, 2 * batches(orders));
    }

    /** One request at a time, at most 3 a second: a request costs its latency, or a third of a second. */
    @Override
    public double limitSeconds(LatencyFloor floor, long latencyMs, int parallelRequests) {
        return (floor.writes() + floor.lookups()) * Math.max(latencyMs / 1000.0, 1.0 / PER_SECOND);
    }

    private static long batches(long items) {
        return (items + BATCH - 1) / BATCH;
    }
}
