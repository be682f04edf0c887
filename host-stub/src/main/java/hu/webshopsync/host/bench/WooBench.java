package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ServerModel;
import hu.webshopsync.emulator.ShopEmulator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** WooCommerce, the benchmark's first platform: every scenario runs. */
final class WooBench implements BenchPlatform {

    @Override
    public String name() {
        return "woocommerce";
    }

    @Override
    public EmulatorConfig config(long latencyMs, ServerModel server) {
        return EmulatorConfig.defaults().withLatency(latencyMs, 0).withServer(server);
    }

    @Override
    public Map<String, String> settings(String url) {
        EmulatorConfig c = EmulatorConfig.defaults();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("url", url);
        settings.put("consumerKey", c.consumerKey());
        settings.put("consumerSecret", c.consumerSecret());
        settings.put("wpUser", c.wpUser());
        settings.put("wpApplicationPassword", c.wpAppPassword());
        return settings;
    }

    @Override
    public Optional<String> refusal(String scenario) {
        return Optional.empty();
    }

    @Override
    public void placeOrders(ShopEmulator shop, int count, int products, long seed) throws Exception {
        EmulatorConfig c = EmulatorConfig.defaults();
        new OrderPlacer(new ShopHttp(shop.baseUrl(), c.consumerKey(), c.consumerSecret())).place(count, products, seed);
    }

    @Override
    public String orderWriteRoute() {
        return "POST " + RequestTally.API + "/orders/batch";
    }

    @Override
    public RequestTally tally(RequestCounters counters) {
        return RequestTally.of(counters);
    }

    @Override
    public LatencyFloor firstSync(long products, int levels) {
        return LatencyFloor.firstSync(products, levels);
    }

    @Override
    public LatencyFloor delta(long changed) {
        return LatencyFloor.delta(changed);
    }

    @Override
    public LatencyFloor orders(long orders, boolean notes) {
        return LatencyFloor.orders(orders, notes);
    }

    @Override
    public double limitSeconds(LatencyFloor floor, long latencyMs, int parallelRequests) {
        return floor.seconds(latencyMs, parallelRequests);
    }
}
