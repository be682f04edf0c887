package hu.webshopsync.emulator;

import java.util.Objects;

/**
 * The Shoprenter emulator's credentials and rate limit.
 *
 * @param apiUser            the API user of HTTP Basic (the legacy scheme)
 * @param apiPassword        its password (the "API key")
 * @param clientId           OAuth client id for the token endpoint; {@code null} = OAuth off
 * @param clientSecret       its secret; {@code null} when OAuth is off
 * @param rateLimitPerSecond requests per credential in any second before 429; {@code 0} = no limit
 */
public record ShoprenterConfig(String apiUser, String apiPassword, String clientId, String clientSecret,
                               int rateLimitPerSecond) {

    public ShoprenterConfig {
        Objects.requireNonNull(apiUser, "apiUser");
        Objects.requireNonNull(apiPassword, "apiPassword");
        if ((clientId == null) != (clientSecret == null)) {
            throw new IllegalArgumentException("clientId and clientSecret go together");
        }
        if (rateLimitPerSecond < 0) {
            throw new IllegalArgumentException("rate limit must not be negative: " + rateLimitPerSecond);
        }
    }

    /** User {@code demo-api-user}, password {@code demo-api-key}, OAuth off, Shoprenter's 3 requests per second. */
    public static ShoprenterConfig defaults() {
        return new ShoprenterConfig("demo-api-user", "demo-api-key", null, null, 3);
    }

    /** Hides the secrets. */
    @Override
    public String toString() {
        return "ShoprenterConfig[apiUser=" + apiUser + ", clientId=" + clientId + ", rateLimitPerSecond="
                + rateLimitPerSecond + "]";
    }
}
