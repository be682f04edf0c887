package hu.webshopsync.webshop.woocommerce;

import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/**
 * WooCommerce products ({@code /wp-json/wc/v3/products}). Obtain through
 * {@link ShopConnection#api(Class)}.
 */
interface WooProductsApi {

    /**
     * Products by exact SKU, several at once. Also matches variations: check {@code type}.
     *
     * @param skus    comma-separated SKUs, at most 100
     * @param perPage at most 100; at least the number of SKUs
     * @return the products found
     */
    @RequestLine("GET /products?sku={skus}&per_page={perPage}")
    List<WooProduct> bySkus(@Param("skus") String skus, @Param("perPage") int perPage);

    /**
     * At most one product of any status but trash; an empty answer means the shop has no products.
     *
     * @return zero or one product
     */
    @RequestLine("GET /products?per_page=1&status=any")
    List<WooProduct> anyProduct();

    /**
     * One page of every product of any status but trash, oldest id first: an order in which products
     * added meanwhile come last, so a walk over the pages meets each product once.
     *
     * @param page    the page, from 1
     * @param perPage at most 100
     * @return the page's products; fewer than {@code perPage} on the last
     */
    @RequestLine("GET /products?status=any&orderby=id&order=asc&page={page}&per_page={perPage}")
    List<WooProduct> page(@Param("page") int page, @Param("perPage") int perPage);

    /**
     * Creates, updates and deletes up to 100 products in one request.
     *
     * @param request the items
     * @return per-item results in request order (HTTP 200 even when items fail)
     */
    @RequestLine("POST /products/batch")
    WooBatchResponse batch(WooBatchRequest request);

    /**
     * One product.
     *
     * @param id the product id
     * @return the product
     */
    @RequestLine("GET /products/{id}")
    WooProduct get(@Param("id") long id);

    /**
     * Creates one product.
     *
     * @param product the product's fields
     * @return the product as stored
     */
    @RequestLine("POST /products")
    WooProduct create(Map<String, Object> product);

    /**
     * Updates one product; fields left out stay as they are.
     *
     * @param id      the product id
     * @param changes the fields to change
     * @return the product as stored
     */
    @RequestLine("PUT /products/{id}")
    WooProduct update(@Param("id") long id, Map<String, Object> changes);
}
