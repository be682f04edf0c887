package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.webshop.settings.ShopPlatform;
import hu.webshopsync.webshop.settings.ShoprenterSettings;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.shop.RetryListener;
import java.net.URI;
import java.util.Objects;

/**
 * Everything that talks to one configured Shoprenter shop: the client (its pacing and token are
 * shared by every run, so that all of the plugin's requests together stay under the shop's rate
 * limit) and the shop's caches. Created by the plugin's wiring and shared by every extension
 * instance; thread-safe.
 */
public final class SrConnection implements AutoCloseable {

    private final WebshopSettings settings;
    private final ShoprenterClient client;
    private final SrShopCache cache;

    private SrConnection(WebshopSettings settings, ShoprenterClient client, SrShopCache cache) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * @param settings the module's settings, platform Shoprenter
     * @param mapper   the plugin's JSON mapper
     * @return the connection
     */
    public static SrConnection open(WebshopSettings settings, ObjectMapper mapper) {
        return open(settings, mapper, SrHttp.Policy.DEFAULT.maxAttempts());
    }

    /**
     * @param settings    the module's settings, platform Shoprenter
     * @param mapper      the plugin's JSON mapper
     * @param maxAttempts tries per request (a module check uses 1: the user is waiting)
     * @return the connection
     */
    public static SrConnection open(WebshopSettings settings, ObjectMapper mapper, int maxAttempts) {
        return new SrConnection(settings, ShoprenterClient.open(access(settings), mapper, maxAttempts),
                new SrShopCache());
    }

    static SrConnection of(WebshopSettings settings, ShoprenterClient client) {
        return new SrConnection(settings, client, new SrShopCache());
    }

    /**
     * The client's address and credentials from the module's settings: OAuth when a client is set
     * (the token from {@code tokenUrl}, else Shoprenter's endpoint for the shop), else Basic.
     *
     * @param settings the module's settings, platform Shoprenter
     * @return the access
     */
    public static SrAccess access(WebshopSettings settings) {
        if (settings.platform() != ShopPlatform.SHOPRENTER || settings.shoprenter().isEmpty()) {
            throw new IllegalArgumentException("not a Shoprenter shop: " + settings.platform().value());
        }
        ShoprenterSettings sr = settings.shoprenter().get();
        URI base = settings.uri();
        SrCredentials credentials = sr.oauth()
                ? new SrCredentials.OAuth(sr.clientId().orElseThrow(), sr.clientSecret().orElseThrow(),
                        sr.tokenUrl().orElseGet(() -> SrAccess.defaultTokenUrl(base)))
                : new SrCredentials.Basic(sr.apiUser().orElseThrow(), sr.apiPassword().orElseThrow());
        return new SrAccess(base, credentials, settings.connectTimeout(), settings.readTimeout(), settings.caFile(),
                sr.requestsPerSecond());
    }

    /**
     * This shop for one run: the same pacing, token and caches; the run's listener hears every wait.
     *
     * @param listener hears about waits before retries
     * @return the run's view
     */
    public SrConnection forRun(RetryListener listener) {
        return new SrConnection(settings, client.forRun(listener), cache);
    }

    /** @return the client */
    public ShoprenterClient client() {
        return client;
    }

    /** @return the module's settings */
    public WebshopSettings settings() {
        return settings;
    }

    /** @return the API host, for messages */
    public String host() {
        return client.host();
    }

    SrShopCache cache() {
        return cache;
    }

    /** Drops the caches; a run's view shares them, so only the plugin closes a connection. */
    @Override
    public void close() {
        cache.clear();
    }

    @Override
    public String toString() {
        return "SrConnection[" + client.baseUrl() + "]";
    }
}
