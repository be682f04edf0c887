package hu.webshopsync.host.bench;

import hu.webshopsync.api.CustomerDirectory;
import hu.webshopsync.api.CustomerOrderBook;
import hu.webshopsync.api.HostServices;
import hu.webshopsync.api.Inventory;
import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.api.ProductCatalog;
import hu.webshopsync.host.ErpServices;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Measures how long a run spends inside the host's services (catalog, stock, orders, plugin state),
 * by wrapping them before they are handed to the action; the rest of the wall time is the plugin's
 * own work and its waiting for the shop. The wrapping adds a few nanoseconds per call.
 */
final class ServiceTimer {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    HostServices wrap(ErpServices services) {
        return new ErpServices(timed(ProductCatalog.class, services.products()),
                timed(Inventory.class, services.inventory()), timed(CustomerDirectory.class, services.customers()),
                timed(CustomerOrderBook.class, services.orders()), timed(ModuleRegistry.class, services.modules()),
                services.currency(), services.clock());
    }

    PluginStateStore wrap(PluginStateStore store) {
        return timed(PluginStateStore.class, store);
    }

    void reset() {
        nanos.clear();
        calls.clear();
    }

    double totalSeconds() {
        return nanos.values().stream().mapToLong(LongAdder::sum).sum() / 1e9;
    }

    /** The most expensive service methods, e.g. {@code ProductCatalog.find=2.31s/21}. */
    String top(int n) {
        return nanos.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .limit(n)
                .map(e -> String.format(Locale.ROOT, "%s=%.2fs/%d", e.getKey(), e.getValue().sum() / 1e9,
                        calls.get(e.getKey()).sum()))
                .collect(Collectors.joining(","));
    }

    private <T> T timed(Class<T> type, T target) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            String key = type.getSimpleName() + "." + method.getName();
            long t0 = System.nanoTime();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                nanos.computeIfAbsent(key, k -> new LongAdder()).add(System.nanoTime() - t0);
                calls.computeIfAbsent(key, k -> new LongAdder()).increment();
            }
        });
        return type.cast(proxy);
    }
}
