package hu.webshopsync.api;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistent state owned by one plugin, kept by the host in the ERP database: small key/value
 * entries (cursors, settings the plugin learned) and binding rows (ids and content hashes). Each
 * method is atomic on its own; nothing is visible to other plugins.
 */
public interface PluginStateStore {

    /**
     * A value.
     *
     * @param key the key
     * @return the value, if stored
     */
    Optional<String> get(String key);

    /**
     * Stores a value, replacing any earlier one.
     *
     * @param key   the key
     * @param value the value
     */
    void put(String key, String value);

    /**
     * Removes a value; does nothing when absent.
     *
     * @param key the key
     */
    void remove(String key);

    /**
     * Bindings of one kind by key, for the keys that have one.
     *
     * @param kind the kind
     * @param keys the keys
     * @return the bindings found, by key
     */
    Map<String, Binding> bindings(String kind, Collection<String> keys);

    /**
     * One page of the bindings of one kind in key order, for walking all of them.
     *
     * @param kind     the kind
     * @param afterKey only keys after this one; {@code null} to start at the beginning
     * @param limit    at most this many
     * @return the bindings
     */
    List<Binding> bindingsAfter(String kind, String afterKey, int limit);

    /**
     * Inserts or replaces bindings (by kind and key), all or nothing.
     *
     * @param bindings the bindings
     */
    void saveBindings(Collection<Binding> bindings);

    /**
     * Deletes bindings, all or nothing.
     *
     * @param kind the kind
     * @param keys the keys
     */
    void deleteBindings(String kind, Collection<String> keys);

    /**
     * Takes a named lock unless someone else holds it.
     *
     * @param name  the lock's name, e.g. {@code product-sync:shop.example.hu}
     * @param lease how long the lock lasts unless renewed
     * @return the lock, or empty when another live holder has it
     */
    Optional<StateLock> tryLock(String name, Duration lease);
}
