package hu.webshopsync.emulator;

import java.util.Objects;

/**
 * Start-up settings of a {@link ShopEmulator}.
 *
 * <p>Immutable; derive variants with the {@code with…} methods from {@link #defaults()}.
 *
 * @param port              TCP port on 127.0.0.1; {@code 0} picks a free port
 * @param consumerKey       WooCommerce REST consumer key ({@code ck_…})
 * @param consumerSecret    WooCommerce REST consumer secret ({@code cs_…})
 * @param wpUser            WordPress user allowed to upload media
 * @param wpAppPassword     that user's application password (spaces allowed, as WordPress shows it)
 * @param latencyMs         fixed delay added to every shop request
 * @param latencyJitterMs   extra random delay in {@code [0, latencyJitterMs]} per request
 * @param seed              seed of all randomness (jitter, fault rates, order keys), so a run can be repeated
 * @param pricesIncludeTax  the shop setting {@code woocommerce_prices_include_tax}
 * @param calcTaxes         the shop setting {@code woocommerce_calc_taxes}; when on, a 27 % standard rate applies
 * @param currency          the store currency, e.g. {@code HUF}
 * @param basicAuthOverHttp whether HTTP Basic (and {@code consumer_key}/{@code consumer_secret} query
 *                          parameters) are accepted although the emulator speaks plain HTTP. Real
 *                          WooCommerce accepts them only over HTTPS; {@code true} makes the emulator
 *                          behave like the HTTPS front door of the captures, {@code false} like a
 *                          plain-HTTP shop where only OAuth 1.0a works.
 * @param logRequests       print one line per request to stdout (secrets redacted)
 * @param server            the shop's PHP workers and the server time of its work; {@link ServerModel#off()}
 *                          serves every request at once and for free
 * @param platform          which API the emulator speaks
 * @param shoprenter        credentials and rate limit of the Shoprenter API (used when {@code platform} is
 *                          {@link Platform#SHOPRENTER})
 */
