package hu.webshopsync.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Decides, per request, the latency and the fault. All randomness comes from two generators seeded
 * from the configured seed (one for faults, one for jitter, so changing the latency does not change
 * which requests fail); a single-threaded client therefore sees the same faults on every run.
 */
final class FaultInjector {

    /** What to do with one request: extra sleep, and the fault that decides it (or {@code null}). */
    record Decision(long delayMs, FaultRule fault) {
    }

    private static final class ActiveRule {
        final FaultRule rule;
        final String method;
        final String[] segments;
        int remaining;

        ActiveRule(FaultRule rule) {
            this.rule = rule;
            String route = rule.route().trim();
            int space = route.indexOf(' ');
            if (route.equals("*")) {
                method = null;
                segments = null;
            } else if (space > 0) {
                String m = route.substring(0, space).trim().toUpperCase(java.util.Locale.ROOT);
                method = m.equals("*") ? null : m;
                segments = Router.split(route.substring(space + 1).trim());
            } else {
                method = null;
                segments = Router.split(route);
            }
            remaining = rule.times() == 0 ? -1 : rule.times();
        }

        boolean matches(String requestMethod, String[] path) {
            if (method != null && !method.equals(requestMethod)) {
                return false;
            }
            if (segments == null) {
                return true;
            }
            if (segments.length != path.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                String s = segments[i];
                if (!(s.equals("*") || s.startsWith("{") || s.equals(path[i]))) {
                    return false;
                }
            }
            return true;
        }

        FaultRule current() {
            return new FaultRule(rule.route(), rule.kind(), rule.rate(), Math.max(remaining, 0), rule.status(),
                    rule.retryAfterSeconds(), rule.delayMs(), rule.sku());
        }
    }

    private final Object lock = new Object();
    private final Random faultRandom;
    private final Random latencyRandom;
    private final List<ActiveRule> rules = new ArrayList<>();
    private long fixedMs;
    private long jitterMs;

    FaultInjector(long seed, long fixedMs, long jitterMs) {
        this.faultRandom = new Random(seed);
        this.latencyRandom = new Random(seed ^ 0x5DEECE66DL);
        this.fixedMs = fixedMs;
        this.jitterMs = jitterMs;
    }

    void setLatency(long fixed, long jitter) {
        if (fixed < 0 || jitter < 0) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        synchronized (lock) {
            fixedMs = fixed;
            jitterMs = jitter;
        }
    }

    void setRules(List<FaultRule> newRules) {
        synchronized (lock) {
            rules.clear();
            newRules.forEach(r -> rules.add(new ActiveRule(r)));
        }
    }

    void addRule(FaultRule rule) {
        synchronized (lock) {
            rules.add(new ActiveRule(rule));
        }
    }

    List<FaultRule> rules() {
        synchronized (lock) {
            List<FaultRule> list = new ArrayList<>();
            for (ActiveRule r : rules) {
                if (r.remaining != 0) {
                    list.add(r.current());
                }
            }
            return list;
        }
    }

    long latencyMs() {
        synchronized (lock) {
            long jitter = jitterMs > 0 ? (long) (latencyRandom.nextDouble() * (jitterMs + 1)) : 0;
            return fixedMs + Math.min(jitter, jitterMs);
        }
    }

    Decision decide(String method, String path) {
        String[] segments = Router.split(path);
        synchronized (lock) {
            long delay = 0;
            FaultRule fault = null;
            for (ActiveRule r : rules) {
                if (r.remaining == 0 || r.rule.kind() == FaultKind.REJECT_ITEM || !r.matches(method, segments)) {
                    continue;
                }
                boolean delayRule = r.rule.kind() == FaultKind.DELAY;
                if (!delayRule && fault != null) {
                    continue;
                }
                if (r.rule.rate() < 1.0 && faultRandom.nextDouble() >= r.rule.rate()) {
                    continue;
                }
                if (r.remaining > 0) {
                    r.remaining--;
                }
                if (delayRule) {
                    delay += r.rule.delayMs();
                } else {
                    fault = r.rule;
                }
            }
            return new Decision(delay, fault);
        }
    }

    /**
     * The {@link FaultKind#REJECT_ITEM} rule that refuses this item of a batch, if one fires.
     *
     * @param method the item's method
     * @param path   the item's path, as if sent alone
     * @param sku    the SKU in the item's body, or {@code null}
     * @return the rule, or {@code null}
     */
    FaultRule rejection(String method, String path, String sku) {
        String[] segments = Router.split(path);
        synchronized (lock) {
            for (ActiveRule r : rules) {
                if (r.remaining == 0 || r.rule.kind() != FaultKind.REJECT_ITEM || !r.matches(method, segments)
                        || r.rule.sku() != null && !r.rule.sku().equals(sku)) {
                    continue;
                }
                if (r.rule.rate() < 1.0 && faultRandom.nextDouble() >= r.rule.rate()) {
                    continue;
                }
                if (r.remaining > 0) {
                    r.remaining--;
                }
                return r.rule;
            }
            return null;
        }
    }
}
