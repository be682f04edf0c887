package hu.webshopsync.emulator;

import java.util.Map;

/**
 * Requests seen by the emulator since start or the last reset, faulted ones included, control
 * endpoint excluded.
 *
 * @param byRoute       count per {@code "METHOD /normalized/path"}, numeric path segments replaced by
 *                      {@code {id}}, e.g. {@code "PUT /wp-json/wc/v3/products/{id}"}
 * @param total         all requests
 * @param bytesReceived request body bytes received
 * @param bytesSent     response body bytes sent
 */
public record RequestCounters(Map<String, Long> byRoute, long total, long bytesReceived, long bytesSent) {

    public RequestCounters {
        byRoute = Map.copyOf(byRoute);
    }

    /** Count for one route, {@code 0} when never seen. */
    public long count(String route) {
        return byRoute.getOrDefault(route, 0L);
    }
}
