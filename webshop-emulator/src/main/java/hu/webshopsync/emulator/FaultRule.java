package hu.webshopsync.emulator;

import java.util.Objects;

/**
 * One fault-injection rule.
 *
 * <p>A rule matches requests by {@code route}: {@code "*"} (every shop request), a path
 * ({@code "/wp-json/wc/v3/products/batch"}, any method) or a method and a path
 * ({@code "POST /wp-json/wc/v3/products/batch"}). Path segments {@code {id}} or {@code *} match any
 * single segment, so {@code "PUT /wp-json/wc/v3/products/{id}"} is the route as counted by
 * {@link EmulatorControl#counters()}. The control endpoints under {@code /__emulator/} are never faulted.
 *
 * <p>A matching rule fires with probability {@code rate} (seeded), at most {@code times} times
 * ({@code 0} = unlimited). Rules are tried in order; {@link FaultKind#DELAY} rules add up, the first
 * other rule that fires decides the request.
 *
 * @param route             which requests the rule applies to
 * @param kind              what happens
 * @param rate              probability in {@code (0, 1]} that a matching request is hit
 * @param times             how many times the rule may fire; {@code 0} = unlimited
 * @param status            HTTP status for {@link FaultKind#STATUS} (e.g. 500, 502, 503, 504, 429)
 * @param retryAfterSeconds value of the {@code Retry-After} header for STATUS faults; {@code 0} = none
 * @param delayMs           sleep for {@link FaultKind#DELAY}
 * @param sku               for {@link FaultKind#REJECT_ITEM}: only the item whose body carries this SKU; {@code null}
 *                          = any
 */
public record FaultRule(String route, FaultKind kind, double rate, int times, int status, int retryAfterSeconds,
                        long delayMs, String sku) {

    public FaultRule {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(kind, "kind");
        if (!(rate > 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be in (0, 1]: " + rate);
        }
        if (times < 0 || retryAfterSeconds < 0 || delayMs < 0) {
            throw new IllegalArgumentException("times, retryAfterSeconds and delayMs must not be negative");
        }
        if ((kind == FaultKind.STATUS || kind == FaultKind.REJECT_ITEM) && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("a " + kind + " fault needs a 4xx/5xx status: " + status);
        }
    }

    /** A rule for any item: every kind but {@link FaultKind#REJECT_ITEM} picks no SKU. */
    public FaultRule(String route, FaultKind kind, double rate, int times, int status, int retryAfterSeconds,
                     long delayMs) {
        this(route, kind, rate, times, status, retryAfterSeconds, delayMs, null);
    }

    /** Every matching request answers {@code status} (500, 502, 503, 504, …). */
    public static FaultRule status(String route, int status) {
        return new FaultRule(route, FaultKind.STATUS, 1.0, 0, status, 0, 0);
    }

    /** Every matching request answers 429 with {@code Retry-After: seconds}. */
    public static FaultRule tooManyRequests(String route, int retryAfterSeconds) {
        return new FaultRule(route, FaultKind.STATUS, 1.0, 0, 429, retryAfterSeconds, 0);
    }

    public static FaultRule reset(String route) {
        return new FaultRule(route, FaultKind.RESET, 1.0, 0, 0, 0, 0);
    }

    public static FaultRule delay(String route, long delayMs) {
        return new FaultRule(route, FaultKind.DELAY, 1.0, 0, 0, 0, delayMs);
    }

    public static FaultRule malformedJson(String route) {
        return new FaultRule(route, FaultKind.MALFORMED_JSON, 1.0, 0, 0, 0, 0);
    }

    public static FaultRule commitThenReset(String route) {
        return new FaultRule(route, FaultKind.COMMIT_THEN_RESET, 1.0, 0, 0, 0, 0);
    }

    /**
     * Inside a batch, the item sent as {@code route} whose body carries {@code sku} answers {@code status} with
     * the platform's error body, every time; the batch's other items run.
     *
     * @param route  the item's route as if sent alone, e.g. {@code POST /productExtend}
     * @param sku    the SKU in the item's body
     * @param status the item's status, e.g. 409
     * @return the rule
     */
    public static FaultRule rejectItem(String route, String sku, int status) {
        return new FaultRule(route, FaultKind.REJECT_ITEM, 1.0, 0, status, 0, 0, Objects.requireNonNull(sku, "sku"));
    }

    /** The same rule, firing only for the next {@code n} matching requests. */
    public FaultRule times(int n) {
        return new FaultRule(route, kind, rate, n, status, retryAfterSeconds, delayMs, sku);
    }

    /** The same rule, firing with probability {@code probability}. */
    public FaultRule withRate(double probability) {
        return new FaultRule(route, kind, probability, times, status, retryAfterSeconds, delayMs, sku);
    }

    /** The same rule with a {@code Retry-After} header (STATUS faults only). */
    public FaultRule withRetryAfter(int seconds) {
        return new FaultRule(route, kind, rate, times, status, seconds, delayMs, sku);
    }
}
