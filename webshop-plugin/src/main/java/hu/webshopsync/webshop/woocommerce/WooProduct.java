package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The fields of a WooCommerce product the plugin reads; the rest of the answer is ignored.
 *
 * @param id            the product id
 * @param sku           the SKU, "" when none
 * @param type          {@code simple}, {@code variable}, {@code variation}, …
 * @param parentId      the parent product of a variation, 0 otherwise
 * @param status        {@code publish}, {@code draft}, …
 * @param name          the name
 * @param regularPrice  the regular price, a string
 * @param taxClass      the tax class, "" for standard
 * @param manageStock   whether stock is managed
 * @param stockQuantity the stock quantity, when managed
 * @param categories    the categories
 * @param images        the images
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WooProduct(long id, String sku, String type, @JsonProperty("parent_id") long parentId, String status,
                         String name, @JsonProperty("regular_price") String regularPrice,
                         @JsonProperty("tax_class") String taxClass,
                         @JsonProperty("manage_stock") Boolean manageStock,
                         @JsonProperty("stock_quantity") Long stockQuantity, List<WooRef> categories,
                         List<WooRef> images) {

    /**
     * Missing lists become empty.
     */
    public WooProduct {
        categories = categories == null ? List.of() : List.copyOf(categories);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /**
     * An id and a name, as products list their categories and images.
     *
     * @param id   the category or media id
     * @param name the name, when given
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WooRef(long id, String name) {
    }
}
