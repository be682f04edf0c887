package hu.webshopsync.host.bench;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.host.history.StatusCounts;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ServerLoad;
import hu.webshopsync.emulator.ServerModel;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.modules.ModuleActivation;
import hu.webshopsync.host.plugins.ActionRunner;
import hu.webshopsync.host.plugins.PluginCalls;
import hu.webshopsync.host.plugins.PluginProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One benchmark world: a fresh ERP in a temporary data folder filled with {@code products}
 * products, the real webshop plugin loaded from the plugins folder and activated against an
 * in-process shop emulator with a fixed latency. Scenarios run through the host's action runner,
 * the path of {@code run ACTION-ID}, one after the other on the same data.
 */
final class BenchSession implements AutoCloseable {

    static final String PRODUCT_SYNC = "webshop.product-sync";
    static final String ORDER_SYNC = "webshop.order-sync";
    private static final String MODULE = "webshop";
    private static final Locale LOCALE = Locale.forLanguageTag("hu");
    private static final long SEED = 42;

    private final BenchPlatform platform;
    private final int products;
    private final long latencyMs;
    private final ServerModel server;
    private final PrintWriter log;
    private final Path dataDir;
    private final CatalogModel model = new CatalogModel(SEED);
    private ShopEmulator shop;
    private Path pluginsDir;
    /** Appended to the scenario names once the JVM was warmed up ({@code @warm}). */
    private String suffix = "";
    private Host host;
    private ErpBuilder erp;
    private int parallelRequests;
    private final ServiceTimer timer = new ServiceTimer();

    private BenchSession(BenchPlatform platform, int products, long latencyMs, ServerModel server, PrintWriter log)
            throws IOException {
        this.platform = platform;
        this.products = products;
        this.latencyMs = latencyMs;
        this.server = server;
        this.log = log;
        this.dataDir = Files.createTempDirectory("webshop-bench-");
    }

    /**
     * Builds the ERP, starts the shop and activates the plugin.
     *
     * @param products   products in the ERP
     * @param latencyMs  the shop's latency
     * @param server     the shop's server model
     * @param pluginsDir the plugins folder
     * @param log        where progress notes ({@code # …}) go
     * @return the session
     * @throws IOException when the temporary folder cannot be made
     */
    static BenchSession open(int products, long latencyMs, ServerModel server, Path pluginsDir, PrintWriter log)
            throws IOException {
        return open(new WooBench(), products, latencyMs, server, pluginsDir, log);
    }

