package hu.webshopsync.host.bench;

import java.util.Locale;

/**
 * One scenario's result, printed as one {@code key=value} line so that runs can be compared with
 * grep and diff. A figure that does not apply to the scenario is {@code null} and prints as {@code -}.
 *
 * @param scenario      the scenario's name
 * @param items         the items the scenario handled (products, images uploaded, orders)
 * @param requests      every shop request the scenario caused
 * @param writeRequests product create/update requests
 * @param bytesSent     request body bytes the shop received
 * @param wallSeconds   wall-clock time of the measured part
 * @param peakHeapMb    the highest used heap sampled while it ran
 * @param limitSeconds  the floor set by latency (see {@link LatencyFloor}), or {@code null}
 * @param naive         the naive pusher's time for the same items, or {@code null}
 */
public record BenchLine(String scenario, long items, long requests, long writeRequests, long bytesSent,
                        double wallSeconds, Double peakHeapMb, Double limitSeconds, NaiveTime naive) {

    /** The naive pusher's scenario. */
    public static final String NAIVE = "naive";

    /**
     * The naive pusher's wall time for the scenario's items.
     *
     * @param seconds      the time, measured or extrapolated
     * @param sampledItems the items really pushed when extrapolated, or 0 when measured in full
     */
    public record NaiveTime(double seconds, long sampledItems) {

        String format() {
            return sampledItems > 0 ? BenchLine.seconds(seconds) + "~extrapolated_from_" + sampledItems
                    : BenchLine.seconds(seconds);
        }
    }

    /**
     * The line, e.g. {@code scenario=full-sync items=10000 requests=204 ...}.
     *
     * @return the line without a line break
     */
    public String format() {
        Double itemsPerSecond = wallSeconds > 0 ? items / wallSeconds : null;
        Double ratio = limitSeconds != null && limitSeconds > 0 ? wallSeconds / limitSeconds : null;
        // the naive line carries its own extrapolation; a speed-up against itself would mean nothing
        Double speedup = naive != null && wallSeconds > 0 && !NAIVE.equals(scenario)
                ? naive.seconds() / wallSeconds : null;
        return "scenario=" + scenario
                + " items=" + items
                + " requests=" + requests
                + " write_requests=" + writeRequests
                + " bytes_sent=" + bytesSent
                + " wall_s=" + seconds(wallSeconds)
                + " items_per_s=" + orDash(itemsPerSecond, "%.1f")
                + " peak_heap_mb=" + orDash(peakHeapMb, "%.1f")
                + " limit_s=" + orDash(limitSeconds, "%.3f")
                + " ratio_to_limit=" + orDash(ratio, "%.2f")
                + " naive_wall_s=" + (naive == null ? "-" : naive.format())
                + " speedup_vs_naive=" + orDash(speedup, "%.1f");
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static String orDash(Double value, String pattern) {
        return value == null || value.isNaN() || value.isInfinite() ? "-" : String.format(Locale.ROOT, pattern, value);
    }
}
