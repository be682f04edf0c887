package hu.webshopsync.host.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Browser sessions: a random session id in an HttpOnly, SameSite=Strict cookie, the session's CSRF
 * token (an HMAC of the id under a key that lives as long as the console, so no token table is
 * kept), and one-shot messages shown on the page after a redirect.
 */
final class Sessions {

    static final String SESSION_COOKIE = "wsc_session";
    static final String LANG_COOKIE = "wsc_lang";
    static final String CSRF_FIELD = "csrf";

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Map<String, Notice> notices = new ConcurrentHashMap<>();

    /**
     * A message for the next page of a session.
     *
     * @param text  the message, already in the user's language
     * @param error whether it reports a refusal or failure
     * @param link  a link to show with it, or {@code null}
     */
    record Notice(String text, boolean error, String link) {
    }

    Sessions() {
        random.nextBytes(key);
    }

    /**
     * The request's session id, starting a session (and setting its cookie) when there is none.
     *
     * @param ctx the request
     * @return the session id
     */
    String session(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        if (id != null && SESSION_ID.matcher(id).matches()) {
            return id;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String fresh = BASE64.encodeToString(bytes);
        ctx.cookie(cookie(SESSION_COOKIE, fresh, -1));
        return fresh;
    }

    /**
     * The CSRF token of a session, put in a hidden field of every form.
     *
     * @param sessionId the session
     * @return the token
     */
    String token(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(sessionId.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Whether a POST carries the session cookie and that session's token.
     *
     * @param ctx the request
     * @return true when the form came from a page this console served to this browser
     */
    boolean validPost(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        String given = ctx.formParam(CSRF_FIELD);
        if (id == null || given == null || !SESSION_ID.matcher(id).matches()) {
            return false;
        }
        return MessageDigest.isEqual(token(id).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Leaves a message for the session's next page.
     *
     * @param sessionId the session
     * @param notice    the message
     */
    void notice(String sessionId, Notice notice) {
        notices.put(sessionId, notice);
    }

    /**
     * Takes the session's waiting message, if any.
     *
     * @param sessionId the session
     * @return the message
     */
    Optional<Notice> takeNotice(String sessionId) {
        return Optional.ofNullable(notices.remove(sessionId));
    }

    /**
     * A cookie the browser sends back only to this console's own pages.
     *
     * @param name   the name
     * @param value  the value
     * @param maxAge seconds, or -1 for the browser session
     * @return the cookie
     */
    static Cookie cookie(String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        return cookie;
    }
}
