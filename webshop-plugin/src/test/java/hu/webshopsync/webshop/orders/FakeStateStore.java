package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.api.StateLock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An in-memory {@link PluginStateStore}: values, bindings in key order, one lock per name. */
final class FakeStateStore implements PluginStateStore {

    final Map<String, String> values = new TreeMap<>();
    final Map<String, TreeMap<String, Binding>> bindings = new TreeMap<>();
    final Map<String, Boolean> locks = new TreeMap<>();
    int writes;

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        writes++;
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        writes++;
        values.remove(key);
    }

    @Override
    public Map<String, Binding> bindings(String kind, Collection<String> keys) {
        Map<String, Binding> out = new LinkedHashMap<>();
        TreeMap<String, Binding> ofKind = bindings.getOrDefault(kind, new TreeMap<>());
        keys.forEach(k -> {
            if (ofKind.containsKey(k)) {
                out.put(k, ofKind.get(k));
            }
        });
        return out;
    }

    @Override
    public List<Binding> bindingsAfter(String kind, String afterKey, int limit) {
        TreeMap<String, Binding> ofKind = bindings.getOrDefault(kind, new TreeMap<>());
        Map<String, Binding> tail = afterKey == null ? ofKind : ofKind.tailMap(afterKey, false);
        return tail.values().stream().limit(limit).toList();
    }

    @Override
    public void saveBindings(Collection<Binding> toSave) {
        writes++;
        toSave.forEach(b -> bindings.computeIfAbsent(b.kind(), k -> new TreeMap<>()).put(b.key(), b));
    }

    @Override
    public void deleteBindings(String kind, Collection<String> keys) {
        writes++;
        TreeMap<String, Binding> ofKind = bindings.get(kind);
        if (ofKind != null) {
            keys.forEach(ofKind::remove);
        }
    }

    @Override
    public Optional<StateLock> tryLock(String name, Duration lease) {
        if (locks.getOrDefault(name, false)) {
            return Optional.empty();
        }
        locks.put(name, true);
        return Optional.of(new StateLock() {
            @Override
            public void renew() {
            }

            @Override
            public void close() {
                locks.put(name, false);
            }
        });
    }

    Map<String, Binding> bindingsOf(String kind) {
        return bindings.getOrDefault(kind, new TreeMap<>());
    }
}
