package hu.webshopsync.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds OAuth 1.0a one-legged query strings the way WooCommerce client libraries do. */
final class OAuthTestSigner {

    private OAuthTestSigner() {
    }

    /**
     * @param signedBase the URL the client believes it calls ({@code http://127.0.0.1:PORT/wp-json/...})
     * @param query      non-OAuth query parameters, in order
     * @return the full query string including {@code oauth_signature}
     */
    static String query(String httpMethod, String signedBase, List<Map.Entry<String, String>> query, String key,
                        String secret, String signatureMethod, long timestamp, String nonce) {
        List<Map.Entry<String, String>> params = new ArrayList<>(query);
        params.add(Map.entry("oauth_consumer_key", key));
        params.add(Map.entry("oauth_timestamp", Long.toString(timestamp)));
        params.add(Map.entry("oauth_nonce", nonce));
        params.add(Map.entry("oauth_signature_method", signatureMethod));
        String signature = OAuthSignature.sign(signatureMethod, httpMethod, signedBase, params, secret);
        params.add(Map.entry("oauth_signature", signature));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : params) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
