package hu.webshopsync.emulator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform-neutral part of {@link EmulatorControl}: latency, faults, the server model and the
 * request counters. A platform's control delegates these here.
 */
public final class ServerControls {

    private final FaultInjector faults;
    private final Counters counters;
    private final PhpWorkers php;

    ServerControls(FaultInjector faults, Counters counters, PhpWorkers php) {
        this.faults = faults;
        this.counters = counters;
        this.php = php;
    }

    /** @see EmulatorControl#setLatency */
    public void setLatency(long fixedMs, long jitterMs) {
        faults.setLatency(fixedMs, jitterMs);
    }

    /** @see EmulatorControl#setServer */
    public void setServer(ServerModel server) {
        php.setModel(Objects.requireNonNull(server, "server"));
    }

    public ServerModel server() {
        return php.model();
    }

    public ServerLoad serverLoad() {
        return php.load();
    }

    public void setFaults(List<FaultRule> rules) {
        faults.setRules(List.copyOf(rules));
    }

    public void addFault(FaultRule rule) {
        faults.addRule(rule);
    }

    public void resetFaults() {
        faults.setRules(List.of());
    }

    public List<FaultRule> faults() {
        return faults.rules();
    }

    /**
     * The {@link FaultKind#REJECT_ITEM} rule that refuses an item of a batch, if one fires.
     *
     * @param method the item's method
     * @param path   the item's path, as if sent alone, e.g. {@code /productExtend}
     * @param sku    the SKU in the item's body, or {@code null}
     * @return the rule
     */
    public Optional<FaultRule> itemRejection(String method, String path, String sku) {
        return Optional.ofNullable(faults.rejection(method, path, sku));
    }

    public RequestCounters counters() {
        return counters.snapshot();
    }

    public void resetCounters() {
        counters.reset();
    }
}
