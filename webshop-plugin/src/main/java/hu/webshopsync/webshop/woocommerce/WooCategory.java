package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A product category.
 *
 * @param id     the id (0 in a create request)
 * @param name   the name; WooCommerce answers with HTML entities ({@code &amp;})
 * @param slug   the slug
 * @param parent the parent category's id, 0 at the top
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
record WooCategory(long id, String name, String slug, long parent) {

    /**
     * A category to create.
     *
     * @param name   the name
     * @param parent the parent's id, 0 at the top
     * @return the request body
     */
    public static WooCategory toCreate(String name, long parent) {
        return new WooCategory(0, name, null, parent);
    }
}
