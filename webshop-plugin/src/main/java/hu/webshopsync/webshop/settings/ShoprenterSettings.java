package hu.webshopsync.webshop.settings;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to sign in to a Shoprenter shop: the API user and password (HTTP Basic, the legacy scheme)
 * or an OAuth client (client id and secret, token from {@code tokenUrl}). When both are set, OAuth
 * is used: Shoprenter moves every client to it.
 *
 * @param apiUser           the API user (Beállítások › Integrációk › API beállítások)
 * @param apiPassword       its password
 * @param clientId          the OAuth client id
 * @param clientSecret      the OAuth client secret
 * @param tokenUrl          the token endpoint; empty: Shoprenter's, for the shop named by the API host
 * @param requestsPerSecond the shop's rate limit (3 unless Shoprenter granted more)
 */
public record ShoprenterSettings(Optional<String> apiUser, Optional<String> apiPassword, Optional<String> clientId,
                                 Optional<String> clientSecret, Optional<URI> tokenUrl, int requestsPerSecond) {

    /** Checks presence. */
    public ShoprenterSettings {
        Objects.requireNonNull(apiUser, "apiUser");
        Objects.requireNonNull(apiPassword, "apiPassword");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
    }

    /** @return whether an OAuth client is configured (then it is used) */
    public boolean oauth() {
        return clientId.isPresent() && clientSecret.isPresent();
    }

    /** Everything that shapes a connection, secrets included: only ever hashed (see WebshopSettings#fingerprint). */
    String fingerprintText() {
        return String.join("\u0001", apiUser.orElse(""), apiPassword.orElse(""), clientId.orElse(""),
                clientSecret.orElse(""), tokenUrl.map(URI::toString).orElse(""), String.valueOf(requestsPerSecond));
    }

    /** Shows no secret. */
    @Override
    public String toString() {
        return "ShoprenterSettings[apiUser=" + apiUser.orElse("") + ", apiPassword="
                + (apiPassword.isPresent() ? "****" : "") + ", clientId=" + clientId.orElse("") + ", clientSecret="
                + (clientSecret.isPresent() ? "****" : "") + ", tokenUrl=" + tokenUrl.map(URI::toString).orElse("")
                + ", requestsPerSecond=" + requestsPerSecond + "]";
    }
}
