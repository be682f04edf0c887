package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.ServerModel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the chosen scenarios and prints one result line per scenario on {@code out}; notes on how
 * each run went ({@code # …}) go to {@code log}.
 */
public final class Benchmark {

    private final BenchOptions options;
    private final BenchPlatform platform;
    private final PrintWriter out;
    private final PrintWriter log;

    /**
     * @param options what to run
     * @param out     where result lines go
     * @param log     where notes go
     */
    public Benchmark(BenchOptions options, PrintWriter out, PrintWriter log) {
        this.options = options;
        this.platform = options.shopPlatform();
        this.out = out;
        this.log = log;
    }

    /**
     * Runs the scenarios, then the chart if asked.
     *
     * @throws Exception when the world cannot be built or a scenario breaks
     */
    public void run() throws Exception {
        int n = options.products();
        BenchSession.NaiveRun naive = null;
        BenchLine full = null;
        log.printf(Locale.ROOT, "# bench: platform=%s products=%d orders=%d latency_ms=%d server=%s scenarios=%s"
                        + " warm_up=%s cores=%d max_heap_mb=%d%n", platform.name(), n, options.orders(), options.latencyMs(),
                options.server(), BenchOptions.ALL.stream().filter(this::runs).toList(), options.warmUp(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (String refused : BenchOptions.ALL.stream().filter(options::runs).filter(s -> !runs(s)).toList()) {
            log.println("# " + refused + ": not run on " + platform.name() + ": " + platform.refusal(refused).orElse(""));
        }
        boolean chart = options.chart() != null && platform.refusal("naive").isEmpty();
        if (options.chart() != null && !chart) {
            log.println("# chart: not drawn on " + platform.name() + ": it compares with the naive pusher, and "
                    + platform.refusal("naive").orElse(""));
        }
        try (BenchSession session = open(n)) {
            if (runs("naive")) {
                naive = session.naive(options.naiveSample());
                print(naive.line());
            }
            boolean needsSync = BenchOptions.ALL.stream().skip(1).filter(s -> !s.equals("tuning"))
                    .anyMatch(this::runs);
            if (needsSync) {
                full = session.fullSync("full-sync", naive == null ? null : naive.extrapolated());
                if (runs("full-sync")) {
                    print(full);
                } else {
                    log.println("# prerequisite (not a requested scenario): " + full.format());
                }
            }
            if (runs("delta-none")) {
                print(session.deltaNone());
            }
            if (runs("delta-1pct")) {
                print(session.deltaOnePercent());
            }
            if (runs("images")) {
                session.images(options.imageShare()).forEach(this::print);
            }
            if (runs("orders")) {
                print(session.orders(options.orders()));
            }
            if (runs("tuning")) {
                tuning(session);
            }
        }
        if (chart) {
            chart(full, naive);
        }
    }

    private void tuning(BenchSession session) throws Exception {
        ServerModel own = options.server();
        List<ServerModel> models = options.tuningWorkers().isEmpty() ? List.of(own)
                : options.tuningWorkers().stream().map(w -> new ServerModel(w, own.itemMs(), own.readItemMs(),
                own.uploadMs(), own.requestMs(), own.maxExecutionMs(), own.queue())).toList();
        List<TuningLine> lines = new ArrayList<>();
        for (ServerModel model : models) {
            TuningLine line = new TuningScenario(session, log).run(model, options.products());
            out.println(line.format());
            out.flush();
            lines.add(line);
        }
        if (options.tuningChart() != null) {
            TuningChart.write(options.tuningChart(), lines, options.products(), options.latencyMs());
            log.println("# tuning chart written to " + options.tuningChart().toAbsolutePath());
        }
    }

    private void chart(BenchLine full, BenchSession.NaiveRun naive) throws Exception {
        double perProduct = naive == null ? -1 : naive.secondsPerProduct();
        List<ScalingChart.Point> points = new ArrayList<>();
        for (int size : options.sizes().stream().sorted().toList()) {
            BenchLine ours = size == options.products() && full != null ? full : null;
            if (ours == null || perProduct < 0) {
                try (BenchSession session = open(size)) {
                    if (perProduct < 0) {
                        perProduct = session.naive(options.naiveSample()).secondsPerProduct();
                    }
                    if (ours == null) {
                        ours = session.fullSync("full-sync@" + size, new BenchLine.NaiveTime(perProduct * size,
                                Math.min(options.naiveSample(), size) < size ? Math.min(options.naiveSample(), size)
                                        : 0));
                        print(ours);
                    }
                }
            }
            points.add(new ScalingChart.Point(size, ours.requests(), ours.wallSeconds(), 2L * size,
                    perProduct * size));
        }
        ScalingChart.write(options.chart(), points, options.latencyMs());
        log.println("# chart written to " + options.chart().toAbsolutePath());
    }

    private BenchSession open(int products) throws Exception {
        BenchSession session = BenchSession.open(platform, products, options.latencyMs(), options.server(),
                options.pluginsDir(), log);
        if (options.warmUp() > 0) {
            try {
                session.warmUp(options.warmUp());
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        }
        return session;
    }

    /** Whether a scenario was asked for and makes sense on the platform. */
    private boolean runs(String scenario) {
        return options.runs(scenario) && platform.refusal(scenario).isEmpty();
    }

    private void print(BenchLine line) {
        out.println(line.format());
        out.flush();
    }
}
