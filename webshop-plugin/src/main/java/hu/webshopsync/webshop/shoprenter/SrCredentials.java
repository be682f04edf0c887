package hu.webshopsync.webshop.shoprenter;

import java.net.URI;
import java.util.Objects;

/**
 * How the plugin proves itself to a Shoprenter shop: the legacy HTTP Basic API user, or an OAuth 2
 * client (client credentials, Bearer token). {@code toString} never shows a secret.
 */
public sealed interface SrCredentials {

    /**
     * The shop's API user and password (Beállítások › Integrációk › API beállítások), sent as HTTP
     * Basic. Whether Shoprenter keeps accepting it on the legacy host is UNVERIFIED.
     *
     * @param user     the API user
     * @param password its password (API key)
     */
    record Basic(String user, String password) implements SrCredentials {

        /** Checks presence. */
        public Basic {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + ", password=****]";
        }
    }

    /**
     * An OAuth client of the shop: the token comes from {@code tokenUrl} with the client-credentials
     * grant and is sent as {@code Authorization: Bearer}.
     *
     * @param clientId     the client id
     * @param clientSecret the client secret
     * @param tokenUrl     the token endpoint, e.g. {@code https://oauth.app.shoprenter.net/<shop>/app/token}
     */
    record OAuth(String clientId, String clientSecret, URI tokenUrl) implements SrCredentials {

        /** Checks presence. */
        public OAuth {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(tokenUrl, "tokenUrl");
        }

        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", clientSecret=****, tokenUrl=" + tokenUrl + "]";
        }
    }
}
