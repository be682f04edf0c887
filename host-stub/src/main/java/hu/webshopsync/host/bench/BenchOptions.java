package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.ServerModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to benchmark.
 *
 * @param products    products in the ERP
 * @param orders      orders placed in the shop for the order import
 * @param latencyMs   the shop's latency per request
 * @param server      the shop's PHP workers and server time ({@link ServerModel#off()} for none)
 * @param scenarios   the scenarios to run, in {@link #ALL} order
 * @param imageShare  share of products that get an image in the images scenario
 * @param naiveSample products the naive pusher really pushes; more are extrapolated
 * @param chart       where to write the scaling chart, or {@code null}
 * @param sizes       catalog sizes of the chart
 * @param pluginsDir  the plugins folder holding the webshop plugin
 * @param tuningWorkers the worker counts the tuning scenario runs for; empty for the server model's own
 * @param tuningChart where to draw tuning's wall time against the workers, or {@code null}
 * @param warmUp      how many times each world first syncs its catalog into a throwaway shop, so the
 *                    scenarios run in a warmed-up JVM as in a long-running ERP; 0 for a cold JVM
 * @param platform    the shop platform: {@code woocommerce} or {@code shoprenter}
 */
public record BenchOptions(int products, int orders, long latencyMs, ServerModel server, Set<String> scenarios, double imageShare,
                           int naiveSample, Path chart, List<Integer> sizes, Path pluginsDir, int warmUp,
                           List<Integer> tuningWorkers, Path tuningChart, String platform) {

    /** Every scenario, in the order they run. */
    public static final List<String> ALL = List.of("naive", "full-sync", "delta-none", "delta-1pct", "images",
            "orders", "tuning");

    /** What runs when no scenario is named: all but {@code tuning}, which syncs the catalog six times. */
    public static final List<String> DEFAULT = ALL.subList(0, ALL.size() - 1);

    /**
     * Validates.
     */
    public BenchOptions {
        if (products < 1 || orders < 0 || latencyMs < 0 || naiveSample < 1 || warmUp < 0) {
            throw new IllegalArgumentException("--products and --naive-sample must be positive, --orders and"
                    + " --latency-ms and --warm-up not negative");
        }
        if (imageShare < 0 || imageShare > 1) {
            throw new IllegalArgumentException("--image-share must be between 0 and 1");
        }
        for (String s : scenarios) {
            if (!ALL.contains(s)) {
                throw new IllegalArgumentException("unknown scenario " + s + "; known: " + String.join(", ", ALL));
            }
        }
        java.util.Objects.requireNonNull(server, "server");
        BenchPlatform shop = BenchPlatform.named(platform);
        if (!scenarios.isEmpty() && scenarios.stream().allMatch(s -> shop.refusal(s).isPresent())) {
            throw new IllegalArgumentException("no scenario to run on " + platform + ": " + String.join("; ",
                    scenarios.stream().sorted().map(s -> s + ": " + shop.refusal(s).orElseThrow()).toList()));
        }
        scenarios = Set.copyOf(scenarios);
        sizes = List.copyOf(sizes);
        tuningWorkers = List.copyOf(tuningWorkers);
        if (tuningWorkers.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("--tuning-workers must be positive");
        }
    }

    BenchPlatform shopPlatform() {
        return BenchPlatform.named(platform);
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }
}