public record EmulatorConfig(int port, String consumerKey, String consumerSecret, String wpUser, String wpAppPassword,
                             long latencyMs, long latencyJitterMs, long seed, boolean pricesIncludeTax,
                             boolean calcTaxes, String currency, boolean basicAuthOverHttp, boolean logRequests,
                             ServerModel server, Platform platform, ShoprenterConfig shoprenter) {

    public EmulatorConfig {
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        Objects.requireNonNull(wpUser, "wpUser");
        Objects.requireNonNull(wpAppPassword, "wpAppPassword");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(shoprenter, "shoprenter");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (latencyMs < 0 || latencyJitterMs < 0) {
            throw new IllegalArgumentException("latency must not be negative");
        }
    }

    /**
     * The demo shop: free port, key {@code ck_demo_key} / {@code cs_demo_secret}, WordPress user
     * {@code shop-admin} with application password {@code demo app password}, no latency, no server model, seed 42,
     * prices without tax, taxes not calculated (a fresh WooCommerce), HUF, Basic auth accepted.
     */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig(0, "ck_demo_key", "cs_demo_secret", "shop-admin", "demo app password",
                0, 0, 42, false, false, "HUF", true, false, ServerModel.off(), Platform.WOOCOMMERCE,
                ShoprenterConfig.defaults());
    }

    public EmulatorConfig withPort(int newPort) {
        return new EmulatorConfig(newPort, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, seed, pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, logRequests, server,
                platform, shoprenter);
    }

    public EmulatorConfig withLatency(long fixedMs, long jitterMs) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, fixedMs, jitterMs,
                seed, pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, logRequests, server,
                platform, shoprenter);
    }

    public EmulatorConfig withCredentials(String key, String secret) {
        return new EmulatorConfig(port, key, secret, wpUser, wpAppPassword, latencyMs, latencyJitterMs, seed,
                pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, logRequests, server,
                platform, shoprenter);
    }

    public EmulatorConfig withWpCredentials(String user, String appPassword) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, user, appPassword, latencyMs,
                latencyJitterMs, seed, pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, logRequests, server,
                platform, shoprenter);
    }

    public EmulatorConfig withSeed(long newSeed) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, newSeed, pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, logRequests, server,
                platform, shoprenter);
    }

    /** Sets both tax settings at once ({@code woocommerce_prices_include_tax}, {@code woocommerce_calc_taxes}). */
    public EmulatorConfig withTaxes(boolean newPricesIncludeTax, boolean newCalcTaxes) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, seed, newPricesIncludeTax, newCalcTaxes, currency, basicAuthOverHttp, logRequests, server,
                platform, shoprenter);
    }

    public EmulatorConfig withCurrency(String newCurrency) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, seed, pricesIncludeTax, calcTaxes, newCurrency, basicAuthOverHttp, logRequests, server,
                platform, shoprenter);
    }

    public EmulatorConfig withBasicAuthOverHttp(boolean allowed) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, seed, pricesIncludeTax, calcTaxes, currency, allowed, logRequests, server,
                platform, shoprenter);
    }

    public EmulatorConfig withRequestLog(boolean enabled) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, seed, pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, enabled, server,
                platform, shoprenter);
    }

    /** The shop's server: PHP workers, the server time of each request, its time limit and queue. */
    public EmulatorConfig withServer(ServerModel newServer) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, seed, pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, logRequests, newServer,
                platform, shoprenter);
    }

    /** Which API the emulator speaks; {@link Platform#WOOCOMMERCE} by default. */
    public EmulatorConfig withPlatform(Platform newPlatform) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, seed, pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, logRequests, server,
                newPlatform, shoprenter);
    }

    /** The Shoprenter API user and password (HTTP Basic). */
    public EmulatorConfig withShoprenterCredentials(String apiUser, String apiPassword) {
        return withShoprenter(new ShoprenterConfig(apiUser, apiPassword, shoprenter.clientId(),
                shoprenter.clientSecret(), shoprenter.rateLimitPerSecond()));
    }

    /** Switches Shoprenter's OAuth token endpoint on with this client id and secret. */
    public EmulatorConfig withShoprenterOAuth(String clientId, String clientSecret) {
        return withShoprenter(new ShoprenterConfig(shoprenter.apiUser(), shoprenter.apiPassword(), clientId,
                clientSecret, shoprenter.rateLimitPerSecond()));
    }

    /** Shoprenter's requests per second per credential before 429 (3 by default, 0 = no limit). */
    public EmulatorConfig withRateLimit(int perSecond) {
        return withShoprenter(new ShoprenterConfig(shoprenter.apiUser(), shoprenter.apiPassword(),
                shoprenter.clientId(), shoprenter.clientSecret(), perSecond));
    }

    private EmulatorConfig withShoprenter(ShoprenterConfig newShoprenter) {
        return new EmulatorConfig(port, consumerKey, consumerSecret, wpUser, wpAppPassword, latencyMs,
                latencyJitterMs, seed, pricesIncludeTax, calcTaxes, currency, basicAuthOverHttp, logRequests, server,
                platform, newShoprenter);
    }

    /** Hides the secrets, so a config can be logged. */
    @Override
    public String toString() {
        return "EmulatorConfig[port=" + port + ", consumerKey=" + consumerKey + ", wpUser=" + wpUser
                + ", latencyMs=" + latencyMs + ", latencyJitterMs=" + latencyJitterMs + ", seed=" + seed
                + ", pricesIncludeTax=" + pricesIncludeTax + ", calcTaxes=" + calcTaxes + ", currency=" + currency
                + ", basicAuthOverHttp=" + basicAuthOverHttp + ", logRequests=" + logRequests + ", server=" + server
                + ", platform=" + platform + ", shoprenter=" + shoprenter + "]";
    }
}
