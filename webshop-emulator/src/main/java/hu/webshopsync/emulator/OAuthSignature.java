package hu.webshopsync.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a one-legged signatures as WooCommerce computes them: key = {@code secret + "&"}, base
 * string = {@code METHOD & enc(url without query) & enc(sorted "k=v" joined by "&")}, parameters
 * RFC 3986-encoded, {@code oauth_signature} excluded, body not signed.
 */
final class OAuthSignature {

    private OAuthSignature() {
    }

    /** Base64 signature; {@code method} is {@code HMAC-SHA1} or {@code HMAC-SHA256}. */
    static String sign(String signatureMethod, String httpMethod, String baseUrl, List<Map.Entry<String, String>> params,
                       String consumerSecret) {
        String algorithm = switch (signatureMethod) {
            case "HMAC-SHA1" -> "HmacSHA1";
            case "HMAC-SHA256" -> "HmacSHA256";
            default -> throw new IllegalArgumentException("unsupported signature method " + signatureMethod);
        };
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec((consumerSecret + "&").getBytes(StandardCharsets.UTF_8), algorithm));
            byte[] raw = mac.doFinal(baseString(httpMethod, baseUrl, params).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String baseString(String httpMethod, String baseUrl, List<Map.Entry<String, String>> params) {
        List<String> pairs = new ArrayList<>();
        List<Map.Entry<String, String>> sorted = new ArrayList<>();
        for (Map.Entry<String, String> e : params) {
            if (!e.getKey().equals("oauth_signature")) {
                sorted.add(Map.entry(encode(e.getKey()), encode(e.getValue())));
            }
        }
        sorted.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        for (Map.Entry<String, String> e : sorted) {
            pairs.add(e.getKey() + "=" + e.getValue());
        }
        return httpMethod.toUpperCase(java.util.Locale.ROOT) + "&" + encode(baseUrl) + "&" + encode(String.join("&", pairs));
    }

    /** PHP's {@code rawurlencode} (RFC 3986). */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
