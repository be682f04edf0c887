package hu.webshopsync.webshop.woocommerce;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic authentication, for HTTPS shops (user = consumer key, password = consumer secret) and
 * for WordPress media (user + application password). UTF-8, because WordPress user names may carry
 * accents and Feign's own interceptor defaults to ISO-8859-1.
 */
final class BasicAuthInterceptor implements RequestInterceptor {

    private final String headerValue;

    BasicAuthInterceptor(String user, String password) {
        this.headerValue = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void apply(RequestTemplate template) {
        // The template is reused on retries; replace rather than append.
        template.removeHeader("Authorization");
        template.header("Authorization", headerValue);
    }

    @Override
    public String toString() {
        return "BasicAuthInterceptor[****]";
    }
}
