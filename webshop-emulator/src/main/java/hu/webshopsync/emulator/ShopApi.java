package hu.webshopsync.emulator;

/**
 * One platform's API behind the emulator's HTTP front: the front reads the request, counts it, applies
 * latency and faults and answers the control routes; the API authenticates, routes and answers the rest.
 */
public interface ShopApi {

    /**
     * Answers one shop request.
     *
     * @param work the server time the request costs (batches charge it item by item); the
     *             {@link ServerModel} decides whether it counts
     */
    Response dispatch(Request request, WorkMeter work);

    /**
     * The name a request is counted and faulted under, e.g. {@code "PUT /wp-json/wc/v3/products/{id}"}:
     * the method and the path with its id segments replaced by {@code {id}}.
     */
    String route(String method, String path);
}
