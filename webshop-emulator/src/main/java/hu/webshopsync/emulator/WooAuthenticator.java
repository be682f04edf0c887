package hu.webshopsync.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WooCommerce's REST authentication ({@code class-wc-rest-authentication.php}):
 * <ul>
 *   <li>over HTTPS (here: when {@code basicAuthOverHttp} is on) {@code consumer_key}/{@code consumer_secret}
 *       query parameters, else HTTP Basic;</li>
 *   <li>otherwise, or when those fail without error, OAuth 1.0a one-legged (query, form body or
 *       {@code Authorization: OAuth} header), signed over the site URL, timestamp ±15 min, single-use nonce.</li>
 * </ul>
 * An unknown key over Basic is simply "not logged in" (the route's 401, captures 21–23); a wrong secret
 * and every OAuth failure are {@code woocommerce_rest_authentication_error} (22b, 28, 29).
 */
final class WooAuthenticator {

    /** Outcome: authenticated, or not, possibly with an error that ends the request before routing. */
    record Result(boolean authenticated, ApiException error) {
        static final Result ANONYMOUS = new Result(false, null);
        static final Result OK = new Result(true, null);
    }

    private static final long WINDOW_SECONDS = 15 * 60;
    private static final List<String> OAUTH_PARAMS = List.of("oauth_consumer_key", "oauth_timestamp", "oauth_nonce",
            "oauth_signature", "oauth_signature_method");

    private final Credentials credentials;
    private final String siteUrl;
    private final boolean basicAllowed;
    private final java.time.Clock clock;
    /** Used nonces with their timestamps, per consumer key (WooCommerce keeps them with the key). */
    private final Map<String, Long> usedNonces = new ConcurrentHashMap<>();

    WooAuthenticator(Credentials credentials, String siteUrl, boolean basicAllowed, java.time.Clock clock) {
        this.credentials = credentials;
        this.siteUrl = siteUrl;
        this.basicAllowed = basicAllowed;
        this.clock = clock;
    }

    Result authenticate(Request request) {
        if (basicAllowed) {
            Result basic = basic(request);
            if (basic.authenticated() || basic.error() != null) {
                return basic;
            }
        }
        return oauth(request);
    }

    private Result basic(Request request) {
        String key = request.query().get("consumer_key");
        String secret = request.query().get("consumer_secret");
        if (key == null || key.isEmpty() || secret == null || secret.isEmpty()) {
            key = null;
            secret = null;
            String[] userPassword = basicCredentials(request);
            if (userPassword != null) {
                key = userPassword[0];
                secret = userPassword[1];
            }
        }
        if (key == null || key.isEmpty() || secret == null || secret.isEmpty()) {
            return Result.ANONYMOUS;
        }
        Credentials.Key current = credentials.key();
        if (current.key() == null || !current.key().equals(key)) {
            return Result.ANONYMOUS;
        }
        if (!Credentials.constantTimeEquals(current.secret(), secret)) {
            return new Result(false, authError("Consumer secret is invalid."));
        }
        return Result.OK;
    }

    static String[] basicCredentials(Request request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Result oauth(Request request) {
        List<Map.Entry<String, String>> params = new ArrayList<>(request.query().entries());
        String contentType = request.header("Content-Type");
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            params.addAll(QueryParams.parseForm(request.body()).entries());
        }
        String header = request.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "OAuth ", 0, 6)) {
            for (String part : header.substring(6).split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    String k = part.substring(0, eq).trim();
                    String v = part.substring(eq + 1).trim().replace("\"", "");
                    if (k.startsWith("oauth_") && !k.equals("oauth_version")) {
                        params.add(Map.entry(k, java.net.URLDecoder.decode(v, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        Map<String, String> oauth = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : params) {
            if (OAUTH_PARAMS.contains(e.getKey())) {
                oauth.put(e.getKey(), e.getValue());
            }
        }
        if (!oauth.containsKey("oauth_consumer_key")) {
            return Result.ANONYMOUS;
        }
        List<String> missing = new ArrayList<>();
        for (String name : OAUTH_PARAMS) {
            if (oauth.get(name) == null || oauth.get(name).isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            return new Result(false, new ApiException(401, "woocommerce_rest_authentication_missing_parameter",
                    (missing.size() == 1 ? "Missing OAuth parameter " : "Missing OAuth parameters ") + String.join(", ", missing)));
        }
        Credentials.Key current = credentials.key();
        if (current.key() == null || !current.key().equals(oauth.get("oauth_consumer_key"))) {
            return new Result(false, authError("Consumer key is invalid."));
        }
        String method = oauth.get("oauth_signature_method");
        if (!method.equals("HMAC-SHA1") && !method.equals("HMAC-SHA256")) {
            return new Result(false, authError("Invalid signature - signature method is invalid."));
        }
        // The signed URL is the site's own address plus the path, whatever Host the client used (capture 29).
        String expected = OAuthSignature.sign(method, request.method(), siteUrl + request.rawPath(), params, current.secret());
        String given = oauth.get("oauth_signature").replace(' ', '+');
        if (!Credentials.constantTimeEquals(expected, given)) {
            return new Result(false, authError("Invalid signature - provided signature does not match."));
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(oauth.get("oauth_timestamp").trim());
        } catch (NumberFormatException e) {
            return new Result(false, authError("Invalid timestamp."));
        }
        long now = Instant.now(clock).getEpochSecond();
        if (timestamp < now - WINDOW_SECONDS || timestamp > now + WINDOW_SECONDS) {
            return new Result(false, authError("Invalid timestamp."));
        }
        String nonceKey = current.key() + "\u0000" + oauth.get("oauth_nonce");
        if (usedNonces.putIfAbsent(nonceKey, timestamp) != null) {
            return new Result(false, authError("Invalid nonce - nonce has already been used."));
        }
        if (usedNonces.size() > 10_000) {
            usedNonces.values().removeIf(t -> t < now - WINDOW_SECONDS);
        }
        return Result.OK;
    }

    private static ApiException authError(String message) {
        return new ApiException(401, "woocommerce_rest_authentication_error", message);
    }
}
