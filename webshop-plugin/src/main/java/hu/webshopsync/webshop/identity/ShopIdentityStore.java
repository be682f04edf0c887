package hu.webshopsync.webshop.identity;

import hu.webshopsync.api.PluginStateStore;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The remembered {@link ShopIdentity} in the plugin's state (key {@value #KEY}: source id and
 * address on two lines), and the shops worked with before (key {@value #HISTORY_KEY}: one line
 * per earlier shop, {@code sourceId TAB address TAB left at}).
 */
public final class ShopIdentityStore {

    /** State key of the current shop. */
    public static final String KEY = "shop.identity";
    /** State key of the earlier shops. */
    public static final String HISTORY_KEY = "shop.identity.history";

    private final PluginStateStore state;

    /**
     * @param state the plugin's state
     */
    public ShopIdentityStore(PluginStateStore state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * The remembered shop.
     *
     * @return the shop, or empty on an install that never verified one
     */
    public Optional<ShopIdentity> current() {
        return state.get(KEY).map(v -> v.split("\n", 2)).filter(p -> p.length == 2)
                .map(p -> new ShopIdentity(p[0], p[1]));
    }

    /**
     * The source id a sync uses for the shop at the module's address. An install that never
     * verified a shop remembers its address id now (what it always used), so a later move keeps it.
     *
     * @param uri the module's address
     * @param url the module's address as the settings hold it
     * @return the source id, or empty when the shop was verified at another address: the address
     *         was changed without the activation check, and the shop there may be another one
     */
    public Optional<String> sourceIdAt(URI uri, String url) {
        Optional<ShopIdentity> remembered = current();
        if (remembered.isEmpty()) {
            ShopIdentity legacy = new ShopIdentity(ShopIdentity.addressId(uri), url);
            remember(legacy);
            return Optional.of(legacy.sourceId());
        }
        return remembered.filter(i -> i.url().equals(url)).map(ShopIdentity::sourceId);
    }

    /**
     * Remembers the shop.
     *
     * @param identity the shop
     */
    public void remember(ShopIdentity identity) {
        state.put(KEY, identity.sourceId() + "\n" + identity.url());
    }

    /**
     * Adds a shop the plugin no longer works with to the history.
     *
     * @param earlier the shop
     * @param leftAt  when the plugin moved on
     */
    public void retire(ShopIdentity earlier, Instant leftAt) {
        String line = earlier.sourceId() + "\t" + earlier.url() + "\t" + leftAt;
        state.put(HISTORY_KEY, state.get(HISTORY_KEY).map(h -> h + "\n" + line).orElse(line));
    }

    /**
     * The source ids of the shops worked with before.
     *
     * @return the ids, oldest first
     */
    public List<String> retiredSourceIds() {
        return state.get(HISTORY_KEY).stream().flatMap(h -> Arrays.stream(h.split("\n")))
                .map(line -> line.split("\t", 2)[0]).filter(s -> !s.isBlank()).toList();
    }
}
