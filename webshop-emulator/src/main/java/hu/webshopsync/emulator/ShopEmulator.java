package hu.webshopsync.emulator;

import com.sun.net.httpserver.HttpServer;

import hu.webshopsync.emulator.shoprenter.ShoprenterShop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running WooCommerce REST v3 stand-in on {@code 127.0.0.1}: in-memory, stateful, with latency and
 * fault injection; or, with {@link EmulatorConfig#withPlatform} {@link Platform#SHOPRENTER}, a Shoprenter API
 * stand-in whose resources live directly under {@link #baseUrl()} (see {@code hu.webshopsync.emulator.shoprenter}). The WooCommerce API lives under {@code baseUrl() + "/wp-json/wc/v3"}, WordPress media
 * under {@code baseUrl() + "/wp-json/wp/v2/media"}, the control endpoint under
 * {@code baseUrl() + "/__emulator/"}.
 *
 * <pre>{@code
 * try (ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults())) {
 *     String api = shop.baseUrl() + "/wp-json/wc/v3";
 *     shop.control().addFault(FaultRule.status("POST /wp-json/wc/v3/products/batch", 503).times(1));
 *     ...
 * }
 * }</pre>
 */
public final class ShopEmulator implements AutoCloseable {

    private static final int THREADS = 32;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final EmulatorControl control;
    private final ShopClock clock;

    private ShopEmulator(HttpServer server, ExecutorService executor, String baseUrl, EmulatorControl control,
                         ShopClock clock) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
        this.control = control;
        this.clock = clock;
    }

    /** Binds {@code 127.0.0.1:config.port()} (0 = a free port) and starts serving. */
    public static ShopEmulator start(EmulatorConfig config) {
        return start(config, ShopClock.system());
    }

    /**
     * As {@link #start(EmulatorConfig)} with the shop's clock injected: tests of dates and OAuth
     * timestamps, and of many writes in one second (a fixed clock makes the ties explicit). A plain
     * {@link Clock} is wrapped in a {@link ShopClock}, so {@link #clock()} can still move it.
     */
    public static ShopEmulator start(EmulatorConfig config, Clock baseClock) {
        ShopClock clock = ShopClock.following(baseClock);
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
        // ACK: every small answer took ~40 ms more. The JDK reads this property once, at first use.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 512);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + config.port(), e);
        }
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        FaultInjector faults = new FaultInjector(config.seed(), config.latencyMs(), config.latencyJitterMs());
        Counters counters = new Counters();
        PhpWorkers php = new PhpWorkers(config.server(), clock);
        Wiring wiring = config.platform() == Platform.SHOPRENTER
                ? shoprenter(config, baseUrl, clock, new ServerControls(faults, counters, php))
                : wooCommerce(config, baseUrl, clock, faults, counters, php);
        EmulatorControl control = wiring.control();
        EmulatorServer handler = new EmulatorServer(wiring.api(), faults, counters, new ControlHandler(control),
                config.logRequests() ? new RequestLog(System.out) : null, php);
        // a request waiting for a PHP worker holds a thread; beyond the pool it waits unseen in the
        // pool's queue, where the shop cannot refuse it
        int threads = Math.max(THREADS, config.server().workers() + config.server().queue() + 8);
        ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads());
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return new ShopEmulator(server, executor, baseUrl, control, clock);
    }

    /** What a platform brings to the HTTP front: its API and its control. */
    private record Wiring(ShopApi api, EmulatorControl control) {
    }

    private static Wiring shoprenter(EmulatorConfig config, String baseUrl, ShopClock clock, ServerControls controls) {
        ShoprenterShop shop = ShoprenterShop.create(config, baseUrl, clock, controls);
        return new Wiring(shop.api(), shop.control());
    }

    private static Wiring wooCommerce(EmulatorConfig config, String baseUrl, ShopClock clock, FaultInjector faults,
                                      Counters counters, PhpWorkers php) {
        ShopSettings settings = new ShopSettings(baseUrl, config.currency(), config.pricesIncludeTax(), config.calcTaxes());
        ShopState state = new ShopState(clock);
        Credentials credentials = new Credentials(config.consumerKey(), config.consumerSecret(), config.wpUser(),
                config.wpAppPassword());
        MediaLibrary media = new MediaLibrary(state, settings);
        ProductService products = new ProductService(state, media);
        CategoryService categories = new CategoryService(state);
        OrderStock stock = new OrderStock(state, products);
        OrderTransitions transitions = new OrderTransitions(state, stock);
        OrderService orders = new OrderService(state, settings, new OrderLines(state, settings), transitions, config.seed());
        OrderRefunds refunds = new OrderRefunds(state, transitions, stock);
        DefaultEmulatorControl control = new DefaultEmulatorControl(state, settings, faults, counters, credentials,
                products, categories, orders, refunds, php);

        TieOrder ties = new TieOrder(config.seed());
        Router router = new Router();
        new ProductsHandler(state, settings, products, new ProductJson(state, settings), ties).register(router);
        new CategoriesHandler(state, settings, categories).register(router);
        OrderJson orderJson = new OrderJson(state, settings, orders);
        new OrdersHandler(state, settings, orders, orderJson, ties).register(router);
        new RefundsHandler(state, settings, refunds, orderJson).register(router);
        new MediaHandler(state, settings, media).register(router);
        new SettingsHandler(state, settings, config.server()).register(router);

        return new Wiring(new WooApi(router, new WooAuthenticator(credentials, baseUrl, config.basicAuthOverHttp(), clock),
                new WpAuthenticator(credentials, config.basicAuthOverHttp()), media), control);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "shop-emulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** {@code http://127.0.0.1:PORT}, without trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public EmulatorControl control() {
        return control;
    }

    /** The shop's clock; tests move it instead of sleeping. */
    public ShopClock clock() {
        return clock;
    }

    /** Stops the server at once (open exchanges are cut) and its thread pool. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
