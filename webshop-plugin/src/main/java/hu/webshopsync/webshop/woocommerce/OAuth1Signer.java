package hu.webshopsync.webshop.woocommerce;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a one-legged signing as WooCommerce checks it over plain HTTP
 * ({@code class-wc-rest-authentication.php}): HMAC-SHA256 over
 * {@code METHOD&enc(base URL)&enc(sorted, encoded query parameters)}, key {@code secret&}, the body
 * not signed, the parameters in the query string. Every call gets a fresh nonce and timestamp, so a
 * retried request is signed anew (WooCommerce rejects a reused nonce, capture 28).
 */
final class OAuth1Signer {

    private final String consumerKey;
    private final String consumerSecret;
    private final Clock clock;
    private final Supplier<String> nonces;

    OAuth1Signer(String consumerKey, String consumerSecret, Clock clock, Supplier<String> nonces) {
        this.consumerKey = Objects.requireNonNull(consumerKey, "consumerKey");
        this.consumerSecret = Objects.requireNonNull(consumerSecret, "consumerSecret");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /** @return a supplier of 128-bit random hex nonces */
    static Supplier<String> randomNonces() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] b = new byte[16];
            random.nextBytes(b);
            return HexFormat.of().formatHex(b);
        };
    }

    /**
     * Signs a request.
     *
     * @param method the HTTP method
     * @param url    the absolute URL exactly as it will be sent, with its query
     * @return the URL with the OAuth parameters and the signature appended to its query
     */
    String sign(String method, String url) {
        List<String[]> oauth = List.of(
                new String[] {"oauth_consumer_key", consumerKey},
                new String[] {"oauth_nonce", nonces.get()},
                new String[] {"oauth_signature_method", "HMAC-SHA256"},
                new String[] {"oauth_timestamp", String.valueOf(clock.instant().getEpochSecond())});
        String signature = signature(method, url, oauth);
        StringBuilder out = new StringBuilder(url).append(url.indexOf('?') < 0 ? '?' : '&');
        for (String[] p : oauth) {
            out.append(encode(p[0])).append('=').append(encode(p[1])).append('&');
        }
        return out.append("oauth_signature=").append(encode(signature)).toString();
    }

    String signature(String method, String url, List<String[]> oauthParams) {
        int q = url.indexOf('?');
        String base = normalizedBaseUrl(q < 0 ? url : url.substring(0, q));
        List<String[]> params = new ArrayList<>();
        if (q >= 0 && q < url.length() - 1) {
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                // PHP decodes the query ('+' is a space) before WooCommerce re-encodes it.
                params.add(new String[] {encode(decode(k)), encode(decode(v))});
            }
        }
        for (String[] p : oauthParams) {
            params.add(new String[] {encode(p[0]), encode(p[1])});
        }
        params.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder normalized = new StringBuilder();
        for (String[] p : params) {
            if (normalized.length() > 0) {
                normalized.append('&');
            }
            normalized.append(p[0]).append('=').append(p[1]);
        }
        String toSign = method.toUpperCase(Locale.ROOT) + "&" + encode(base) + "&" + encode(normalized.toString());
        return hmacSha256(consumerSecret + "&", toSign);
    }

    /** Scheme and host in lower case, default ports left out, path as sent. */
    static String normalizedBaseUrl(String url) {
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** RFC 3986 percent-encoding, as PHP's {@code rawurlencode}. */
    static String encode(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3 / 2);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String hmacSha256(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "OAuth1Signer[****]";
    }
}
