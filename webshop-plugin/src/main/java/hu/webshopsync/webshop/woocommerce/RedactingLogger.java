package hu.webshopsync.webshop.woocommerce;

import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Feign's log output, sent to SLF4J at DEBUG, without credentials: request lines only (never the
 * {@code Authorization} header), credential query parameters masked, bodies only at DEBUG, cut
 * short, and never for orders (personal data) or media uploads (binary).
 */
final class RedactingLogger extends feign.Logger {

    private static final Pattern SECRET_QUERY =
            Pattern.compile("((?:oauth_signature|oauth_consumer_key|oauth_nonce|consumer_key|consumer_secret)=)[^&]*");
    private static final int MAX_LOGGED_BODY = 4096;

    private final org.slf4j.Logger log;

    RedactingLogger(String name) {
        this.log = LoggerFactory.getLogger(name);
    }

    static String redact(String url) {
        return url == null ? "" : SECRET_QUERY.matcher(url).replaceAll("$1****");
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (log.isDebugEnabled()) {
            log.debug(methodTag(configKey) + String.format(format, args));
        }
    }

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        if (!log.isDebugEnabled()) {
            return;
        }
        int length = request.body() == null ? 0 : request.body().length;
        log.debug("{}---> {} {} ({}-byte body)", methodTag(configKey), request.httpMethod(), redact(request.url()),
                length);
        if (length > 0 && bodyMayBeLogged(request.url())) {
            log.debug("{}{}", methodTag(configKey), shorten(new String(request.body(), StandardCharsets.UTF_8)));
        }
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        if (!log.isDebugEnabled()) {
            return response;
        }
        log.debug("{}<--- {} ({} ms)", methodTag(configKey), response.status(), elapsedTime);
        String url = response.request() == null ? "" : response.request().url();
        if (response.body() == null || !bodyMayBeLogged(url)) {
            return response;
        }
        byte[] body = Util.toByteArray(response.body().asInputStream());
        Util.ensureClosed(response.body());
        log.debug("{}{}", methodTag(configKey), shorten(new String(body, StandardCharsets.UTF_8)));
        return response.toBuilder().body(body).build();
    }

    @Override
    protected IOException logIOException(String configKey, Level logLevel, IOException ioe, long elapsedTime) {
        log.debug("{}<--- I/O error {} after {} ms", methodTag(configKey), ioe.getClass().getSimpleName(), elapsedTime);
        return ioe;
    }

    @Override
    protected void logRetry(String configKey, Level logLevel) {
        log.debug("{}---> retrying", methodTag(configKey));
    }

    private static boolean bodyMayBeLogged(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return !path.contains("/orders") && !path.contains("/customers") && !path.contains("/wp/v2/media");
    }

    private static String shorten(String body) {
        return body.length() <= MAX_LOGGED_BODY ? body : body.substring(0, MAX_LOGGED_BODY) + "… (" + body.length() + " chars)";
    }
}
