package hu.webshopsync.webshop.woocommerce;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Collection;

/**
 * Asks for JSON and labels JSON bodies: PHP only parses a JSON body sent as
 * {@code application/json}. An interface that sets its own {@code Content-Type} (media) keeps it.
 */
final class JsonHeadersInterceptor implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        if (!has(template, "Accept")) {
            template.header("Accept", "application/json");
        }
        if (template.body() != null && !has(template, "Content-Type")) {
            template.header("Content-Type", "application/json; charset=utf-8");
        }
    }

    private static boolean has(RequestTemplate template, String name) {
        return template.headers().entrySet().stream()
                .anyMatch(e -> e.getKey().equalsIgnoreCase(name) && !isEmpty(e.getValue()));
    }

    private static boolean isEmpty(Collection<String> values) {
        return values == null || values.isEmpty();
    }
}
