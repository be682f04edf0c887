package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.RequestCounters;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The emulator's counters read the benchmark's way. Counter keys are {@code METHOD /path} with
 * numeric segments as {@code {id}}; the control endpoint is never counted by the emulator.
 *
 * @param requests      every shop request
 * @param writeRequests product create/update requests: {@code POST /products}, {@code PUT|POST|PATCH
 *                      /products/{id}} and {@code POST|PUT|PATCH /products/batch}; category and
 *                      media writes are not among them (Shoprenter: every {@code POST /batch}, which
 *                      carries categories too, and single product writes)
 * @param orderLists    order list pages ({@code GET /orders}; Shoprenter: {@code GET /orderExtend})
 * @param uploads       media uploads ({@code POST /wp-json/wp/v2/media}; Shoprenter: {@code POST /files})
 * @param bytesSent     request body bytes the shop received
 * @param byRoute       the counts per route
 */
public record RequestTally(long requests, long writeRequests, long orderLists, long uploads, long bytesSent,
                           Map<String, Long> byRoute) {

    static final String API = "/wp-json/wc/v3";
    private static final Pattern PRODUCT_WRITE = Pattern.compile(
            "(POST " + Pattern.quote(API) + "/products"
                    + "|(PUT|POST|PATCH) " + Pattern.quote(API) + "/products/\\{id}"
                    + "|(PUT|POST|PATCH) " + Pattern.quote(API) + "/products/batch)");
    private static final String ORDER_LIST = "GET " + API + "/orders";
    private static final String MEDIA_UPLOAD = "POST /wp-json/wp/v2/media";

    /**
     * Copies the counts.
     */
    public RequestTally {
        byRoute = Map.copyOf(byRoute);
    }

    /**
     * Classifies the emulator's counters.
     *
     * @param counters the counters since the last reset
     * @return the tally
     */
    public static RequestTally of(RequestCounters counters) {
        return of(counters, RequestTally::isProductWrite, ORDER_LIST, MEDIA_UPLOAD);
    }

    /**
     * Classifies the counters of another platform's emulator.
     *
     * @param counters     the counters since the last reset
     * @param productWrite which counter keys are product writes
     * @param orderList    the counter key of an order list page
     * @param upload       the counter key of an image upload
     * @return the tally
     */
    static RequestTally of(RequestCounters counters, Predicate<String> productWrite, String orderList, String upload) {
        long requests = 0;
        long writes = 0;
        for (Map.Entry<String, Long> e : counters.byRoute().entrySet()) {
            requests += e.getValue();
            if (productWrite.test(e.getKey())) {
                writes += e.getValue();
            }
        }
        return new RequestTally(requests, writes, counters.count(orderList), counters.count(upload),
                counters.bytesReceived(), counters.byRoute());
    }

    /**
     * Whether a counter key is a product create or update.
     *
     * @param route e.g. {@code POST /wp-json/wc/v3/products/batch}
     * @return true for product writes, false for reads, categories, media, orders
     */
    public static boolean isProductWrite(String route) {
        return PRODUCT_WRITE.matcher(route).matches();
    }
}
