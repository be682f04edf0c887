package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import hu.webshopsync.webshop.products.ProductPayload;
import hu.webshopsync.webshop.products.ProductShop;
import java.util.List;

/**
 * One item of {@code POST /products/batch}, as WooCommerce takes it: the one place where a product
 * payload becomes WooCommerce JSON. A create also sets the SKU and the type; an update never sends
 * the SKU, so it cannot collide with another product's. Fields left {@code null} are not sent, and
 * the shop keeps its own value for them.
 *
 * @param sku           the SKU, on a create
 * @param type          {@code simple}, on a create
 * @param id            the product id, on an update
 * @param name          the name
 * @param regularPrice  the price text
 * @param taxClass      the tax class
 * @param description   the description HTML
 * @param categories    the categories (replace the shop's)
 * @param manageStock   true when the stock is sent
 * @param stockQuantity the stock
 * @param images        the images (replace the shop's; empty removes them)
 * @param status        {@code publish} or {@code draft}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"sku", "type", "id", "name", "regular_price", "tax_class", "description", "categories",
        "manage_stock", "stock_quantity", "images", "status"})
record WooProductWrite(String sku, String type, Long id, String name,
                       @JsonProperty("regular_price") String regularPrice,
                       @JsonProperty("tax_class") String taxClass, String description, List<Ref> categories,
                       @JsonProperty("manage_stock") Boolean manageStock,
                       @JsonProperty("stock_quantity") Long stockQuantity, List<Ref> images, String status) {

    /**
     * A category or image by id.
     *
     * @param id the id
     */
    record Ref(long id) {
    }

    /**
     * The item of a write.
     *
     * @param write the write
     * @return the item
     */
    static WooProductWrite of(ProductShop.ProductWrite write) {
        ProductPayload p = write.payload();
        boolean create = write.create();
        return new WooProductWrite(create ? write.sku() : null, create ? "simple" : null, write.id(), p.name(),
                p.regularPrice(), p.taxClass(), p.description(), refs(p.categoryIds()),
                p.stockQuantity() == null ? null : Boolean.TRUE, p.stockQuantity(), refs(p.imageIds()), p.status());
    }

    private static List<Ref> refs(List<Long> ids) {
        return ids == null ? null : ids.stream().map(Ref::new).toList();
    }
}
