package hu.webshopsync.emulator;

import java.util.List;
import java.util.Objects;

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

    public RequestCounters counters() {
        return counters.snapshot();
    }

    public void resetCounters() {
        counters.reset();
    }
}
