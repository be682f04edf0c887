package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Param;
import feign.RequestLine;
import java.util.List;

/**
 * The two look-ups that tell whether a shop is the one the plugin worked with: given orders and
 * given products by id, whatever their status (trash aside).
 */
interface WooIdentityApi {

    /**
     * Orders by id.
     *
     * @param ids     comma-separated order ids, at most 100
     * @param perPage at least the number of ids
     * @return the orders found; each has {@code id} and {@code order_key}
     */
    @RequestLine("GET /orders?include={ids}&per_page={perPage}&status=any")
    List<JsonNode> orders(@Param("ids") String ids, @Param("perPage") int perPage);

    /**
     * Products by id.
     *
     * @param ids     comma-separated product ids, at most 100
     * @param perPage at least the number of ids
     * @return the products found; each has {@code id} and {@code sku}
     */
    @RequestLine("GET /products?include={ids}&per_page={perPage}&status=any")
    List<JsonNode> products(@Param("ids") String ids, @Param("perPage") int perPage);
}
