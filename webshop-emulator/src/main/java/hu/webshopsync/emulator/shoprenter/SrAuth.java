package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.Request;
import hu.webshopsync.emulator.ShopClock;
import hu.webshopsync.emulator.ShoprenterConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Who may call the API (api/12): HTTP Basic with the shop's API user and password (the legacy scheme),
 * or a Bearer token from the OAuth client-credentials endpoint, valid 3,600 s on the shop's clock.
 * The token is shaped like Shoprenter's JWT (claims {@code aud, jti, iat, exp, realm, scopes}) so a
 * client can read its expiry, but its signature is random: the emulator only knows tokens it issued.
 */
final class SrAuth {

    static final long TOKEN_SECONDS = 3600;

    private final ShopClock clock;
    private final String shopName;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> tokens = new HashMap<>();
    private String apiUser;
    private String apiPassword;
    private String clientId;
    private String clientSecret;

    private record Token(String clientId, Instant expires) {
    }

    SrAuth(ShoprenterConfig config, ShopClock clock, String shopName) {
        this.clock = clock;
        this.shopName = shopName;
        this.apiUser = config.apiUser();
        this.apiPassword = config.apiPassword();
        this.clientId = config.clientId();
        this.clientSecret = config.clientSecret();
    }

    /** The credential a request proves ({@code basic:user} or {@code oauth:clientId}), or {@code null}. */
    synchronized String authenticate(Request request) {
        String header = request.header("Authorization");
        if (header == null) {
            return null;
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (apiUser != null && colon > 0 && equal(decoded.substring(0, colon), apiUser)
                    && equal(decoded.substring(colon + 1), apiPassword)) {
                return "basic:" + apiUser;
            }
            return null;
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Token token = tokens.get(header.substring(7).trim());
            if (token != null && clock.instant().isBefore(token.expires())) {
                return "oauth:" + token.clientId();
            }
        }
        return null;
    }

    /**
     * {@code POST /oauth/{shop}/app/token} with {@code {"grant_type":"client_credentials","client_id",
     * "client_secret"}}: 200 with a Bearer token, 400 {@code invalid_request} or 401 {@code invalid_client}
     * with the bodies of api/12.
     */
    synchronized SrAnswer token(JsonNode body) {
        String grant = text(body, "grant_type");
        String id = text(body, "client_id");
        String secret = text(body, "client_secret");
        if (!"client_credentials".equals(grant)) {
            return oauthError(400, "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server.", null);
        }
        if (id == null || id.isEmpty()) {
            return oauthError(400, "invalid_request", "The request is missing a required parameter, includes an "
                    + "invalid parameter value, includes a parameter more than once, or is otherwise malformed.",
                    "Check the `client_id` parameter");
        }
        if (clientId == null || !equal(id, clientId) || secret == null || !equal(secret, clientSecret)) {
            return oauthError(401, "invalid_client", "Client authentication failed", null);
        }
        Instant now = clock.instant();
        String token = jwt(id, now);
        tokens.put(token, new Token(id, now.plusSeconds(TOKEN_SECONDS)));
        ObjectNode o = SrJson.MAPPER.createObjectNode();
        o.put("token_type", "Bearer");
        o.put("expires_in", TOKEN_SECONDS);
        o.put("access_token", token);
        return SrAnswer.ok(o);
    }

    synchronized void setBasic(String user, String password) {
        apiUser = user;
        apiPassword = password;
    }

    /** As if the shop owner revoked the API access: Basic, the OAuth client and issued tokens stop working. */
    synchronized void revoke() {
        apiUser = null;
        apiPassword = null;
        clientId = null;
        clientSecret = null;
        tokens.clear();
    }

    private String jwt(String id, Instant now) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        ObjectNode header = SrJson.MAPPER.createObjectNode().put("typ", "JWT").put("alg", "RS256");
        ObjectNode claims = SrJson.MAPPER.createObjectNode();
        byte[] jti = new byte[20];
        random.nextBytes(jti);
        claims.put("aud", id).put("jti", HexFormat.of().formatHex(jti)).put("iat", now.getEpochSecond())
                .put("nbf", now.getEpochSecond()).put("exp", now.getEpochSecond() + TOKEN_SECONDS)
                .put("realm", shopName);
        claims.putArray("scopes").add("product.product:read").add("product.product:write");
        byte[] signature = new byte[64];
        random.nextBytes(signature);
        return b64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(signature);
    }

    private static SrAnswer oauthError(int status, String error, String description, String hint) {
        ObjectNode o = SrJson.MAPPER.createObjectNode();
        o.put("error", error);
        o.put("error_description", description);
        if (hint != null) {
            o.put("hint", hint);
        }
        o.put("message", description);
        return new SrAnswer(status, o);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body == null ? null : body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean equal(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
