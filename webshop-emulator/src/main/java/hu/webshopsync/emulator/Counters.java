package hu.webshopsync.emulator;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counts per normalized route and byte totals; lock-free on the request path. */
final class Counters {

    private final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final LongAdder bytesReceived = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();

    void request(String route, long bodyBytes) {
        byRoute.computeIfAbsent(route, k -> new LongAdder()).increment();
        total.increment();
        bytesReceived.add(bodyBytes);
    }

    void sent(long bytes) {
        bytesSent.add(bytes);
    }

    RequestCounters snapshot() {
        Map<String, Long> copy = new HashMap<>();
        byRoute.forEach((k, v) -> {
            long n = v.sum();
            if (n > 0) {
                copy.put(k, n);
            }
        });
        return new RequestCounters(copy, total.sum(), bytesReceived.sum(), bytesSent.sum());
    }

    void reset() {
        byRoute.clear();
        total.reset();
        bytesReceived.reset();
        bytesSent.reset();
    }
}
