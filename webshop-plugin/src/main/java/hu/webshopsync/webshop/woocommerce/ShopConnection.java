package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.shop.HttpTransport;
import hu.webshopsync.webshop.categories.CategoryIdCache;
import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.jackson.JacksonDecoder;
import hu.webshopsync.webshop.identity.ShopIdentity;
import hu.webshopsync.webshop.settings.WebshopSettings;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Everything that talks to one configured shop: the Feign clients (one per API interface, built
 * once), the credentials policy, and the shop's caches. Created by
 * {@link hu.webshopsync.webshop.WebshopPlugin#connect(WebshopSettings)} and shared by every
 * extension instance; thread-safe.
 *
 * <p>Authentication follows WooCommerce: over {@code https://} HTTP Basic with the consumer key and
 * secret; over {@code http://} (a local shop) OAuth 1.0a one-legged signing, because WooCommerce
 * ignores Basic over plain HTTP. Every proxy handed out throws only {@link WooCommerceException}
 * (the shop said no) and {@link ShopUnreachableException} (no answer).
 */
public final class ShopConnection implements AutoCloseable {

    /** Logger name of the HTTP traffic (DEBUG: request lines; bodies without personal data). */
    public static final String HTTP_LOGGER = "hu.webshopsync.webshop.woocommerce.http";

    private final WebshopSettings settings;
    private final ObjectMapper mapper;
    private final Client transport;
    private final Clock clock;
    private final RetryPolicy policy;
    private final RetryBudget budget;
    private final RetryListener retryListener;
    private final boolean runView;
    private final WooRetryer.Sleeper sleeper;
    private final String host;
    private final String sourceId;
    private final ConcurrentMap<Class<?>, Object> apis = new ConcurrentHashMap<>();
    private final Cache<String, Long> categoryIds;
    private volatile WordPressMediaApi media;

    /**
     * A connection with the usual retry policy ({@link RetryPolicy#DEFAULT}).
     *
     * @param settings the module's settings
     * @param mapper   the plugin's JSON mapper
     * @return the connection
     */
    public static ShopConnection open(WebshopSettings settings, ObjectMapper mapper) {
        return open(settings, mapper, RetryPolicy.DEFAULT.maxAttempts());
    }

    /**
     * A connection with a given number of attempts per request; a module check uses 1 so that the
     * user hears about a dead shop at once.
     *
     * @param settings    the module's settings
     * @param mapper      the plugin's JSON mapper
     * @param maxAttempts attempts per request, at least 1
     * @return the connection
     */
    public static ShopConnection open(WebshopSettings settings, ObjectMapper mapper, int maxAttempts) {
        return new ShopConnection(settings, mapper, HttpTransport.create(settings), Clock.systemUTC(), maxAttempts,
                d -> Thread.sleep(d.toMillis()));
    }

    ShopConnection(WebshopSettings settings, ObjectMapper mapper, Client transport, Clock clock, int maxAttempts,
                   WooRetryer.Sleeper sleeper) {
        this(settings, mapper, transport, clock, RetryPolicy.DEFAULT.withMaxAttempts(maxAttempts), sleeper,
                RetryListener.NONE, false, CategoryIdCache.create(Ticker.systemTicker()));
    }

    // A run's view shares the category cache (see CategoryIdCache) with the connection.
    private ShopConnection(WebshopSettings settings, ObjectMapper mapper, Client transport, Clock clock,
                           RetryPolicy policy, WooRetryer.Sleeper sleeper, RetryListener retryListener,
                           boolean runView, Cache<String, Long> categoryIds) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.budget = new RetryBudget(policy);
        this.retryListener = Objects.requireNonNull(retryListener, "retryListener");
        this.runView = runView;
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.categoryIds = Objects.requireNonNull(categoryIds, "categoryIds");
        URI uri = settings.uri();
        this.host = ShopIdentity.hostOf(uri);
        this.sourceId = ShopIdentity.addressId(uri);
    }

    /**
     * This shop for one run of an action: the same transport and caches, but the run's own retry
     * budget ({@link RetryPolicy#budgetRetries()}, {@link RetryPolicy#budgetWait()}) and a listener
     * that hears about every wait (the action shows it as a progress status). Closing the view
     * leaves the shared connection and its caches alone.
     *
     * @param listener hears about waits before retries; called on the requesting thread
     * @return the run's view of this connection
     */
    public ShopConnection forRun(RetryListener listener) {
        return new ShopConnection(settings, mapper, transport, clock, policy, sleeper, listener, true, categoryIds);
    }

    /**
     * A client for a WooCommerce REST v3 interface, built once per interface. Paths in the interface
     * are relative to {@code <url>/wp-json/wc/v3}.
     *
     * @param feignInterface a Feign-annotated interface
     * @param <T>            its type
     * @return the client
     */
    public <T> T api(Class<T> feignInterface) {
        return feignInterface.cast(apis.computeIfAbsent(feignInterface, type -> build(feignInterface)));
    }

    /**
     * The WordPress media client, when a WordPress user and application password are configured
     * and the shop is reached over HTTPS or on this machine (WordPress refuses application passwords
     * over plain HTTP elsewhere).
     *
     * @return the media client, if images can be uploaded
     */
    public Optional<WordPressMediaApi> media() {
        if (!settings.hasImageCredentials() || !(settings.https() || settings.loopback())) {
            return Optional.empty();
        }
        WordPressMediaApi m = media;
        if (m == null) {
            synchronized (this) {
                if (media == null) {
                    media = translating(WordPressMediaApi.class, baseBuilder(transport)
                            .requestInterceptor(new BasicAuthInterceptor(settings.wpUser().orElseThrow(),
                                    settings.wpApplicationPassword().orElseThrow()))
                            .target(WordPressMediaApi.class, settings.url() + "/wp-json/wp/v2"));
                }
                m = media;
            }
        }
        return Optional.of(m);
    }

    /**
     * The id this address gives a shop first seen here ({@link ShopIdentity#addressId(URI)}). Not the shop's
     * identity: the syncs use the one remembered in {@code identity.ShopIdentity}, which stays when
     * the shop moves to another address.
     *
     * @return e.g. {@code woocommerce:bolt.example.hu}
     */
    public String sourceId() {
        return sourceId;
    }

    /** @return the shop's host[:port], for messages */
    public String host() {
        return host;
    }

    /** @return the plugin's JSON mapper */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** @return the settings this connection was made with */
    public WebshopSettings settings() {
        return settings;
    }

    /**
     * ERP category path → shop category id, for this shop. Bounded and expiring; owned by the
     * connection so it outlives the extension instances PF4J creates per lookup.
     *
     * @return the cache
     */
    public Cache<String, Long> categoryIds() {
        return categoryIds;
    }

    /** Drops the caches and clients; the connection must not be used afterwards. */
    @Override
    public void close() {
        if (runView) {
            apis.clear();
            media = null;
            return;
        }
        categoryIds.invalidateAll();
        categoryIds.cleanUp();
        apis.clear();
        media = null;
    }

    private <T> T build(Class<T> type) {
        return translating(type, wooBuilder().target(type, settings.url() + "/wp-json/wc/v3"));
    }

    private Feign.Builder wooBuilder() {
        if (settings.https()) {
            return baseBuilder(transport)
                    .requestInterceptor(new BasicAuthInterceptor(settings.consumerKey(), settings.consumerSecret()));
        }
        return baseBuilder(new OAuth1Client(transport,
                new OAuth1Signer(settings.consumerKey(), settings.consumerSecret(), clock, OAuth1Signer.randomNonces())));
    }

    private Feign.Builder baseBuilder(Client client) {
        return Feign.builder()
                .client(client)
                .encoder(new BodyEncoder(mapper))
                .decoder(new JacksonDecoder(mapper))
                .errorDecoder(new WooErrorDecoder(mapper, clock))
                .retryer(new WooRetryer(policy, budget, retryListener, sleeper, () -> ThreadLocalRandom.current().nextDouble()))
                .requestInterceptor(new JsonHeadersInterceptor())
                .options(new Request.Options(settings.connectTimeout(), settings.readTimeout(), false))
                .logger(new RedactingLogger(HTTP_LOGGER))
                .logLevel(Logger.Level.BASIC);
    }

    private <T> T translating(Class<T> type, T feignProxy) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new ExceptionTranslator(feignProxy, host)));
    }

    @Override
    public String toString() {
        return "ShopConnection[" + sourceId + "]";
    }
}
