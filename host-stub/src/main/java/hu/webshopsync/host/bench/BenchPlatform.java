package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ServerModel;
import hu.webshopsync.emulator.ShopEmulator;
import java.util.Map;
import java.util.Optional;

/**
 * What the benchmark needs to know of the shop platform it measures: how its emulator starts, the
 * module's settings for it, how shoppers' orders get into it, how its requests are counted, and the
 * floor a scenario cannot beat there.
 */
interface BenchPlatform {

    /** @return the platform's name as {@code --platform} takes it */
    String name();

    /**
     * The emulator's configuration.
     *
     * @param latencyMs the latency per request
     * @param server    the server model
     * @return the configuration
     */
    EmulatorConfig config(long latencyMs, ServerModel server);

    /**
     * The module settings that point the plugin at an emulator of this platform.
     *
     * @param url the emulator's base address
     * @return the settings, without the warehouse
     */
    Map<String, String> settings(String url);

    /**
     * @param scenario a scenario's name
     * @return why the scenario makes no sense on this platform, or empty when it runs
     */
    Optional<String> refusal(String scenario);

    /**
     * Places shoppers' orders in the shop, as fast as the shop allows.
     *
     * @param shop     the shop, latency and server model off
     * @param count    orders
     * @param products products of the catalog to choose from (indexes below this)
     * @param seed     the randomness
     * @throws Exception when the shop refuses
     */
    void placeOrders(ShopEmulator shop, int count, int products, long seed) throws Exception;

    /**
     * @param counters the emulator's counters
     * @return them classified
     */
    RequestTally tally(RequestCounters counters);

    /** The floor of a first sync of {@code products} in categories nested {@code levels} deep. */
    LatencyFloor firstSync(long products, int levels);

    /** The floor of a repeated sync with {@code changed} products changed. */
    LatencyFloor delta(long changed);

    /** @return the counter key of a request writing ERP numbers and statuses onto shop orders */
    String orderWriteRoute();

    /** The floor of importing {@code orders} orders, with a note per order or not. */
    LatencyFloor orders(long orders, boolean notes);

    /**
     * The floor in seconds.
     *
     * @param floor            the requests that cannot be avoided
     * @param latencyMs        the latency per request
     * @param parallelRequests the plugin's requests in flight
     * @return seconds
     */
    double limitSeconds(LatencyFloor floor, long latencyMs, int parallelRequests);

    /**
     * @param name {@code woocommerce} or {@code shoprenter}
     * @return the platform
     * @throws IllegalArgumentException for another name
     */
    static BenchPlatform named(String name) {
        return switch (name) {
            case "woocommerce" -> new WooBench();
            case "shoprenter" -> new ShoprenterBench();
            default -> throw new IllegalArgumentException("unknown platform " + name + "; known: woocommerce, shoprenter");
        };
    }
}
