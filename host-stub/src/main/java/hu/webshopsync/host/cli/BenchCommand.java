package hu.webshopsync.host.cli;

import hu.webshopsync.host.bench.BenchOptions;
import hu.webshopsync.host.bench.Benchmark;
import hu.webshopsync.emulator.ServerModel;
import hu.webshopsync.host.bench.StartupCost;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: how fast and how frugal the sync is, against the naive way and the floor set by
 * latency. Builds its own ERP in a temporary folder and runs an in-process shop emulator; the
 * root's {@code --data-dir} is not touched. Result lines go to standard output, notes to standard
 * error. The measuring lives in {@link Benchmark}; see BENCHMARKS.md.
 */
@Command(name = "bench", description = "Benchmarks the webshop sync against an in-process shop emulator.")
final class BenchCommand implements Callable<Integer> {

    private static final String STARTUP = "startup";

    @Spec
    CommandSpec spec;

    @Option(names = "--products", paramLabel = "N", defaultValue = "10000", description = "Products (default: ${DEFAULT-VALUE}).")
    int products;

    @Option(names = "--orders", paramLabel = "M", defaultValue = "5000", description = "Orders (default: ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--latency-ms", paramLabel = "L", defaultValue = "20",
            description = "The shop's latency per request, no jitter (default: ${DEFAULT-VALUE}).")
    long latencyMs;

    @Option(names = "--workers", paramLabel = "W", defaultValue = "0", description = "PHP workers of the shop's"
            + " server model: requests served at once, the rest queue (default: ${DEFAULT-VALUE}, no server model).")
    int workers;

    @Option(names = "--item-ms", paramLabel = "C", defaultValue = "" + ServerModel.DEFAULT_ITEM_MS,
            description = "With --workers: server time per item written (default: ${DEFAULT-VALUE}).")
    long itemMs;

    @Option(names = "--max-execution-s", paramLabel = "T", defaultValue = "0",
            description = "With --workers: PHP's time limit per request (default: ${DEFAULT-VALUE}, none).")
    long maxExecutionS;

    @Option(names = "--queue", paramLabel = "Q", defaultValue = "" + ServerModel.DEFAULT_QUEUE,
            description = "With --workers: requests that may wait before the shop answers 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "naive, full-sync, delta-none, delta-1pct, images, orders, tuning, startup; repeatable"
                    + " (default: all but tuning and startup).")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--image-share", paramLabel = "SHARE", defaultValue = "0.2",
            description = "Share of products with an image (default: ${DEFAULT-VALUE}).")
    double imageShare;

    @Option(names = "--naive-sample", paramLabel = "K", defaultValue = "500",
            description = "Products the naive pusher really pushes; the rest is extrapolated (default: ${DEFAULT-VALUE}).")
    int naiveSample;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also run full syncs for --sizes and draw the scaling chart.")
    Path chart;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",", defaultValue = "1000,10000,100000",
            description = "Catalog sizes of the chart (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--warm-up", paramLabel = "RUNS", defaultValue = "0", description = "First sync the catalog RUNS"
            + " times into throwaway shops, so the scenarios run in a warmed-up JVM as in a long-running ERP; result"
            + " lines are marked @warm (default: ${DEFAULT-VALUE}, a cold JVM).")
    int warmUp;

    @Option(names = "--tuning-workers", paramLabel = "W,W,...", split = ",", description = "Run the tuning"
            + " scenario for each of these worker counts (with --item-ms and the rest; default: --workers only).")
    List<Integer> tuningWorkers = new ArrayList<>();

    @Option(names = "--tuning-chart", paramLabel = "FILE.png",
            description = "Draw the tuning scenario's wall time against the workers.")
    Path tuningChart;

    @Option(names = "--platform", paramLabel = "woocommerce|shoprenter", defaultValue = "woocommerce",
            description = "The shop platform the emulator speaks (default: ${DEFAULT-VALUE}); shoprenter runs"
                    + " full-sync, delta-none, delta-1pct and orders.")
    String platform;

    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "The plugins folder with the webshop plugin (default: the root's --plugins-dir).")
    Path pluginsDir;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5",
            description = "startup: how many times each command is started (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--host-jar", paramLabel = "FILE",
            description = "startup: the host jar to start, e.g. an older build (default: this one).")
    Path hostJar;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "startup: a JVM option for the started hosts, e.g. -XX:SharedArchiveFile=FILE; repeatable.")
    List<String> jvmOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path plugins = pluginsDir != null ? pluginsDir : ((HostCommand) spec.root().userObject()).pluginsDir();
        // the startup scenario starts the host as processes, apart from the in-process scenarios
        boolean startup = scenarios.remove(STARTUP);
        if (startup) {
            try {
                new StartupCost(products, latencyMs, plugins, StartupCost.HostLaunch.of(Optional.ofNullable(hostJar),
                        jvmOptions), runs, out, err).run();
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return ExitCodes.ERROR;
            }
            if (scenarios.isEmpty()) {
                err.flush();
                return ExitCodes.OK;
            }
        }
        BenchOptions options;
        try {
            if (workers < 0 || itemMs < 0 || maxExecutionS < 0 || queue < 0) {
                throw new IllegalArgumentException("--workers, --item-ms, --max-execution-s and --queue must not be"
                        + " negative");
            }
            // with no workers the model is off, but keeps its costs for --tuning-workers
            ServerModel server = ServerModel.of(workers, itemMs).withMaxExecutionMs(maxExecutionS * 1000)
                    .withQueue(queue);
            options = new BenchOptions(products, orders, latencyMs, server,
                    new LinkedHashSet<>(scenarios.isEmpty() ? BenchOptions.DEFAULT : scenarios), imageShare, naiveSample,
                    chart, sizes, plugins, warmUp, tuningWorkers, tuningChart, platform);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.ERROR;
        }
        new Benchmark(options, out, err).run();
        err.flush();
        return ExitCodes.OK;
    }
}
