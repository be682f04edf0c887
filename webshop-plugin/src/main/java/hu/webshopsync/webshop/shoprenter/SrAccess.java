package hu.webshopsync.webshop.shoprenter;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach one Shoprenter shop's API.
 *
 * @param baseUrl           the API base without a trailing slash; resources sit directly under it
 *                          ({@code https://<shop>.api2.myshoprenter.hu/api},
 *                          {@code https://<shop>.api.myshoprenter.hu})
 * @param credentials       Basic or OAuth
 * @param connectTimeout    TCP/TLS connect timeout
 * @param readTimeout       time to wait for an answer (a batch of 100 writes may take a while)
 * @param caFile            a CA certificate to trust instead of the JDK's, if any
 * @param requestsPerSecond the shop's rate limit (3 a second per application and shop); the client
 *                          paces itself below it
 */
public record SrAccess(URI baseUrl, SrCredentials credentials, Duration connectTimeout, Duration readTimeout,
                       Optional<Path> caFile, double requestsPerSecond) {

    /** Shoprenter's documented limit: 3 requests a second per application per shop. */
    public static final double DOCUMENTED_RATE_LIMIT = 3.0;

    /** Validates and drops trailing slashes. */
    public SrAccess {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(caFile, "caFile");
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive: " + requestsPerSecond);
        }
        String s = baseUrl.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        baseUrl = URI.create(s);
    }

    /**
     * Access with the usual timeouts (10 s connect, 120 s read) and the documented rate limit.
     *
     * @param baseUrl     the API base
     * @param credentials Basic or OAuth
     * @return the access
     */
    public static SrAccess of(URI baseUrl, SrCredentials credentials) {
        return new SrAccess(baseUrl, credentials, Duration.ofSeconds(10), Duration.ofSeconds(120), Optional.empty(),
                DOCUMENTED_RATE_LIMIT);
    }

    /** @return the API host[:port], for messages */
    public String host() {
        return baseUrl.getPort() < 0 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    /**
     * The default token endpoint of an API address: the shop name is the first label of the API host
     * ({@code bolt.api2.myshoprenter.hu} → {@code https://oauth.app.shoprenter.net/bolt/app/token}).
     *
     * @param apiBase the API base
     * @return the token endpoint
     */
    public static URI defaultTokenUrl(URI apiBase) {
        String host = apiBase.getHost() == null ? "" : apiBase.getHost();
        int dot = host.indexOf('.');
        String shop = dot < 0 ? host : host.substring(0, dot);
        return URI.create("https://oauth.app.shoprenter.net/" + shop + "/app/token");
    }
}