    /**
     * As {@link #open(int, long, ServerModel, Path, PrintWriter)} against a shop of {@code platform}.
     *
     * @param platform the shop's platform
     * @return the session
     * @throws IOException when the temporary folder cannot be made
     */
    static BenchSession open(BenchPlatform platform, int products, long latencyMs, ServerModel server, Path pluginsDir,
                             PrintWriter log) throws IOException {
        BenchSession session = new BenchSession(platform, products, latencyMs, server, log);
        try {
            session.start(pluginsDir);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private void start(Path plugins) {
        pluginsDir = plugins;
        host = Host.open(HostConfig.of(dataDir, pluginsDir));
        erp = new ErpBuilder(host.database(), host.config().clock(), model);
        long t0 = System.nanoTime();
        erp.createProducts(products);
        log.printf(Locale.ROOT, "# erp: %d products in 50 categories built in %.1f s%n", products, since(t0));
        shop = newShop();
        host.plugins();
        // the plugin jar changes while others work on it: say which one was measured
        try (Stream<Path> jars = Files.list(pluginsDir)) {
            jars.filter(f -> f.toString().endsWith(".jar")).forEach(f -> log.printf(Locale.ROOT,
                    "# plugin jar: %s, %d bytes, modified %s%n", f.getFileName(), f.toFile().length(),
                    java.time.Instant.ofEpochMilli(f.toFile().lastModified())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (PluginProblem problem : host.pluginProblems()) {
            log.println("# plugin problem: " + problem.pluginId() + " " + problem.state() + " " + problem.reason());
        }
        activate(shop.baseUrl());
        parallelRequests = host.services().modules().settings(MODULE).get("parallelRequests")
                .map(Integer::parseInt).orElse(4);
        log.printf(Locale.ROOT, "# shop: %s emulator at %s, latency %d ms, no jitter, %s; plugin parallelRequests=%d%n",
                platform.name(), shop.baseUrl(), latencyMs, server.on() ? server : "no server model", parallelRequests);
    }

    /** An empty shop with the session's latency and server model. */
    ShopEmulator newShop() {
        return ShopEmulator.start(platform.config(latencyMs, server));
    }

    int parallelRequests() {
        return parallelRequests;
    }

    /** Activates the webshop module against the shop at {@code url}, with the module's own check. */
    private void activate(String url) {
        activate(url, Map.of());
    }

    /** As {@link #activate(String)} with more settings, e.g. {@code parallelRequests}. */
    private void activate(String url, Map<String, String> more) {
        HostModule module = host.extensions().module(MODULE).orElseThrow(() -> new IllegalStateException(
                "the webshop plugin is not in " + pluginsDir.toAbsolutePath() + " (use --plugins-dir)"));
        Map<String, String> settings = new LinkedHashMap<>(platform.settings(url));
        settings.put("warehouse", CatalogModel.WAREHOUSE);
        settings.putAll(more);
        ModuleActivation.Result activated = host.moduleActivation().activate(MODULE, module.settings(LOCALE),
                settings, s -> PluginCalls.call(module, () -> module.check(s, LOCALE)));
        if (!(activated instanceof ModuleActivation.Activated)) {
            throw new IllegalStateException("the webshop module was not activated: "
                    + host.redactor().apply(activated.toString()));
        }
    }

    /**
     * Warms the JVM up the way a long-running ERP is: product syncs of the whole catalog into
     * throwaway shops, through the same plugin instance. After each, everything the sync left is
     * forgotten (the plugin's bindings, state and locks; its connection and category cache go with
     * the address). Then the module points at the measured shop, which is still empty.
     *
     * @param runs how many warm-up syncs
     */
    void warmUp(int runs) {
        long t0 = System.nanoTime();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // without the server model: the warm-up is there for the JIT, and server time would only make it long
            try (ShopEmulator throwaway = ShopEmulator.start(platform.config(latencyMs, ServerModel.off()))) {
                activate(throwaway.baseUrl());
                ActionResult result = runTimed(PRODUCT_SYNC, Map.of(), new LastProgress());
                outcomes.add(result.outcome() + " " + result.counts().getOrDefault(ItemStatus.CREATED, 0) + " created");
            }
            forgetShop();
        }
        activate(shop.baseUrl());
        double syncing = since(t0);
        double compiling = awaitCompilerIdle();
        suffix = "@warm";
        log.printf(Locale.ROOT, "# warm-up: %d sync(s) of %d products into throwaway shops in %.1f s (%s), each"
                        + " forgotten afterwards; the module now points at the measured, empty shop; the JIT"
                        + " compiler was idle %.1f s later%n",
                runs, products, syncing, String.join(", ", outcomes), compiling);
    }

    /** Deletes what syncs left in the ERP about a shop (the plugin's bindings, state and locks). */
    private void forgetShop() {
        host.database().inTransaction("forgetting a throwaway shop", connection -> {
            for (String table : List.of("plugin_binding", "plugin_state", "plugin_lock")) {
                try (var delete = connection.prepareStatement("DELETE FROM " + table)) {
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * A first sync of the catalog into a fresh shop with {@code model}, with {@code parallelRequests}
     * fixed or, when {@code null}, left to the plugin. What earlier syncs left is forgotten first (the
     * plugin would not write into another shop while it remembers one), so the session's own shop is
     * forgotten too: run this after the scenarios that use it. The module points at it again afterwards.
     *
     * @return the run, or {@code null} when the plugin refused the setting (its reason is logged)
     */
    FreshSync syncIntoFreshShop(ServerModel model, Integer parallel) {
        try (ShopEmulator fresh = ShopEmulator.start(platform.config(latencyMs, model))) {
            forgetShop();
            try {
                // an empty value removes a stored one: the plugin's own setting, not the previous run's
                activate(fresh.baseUrl(), Map.of("parallelRequests", parallel == null ? "" : parallel.toString()));
            } catch (IllegalStateException e) {
                log.println("# parallelRequests=" + parallel + " refused: " + e.getMessage());
                return null;
            }
            fresh.control().resetCounters();
            long t0 = System.nanoTime();
            ActionResult result = runTimed(PRODUCT_SYNC, Map.of(), new LastProgress());
            double wall = since(t0);
            return new FreshSync(result, wall, platform.tally(fresh.control().counters()), fresh.control().serverLoad(),
                    fresh.control().snapshot().products().size());
        } finally {
            forgetShop();
            activate(shop.baseUrl(), Map.of("parallelRequests", ""));
        }
    }

    /** {@code text} with the session's secrets hidden, fit for a log line. */
    String redact(String text) {
        return host.redactor().apply(String.valueOf(text));
    }

    /** One {@link #syncIntoFreshShop} run: what the plugin said, and what the shop saw. */
    record FreshSync(ActionResult result, double wallSeconds, RequestTally tally,
                     ServerLoad load, int productsInShop) {
    }

    /**
     * Waits until the JIT compiler has been idle for a second (at most 60 s), so that a warmed-up
     * measurement does not share the cores with compiling what the warm-up made hot.
     *
     * @return seconds waited
     */
    private static double awaitCompilerIdle() {
        var compiler = ManagementFactory.getCompilationMXBean();
        long t0 = System.nanoTime();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        long last = compiler.getTotalCompilationTime();
        int quiet = 0;
        while (quiet < 4 && since(t0) < 60) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = compiler.getTotalCompilationTime();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
        return since(t0);
    }

    /** The first product sync into the empty shop. */
    BenchLine fullSync(String name, BenchLine.NaiveTime naive) {
        Measured m = measure(PRODUCT_SYNC, Map.of());
        log.println("# " + name + ": " + m.summary());
        LatencyFloor floor = platform.firstSync(products, CatalogModel.categoryLevels());
        return m.line(name, products, floor, ServerFloor.of(floor, products + CatalogModel.categories().size(), 0, 0),
                naive);
    }

    /** The same sync again with nothing changed. */
    BenchLine deltaNone() {
        Measured m = measure(PRODUCT_SYNC, Map.of());
        log.println("# delta-none: " + m.summary());
        return m.line("delta-none", products, platform.delta(0), ServerFloor.of(platform.delta(0), 0, 0, 0), null);
    }

    /** 1% of the prices raised, then the sync. */
    BenchLine deltaOnePercent() {
        List<Integer> changed = new ArrayList<>();
        for (int i = 50; i < products; i += 100) {
            changed.add(i);
        }
        if (changed.isEmpty()) {
            changed.add(0);
        }
        erp.raisePrices(changed);
        Measured m = measure(PRODUCT_SYNC, Map.of());
        log.printf(Locale.ROOT, "# delta-1pct: %d prices raised by 5%%; %s%n", changed.size(), m.summary());
        LatencyFloor floor = platform.delta(changed.size());
        return m.line("delta-1pct", products, floor, ServerFloor.of(floor, changed.size(), 0, 0), null);
    }

    /**
     * Images on a share of the products, synced; then 1% of those images changed, synced again.
     *
     * @return two lines: {@code images} and {@code images-changed}; items are uploads
     */
    List<BenchLine> images(double share) {
        List<Integer> withImage = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            if (Math.floorMod(i * 2_654_435_761L >>> 7, 1000) < Math.round(share * 1000)) {
                withImage.add(i);
            }
        }
        Path folder = dataDir.resolve("kepek");
        long t0 = System.nanoTime();
        withImage.forEach(i -> ImageMaker.write(folder, i, 0));
        erp.linkImages(withImage, folder);
        log.printf(Locale.ROOT, "# images: %d image files (jpg/png) written and linked in %.1f s%n",
                withImage.size(), since(t0));
        List<BenchLine> lines = new ArrayList<>();
        Measured first = measure(PRODUCT_SYNC, Map.of());
        int mediaAfterFirst = shop.control().snapshot().media().size();
        log.printf(Locale.ROOT, "# images: uploads=%d for %d linked images, media in shop=%d (%s); %s%n",
                first.tally().uploads(), withImage.size(), mediaAfterFirst,
                first.tally().uploads() == withImage.size() && mediaAfterFirst == withImage.size()
                        ? "each uploaded exactly once" : "NOT each exactly once", first.summary());
        LatencyFloor firstFloor = LatencyFloor.images(withImage.size(), withImage.size());
        lines.add(first.line("images", first.tally().uploads(), firstFloor,
                ServerFloor.of(firstFloor, withImage.size(), 0, withImage.size()), null));

        List<Integer> changed = new ArrayList<>();
        for (int k = 0; k < withImage.size(); k += 100) {
            changed.add(withImage.get(k));
        }
        changed.forEach(i -> ImageMaker.write(folder, i, 1));
        Measured second = measure(PRODUCT_SYNC, Map.of());
        log.printf(Locale.ROOT, "# images-changed: %d of %d image files rewritten; uploads=%d (%s); %s%n",
                changed.size(), withImage.size(), second.tally().uploads(),
                second.tally().uploads() == changed.size() ? "only the changed ones" : "NOT only the changed ones",
                second.summary());
        LatencyFloor secondFloor = LatencyFloor.images(changed.size(), changed.size());
        lines.add(second.line("images-changed", second.tally().uploads(), secondFloor,
                ServerFloor.of(secondFloor, changed.size(), 0, changed.size()), null));
        return lines;
    }

    /** Orders placed in the shop beforehand (latency off), then the order import. */
    BenchLine orders(int count) throws Exception {
        shop.control().setLatency(0, 0);
        shop.control().setServer(ServerModel.off());
        long t0 = System.nanoTime();
        platform.placeOrders(shop, count, products, SEED);
        shop.control().setLatency(latencyMs, 0);
        shop.control().setServer(server);
        log.printf(Locale.ROOT, "# orders: %d orders placed in the shop in %.1f s (latency and server model off"
                        + " meanwhile)%n",
                count, since(t0));
        boolean notes = host.services().modules().settings(MODULE).flag("orderNoteEnabled", false);
        Measured m = measure(ORDER_SYNC, Map.of());
        ActionResult r = m.result();
        long committed = r.counts().getOrDefault(ItemStatus.IMPORTED, 0) + r.counts().getOrDefault(ItemStatus.NEEDS_REVIEW, 0);
        long notesSent = m.tally().byRoute().getOrDefault("POST " + RequestTally.API + "/orders/{id}/notes", 0L);
        long batches = m.tally().byRoute().getOrDefault(platform.orderWriteRoute(), 0L);
        log.printf(Locale.ROOT, "# orders: list requests=%d; committed=%d in %.3f s (%.0f orders/s) until the last"
                        + " order was in the ERP; write-back phase %.3f s with %d order batches and %d note requests;"
                        + " erp orders=%d; %s%n",
                m.tally().orderLists(), committed, m.lastProgressSeconds(),
                committed / Math.max(1e-9, m.lastProgressSeconds()), m.wallSeconds() - m.lastProgressSeconds(),
                batches, notesSent, erpOrders(), m.summary());
        LatencyFloor floor = platform.orders(committed, notes);
        return m.line("orders", committed, floor,
                ServerFloor.of(floor, committed + (notes ? committed : 0), committed, 0), null);
    }

    private long erpOrders() {
        return host.database().read("counting orders", connection -> {
            try (var s = connection.prepareStatement("SELECT COUNT(*) FROM customer_order");
                 var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * The naive pusher on the first {@code sample} products, into a separate fresh shop with the
     * same latency; its time is extrapolated linearly to all products.
     */
    NaiveRun naive(int sample) {
        int pushed = Math.min(sample, products);
        try (ShopEmulator naiveShop = newShop();
             HeapSampler heap = new HeapSampler()) {
            EmulatorConfig c = EmulatorConfig.defaults();
            long t0 = System.nanoTime();
            NaivePusher.Result result = new NaivePusher(host.services(),
                    new ShopHttp(naiveShop.baseUrl(), c.consumerKey(), c.consumerSecret())).push(pushed);
            double wall = since(t0);
            HeapSampler.Peak peak = heap.stop();
            RequestTally tally = RequestTally.of(naiveShop.control().counters());
            double perProduct = result.productSeconds() / result.products();
            BenchLine.NaiveTime extrapolated = new BenchLine.NaiveTime(perProduct * products,
                    result.products() < products ? result.products() : 0);
            log.printf(Locale.ROOT, "# naive: %d products one by one (GET ?sku= then POST/PUT) in %.3f s,"
                            + " %.1f ms per product; categories set up first (%d requests); %d products -> %s s%n",
                    result.products(), result.productSeconds(), perProduct * 1000,
                    tally.requests() - 2L * result.products(), products, extrapolated.format());
            BenchLine line = new BenchLine("naive", result.products(), tally.requests(), tally.writeRequests(),
                    tally.bytesSent(), wall, peak.usedMb(), null, extrapolated);
            return new NaiveRun(line, extrapolated, perProduct);
        }
    }

    /** The naive run's line, its extrapolation to the session's products, and its time per product. */
    record NaiveRun(BenchLine line, BenchLine.NaiveTime extrapolated, double secondsPerProduct) {
    }

    // ---- measuring -----------------------------------------------------------------------------

    /** One measured run; {@code suffix} marks its line ({@code @warm} after a warm-up). */
    private record Measured(ActionResult result, RequestTally tally, double wallSeconds, HeapSampler.Peak heap,
                            double lastProgressSeconds, long latencyMs, int parallelRequests, ServerModel server,
                            String suffix, BenchPlatform platform) {

        /** The limit is the larger of the latency floor and the server's work shared by its workers. */
        BenchLine line(String name, long items, LatencyFloor floor, ServerFloor work, BenchLine.NaiveTime naive) {
            return new BenchLine(name + suffix, items, tally.requests(), tally.writeRequests(), tally.bytesSent(),
                    wallSeconds, heap.usedMb(), Math.max(platform.limitSeconds(floor, latencyMs, parallelRequests),
                    work.seconds(server)), naive);
        }

        String summary() {
            return String.format(Locale.ROOT, "outcome=%s counts=%s routes=%s",
                    result.outcome(), StatusCounts.byWireName(result.counts()), new java.util.TreeMap<>(tally.byRoute()));
        }
    }

    /**
     * Runs an action through the host's own runner, with the services it hands over wrapped to time
     * them; the warm-up goes the same way, so it warms up the very code that is measured.
     */
    private ActionResult runTimed(String actionId, Map<String, String> options, ProgressListener progress) {
        ListAction action = host.extensions().action(actionId)
                .orElseThrow(() -> new IllegalStateException("no action " + actionId + " in the plugins"));
        timer.reset();
        ActionRunner runner = new ActionRunner(host.extensions(), timer.wrap(host.services()),
                id -> timer.wrap(host.stateStore(id)), host.history(), host::redactor);
        return runner.run(action, Set.of(), options, LOCALE, progress, Cancellation.NEVER).result();
    }

    /**
     * Remembers when the last item was reported done. The warm-up uses it too, so the measured run
     * meets no listener class the JIT has not seen.
     */
    private static final class LastProgress implements ProgressListener {

        private volatile long at;

        @Override
        public void progress(long done, long total) {
            if (done > 0) {
                at = System.nanoTime();
            }
        }

        @Override
        public void status(String message) {
        }
    }

    private Measured measure(String actionId, Map<String, String> options) {
        shop.control().resetCounters();
        ServerLoad before = shop.control().serverLoad();
        LastProgress progress = new LastProgress();
        HeapSampler heap = new HeapSampler();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        ActionResult result = runTimed(actionId, options, progress);
        double wall = since(t0);
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        HeapSampler.Peak peak = heap.stop();
        log.printf(Locale.ROOT, "# %s: wall %.3f s, process cpu %.3f s, in host services %.3f s (%s), load average"
                        + " %.1f%n", actionId, wall, cpu, timer.totalSeconds(), timer.top(4),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        RequestTally tally = platform.tally(shop.control().counters());
        if (server.on()) {
            ServerLoad after = shop.control().serverLoad();
            log.printf(Locale.ROOT, "# %s: the shop refused %d request(s) with 503 and stopped %d at its time limit%n",
                    actionId, after.refused() - before.refused(), after.timedOut() - before.timedOut());
        }
        double untilLast = progress.at == 0 ? wall : (progress.at - t0) / 1e9;
        if (result.outcome() != hu.webshopsync.api.Outcome.SUCCESS) {
            log.println("# WARNING " + actionId + " ended " + result.outcome() + ": "
                    + host.redactor().apply(result.message()).replace('\n', ' '));
        }
        return new Measured(result, tally, wall, peak, untilLast, latencyMs, parallelRequests, server, suffix,
                platform);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Closes the host, so that other processes can open the data folder; the shop keeps running.
     *
     * @return the data folder and the key that seals its secrets
     */
    Released releaseDataFolder() {
        Path key = host.config().keyFile().path();
        host.close();
        host = null;
        return new Released(dataDir, key);
    }

    /** A data folder the benchmark no longer holds, and its key. */
    record Released(Path dataDir, Path keyFile) {
    }

    @Override
    public void close() {
        try {
            if (host != null) {
                host.close();
            }
        } finally {
            if (shop != null) {
                shop.close();
            }
            deleteQuietly(dataDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
