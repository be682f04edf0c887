package hu.webshopsync.webshop.woocommerce;

import feign.Param;
import feign.RequestLine;
import feign.TypedResponse;
import java.util.List;

/**
 * WooCommerce product categories ({@code /wp-json/wc/v3/products/categories}).
 */
interface WooCategoriesApi {

    /**
     * One page of all categories, oldest first; {@code X-WP-TotalPages} tells how many pages there are.
     *
     * @param page    the page, from 1
     * @param perPage at most 100
     * @return the page with its headers
     */
    @RequestLine("GET /products/categories?per_page={perPage}&page={page}&orderby=id&order=asc&hide_empty=false")
    TypedResponse<List<WooCategory>> list(@Param("page") int page, @Param("perPage") int perPage);

    /**
     * Categories whose name contains a text.
     *
     * @param text the text
     * @return up to 100 categories
     */
    @RequestLine("GET /products/categories?search={text}&per_page=100")
    List<WooCategory> search(@Param("text") String text);

    /**
     * Creates a category; a duplicate name under the same parent fails with {@code term_exists}
     * whose {@code resource_id} is the existing category.
     *
     * @param category the name and parent
     * @return the category as stored
     */
    @RequestLine("POST /products/categories")
    WooCategory create(WooCategory category);

    /**
     * Creates up to 100 categories in one request. HTTP 200 even when items fail; each failed item
     * is {@code {"id":0,"error":{…}}}, a duplicate with {@code term_exists} and its {@code resource_id}.
     *
     * @param batch the categories to create
     * @return one answer per item, in request order
     */
    @RequestLine("POST /products/categories/batch")
    WooCategoryBatch batch(WooCategoryBatch.Request batch);
}
